package dev.orderlens.local.sample;

/** A shopper of the sample store, with the city most of their orders go to. */
record Customer(String id, String segment, UsCity home) {
}
