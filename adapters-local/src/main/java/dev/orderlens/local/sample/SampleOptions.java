package dev.orderlens.local.sample;

/**
 * How to generate the sample dataset: the random seed and how many orders to place between
 * 2024-01-01 and 2025-12-31. The same options always give the same data.
 */
public record SampleOptions(long seed, int orderCount) {

    public static final long DEFAULT_SEED = 20_260_101L;
    public static final int DEFAULT_ORDER_COUNT = 60_000;
    /** Below this the events and the seasonality drown in noise. */
    public static final int MIN_ORDER_COUNT = 1_000;
    /** Order ids and customer ids keep their documented widths up to here. */
    public static final int MAX_ORDER_COUNT = 9_999_999;

    /** Every shopper places four orders on average, as in the default 60,000 orders by ~15,000 customers. */
    private static final int ORDERS_PER_CUSTOMER = 4;

    public SampleOptions {
        if (orderCount < MIN_ORDER_COUNT || orderCount > MAX_ORDER_COUNT) {
            throw new IllegalArgumentException("orderCount must be between " + MIN_ORDER_COUNT + " and "
                    + MAX_ORDER_COUNT + ", was " + orderCount);
        }
    }

    public static SampleOptions defaults() {
        return new SampleOptions(DEFAULT_SEED, DEFAULT_ORDER_COUNT);
    }

    public SampleOptions withOrderCount(int count) {
        return new SampleOptions(seed, count);
    }

    public SampleOptions withSeed(long newSeed) {
        return new SampleOptions(newSeed, orderCount);
    }

    int customerCount() {
        return orderCount / ORDERS_PER_CUSTOMER;
    }
}
