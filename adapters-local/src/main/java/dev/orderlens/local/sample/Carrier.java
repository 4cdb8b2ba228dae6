package dev.orderlens.local.sample;

/** The carriers of the sample store, with their service levels and how often they miss the promise. */
enum Carrier {
    UPS("UPS", 5, 2, 4, 0.058),
    FEDEX("FedEx", 5, 2, 4, 0.072),
    USPS("USPS", 6, 2, 5, 0.084),
    DHL("DHL", 6, 3, 5, 0.066);

    private final String label;
    /** Days from order to the promised delivery date for standard shipping. */
    final int promiseDays;
    final int minTransitDays;
    final int maxTransitDays;
    /** Share of standard deliveries that arrive after the promised date in an ordinary month. */
    final double lateRate;

    Carrier(String label, int promiseDays, int minTransitDays, int maxTransitDays, double lateRate) {
        this.label = label;
        this.promiseDays = promiseDays;
        this.minTransitDays = minTransitDays;
        this.maxTransitDays = maxTransitDays;
        this.lateRate = lateRate;
    }

    String label() {
        return label;
    }
}
