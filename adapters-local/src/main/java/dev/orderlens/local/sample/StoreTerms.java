package dev.orderlens.local.sample;

/** The commercial terms of the sample store: the generator applies them and the policies state them. */
final class StoreTerms {

    static final long FREE_SHIPPING_FROM_CENTS = 4_900;
    static final long STANDARD_SHIPPING_CENTS = 599;
    static final long EXPEDITED_SHIPPING_CENTS = 1_499;
    static final int EXPEDITED_PROMISE_DAYS = 3;
    static final int RETURN_WINDOW_DAYS = 30;
    static final int VIP_DISCOUNT_PERCENT = 10;

    private StoreTerms() {
    }
}
