package dev.orderlens.local.sample;

/** A shipping destination. */
record UsCity(String city, String state, String region) {
}
