package dev.orderlens.local.sample;

/** What the last support conversation about an order was about. */
enum SupportIssue {
    LATE_DELIVERY, HURRICANE_DELAY, BATTERY_DEFECT, DEFECTIVE, DAMAGED_IN_TRANSIT, WRONG_ITEM, SIZE_FIT,
    NO_LONGER_NEEDED, PAYMENT_OUTAGE, CANCELLED, IN_TRANSIT, DELIVERED_QUESTION, NOT_YET_SHIPPED;

    static SupportIssue forReturnReason(String reason) {
        return switch (reason) {
            case "defective" -> DEFECTIVE;
            case "damaged_in_transit" -> DAMAGED_IN_TRANSIT;
            case "wrong_item" -> WRONG_ITEM;
            case "size_fit" -> SIZE_FIT;
            default -> NO_LONGER_NEEDED;
        };
    }
}
