package dev.orderlens.local.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of the {@code orders} table, in column order; money in cents, absent values as null. */
record OrderRow(
        String orderId, LocalDateTime orderTs, String customerId, String customerSegment, String channel,
        String shipCity, String shipState, String shipRegion, String category, String productName, String sku,
        int quantity, long unitPriceCents, long discountCents, long shippingFeeCents, long orderTotalCents,
        String paymentMethod, String status, String carrier, LocalDate promisedDate, LocalDateTime shippedAt,
        LocalDateTime deliveredAt, Boolean isLate, String returnReason, long refundCents, int supportTickets,
        Integer csatScore, String supportNote) {
}
