package dev.orderlens.local.sample;

/** One item of the sample catalog; prices in cents. */
record Product(String sku, String name, String category, long priceCents) {
}
