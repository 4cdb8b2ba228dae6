package dev.orderlens.testsupport;

import dev.orderlens.core.domain.order.OrderChange;
import dev.orderlens.core.domain.order.OrderColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole rows of the orders table for the ingest contracts, in the canonical types {@code OrderTableWriter.read}
 * gives back (String, Long, BigDecimal with two decimals, Boolean, LocalDate, LocalDateTime in UTC), and the
 * order changes ingest writes.
 */
public final class OrderRows {

    /** A shipped order with one ticket and a note about a crushed box. */
    public static final Map<OrderColumn, Object> SHIPPED = row(
            OrderColumn.ORDER_ID, "ORD-1",
            OrderColumn.ORDER_TS, LocalDateTime.parse("2025-12-01T09:30:00"),
            OrderColumn.CUSTOMER_ID, "CUST-00042",
            OrderColumn.CUSTOMER_SEGMENT, "consumer",
            OrderColumn.CHANNEL, "web",
            OrderColumn.SHIP_CITY, "Atlanta",
            OrderColumn.SHIP_STATE, "GA",
            OrderColumn.SHIP_REGION, "Southeast",
            OrderColumn.CATEGORY, "Electronics",
            OrderColumn.PRODUCT_NAME, "Nimbus X2 wireless earbuds",
            OrderColumn.SKU, "ELE-0042",
            OrderColumn.QUANTITY, 2L,
            OrderColumn.UNIT_PRICE, new BigDecimal("59.90"),
            OrderColumn.DISCOUNT_AMOUNT, new BigDecimal("0.00"),
            OrderColumn.SHIPPING_FEE, new BigDecimal("4.99"),
            OrderColumn.ORDER_TOTAL, new BigDecimal("124.79"),
            OrderColumn.PAYMENT_METHOD, "credit_card",
            OrderColumn.STATUS, "shipped",
            OrderColumn.CARRIER, "FedEx",
            OrderColumn.PROMISED_DATE, LocalDate.parse("2025-12-05"),
            OrderColumn.SHIPPED_AT, LocalDateTime.parse("2025-12-02T14:05:10.250"),
            OrderColumn.DELIVERED_AT, null,
            OrderColumn.IS_LATE, null,
            OrderColumn.RETURN_REASON, null,
            OrderColumn.REFUND_AMOUNT, new BigDecimal("0.00"),
            OrderColumn.SUPPORT_TICKETS, 1L,
            OrderColumn.SUPPORT_NOTE, "Box arrived crushed, customer wants a replacement");

    /** A returned order, delivered late, with two tickets and a note about a hissing grinder. */
    public static final Map<OrderColumn, Object> RETURNED = row(
            OrderColumn.ORDER_ID, "ORD-2",
            OrderColumn.ORDER_TS, LocalDateTime.parse("2025-09-08T18:12:45"),
            OrderColumn.CUSTOMER_ID, "CUST-00107",
            OrderColumn.CUSTOMER_SEGMENT, "vip",
            OrderColumn.CHANNEL, "mobile",
            OrderColumn.SHIP_CITY, "Tampa",
            OrderColumn.SHIP_STATE, "FL",
            OrderColumn.SHIP_REGION, "Southeast",
            OrderColumn.CATEGORY, "Home & Kitchen",
            OrderColumn.PRODUCT_NAME, "Espresso grinder",
            OrderColumn.SKU, "HOM-0007",
            OrderColumn.QUANTITY, 1L,
            OrderColumn.UNIT_PRICE, new BigDecimal("149.00"),
            OrderColumn.DISCOUNT_AMOUNT, new BigDecimal("29.80"),
            OrderColumn.SHIPPING_FEE, new BigDecimal("0.00"),
            OrderColumn.ORDER_TOTAL, new BigDecimal("119.20"),
            OrderColumn.PAYMENT_METHOD, "klarna",
            OrderColumn.STATUS, "returned",
            OrderColumn.CARRIER, "UPS",
            OrderColumn.PROMISED_DATE, LocalDate.parse("2025-09-12"),
            OrderColumn.SHIPPED_AT, LocalDateTime.parse("2025-09-09T07:00:00"),
            OrderColumn.DELIVERED_AT, LocalDateTime.parse("2025-09-16T16:45:10.123456"),
            OrderColumn.IS_LATE, true,
            OrderColumn.RETURN_REASON, "defective",
            OrderColumn.REFUND_AMOUNT, new BigDecimal("119.20"),
            OrderColumn.SUPPORT_TICKETS, 2L,
            OrderColumn.SUPPORT_NOTE, "Grinder makes a hissing noise, refund issued");

    /** The rows the contracts' tables start with. */
    public static final List<Map<OrderColumn, Object>> SEED = List.of(SHIPPED, RETURNED);

    private OrderRows() {
    }

    /** A row from column/value pairs; columns not named are absent. */
    public static Map<OrderColumn, Object> row(Object... pairs) {
        Map<OrderColumn, Object> row = new EnumMap<>(OrderColumn.class);
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((OrderColumn) pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(row);
    }

    /** {@code row} with the given column/value pairs replaced. */
    public static Map<OrderColumn, Object> with(Map<OrderColumn, Object> row, Object... pairs) {
        Map<OrderColumn, Object> changed = new EnumMap<>(row);
        changed.putAll(row(pairs));
        return Collections.unmodifiableMap(changed);
    }

    /** A whole new order as ingest inserts it: every column, the order id included. */
    public static OrderChange insert(Map<OrderColumn, Object> row) {
        return new OrderChange((String) row.get(OrderColumn.ORDER_ID), false, byName(row));
    }

    /** An update of an order in the table, setting only the given column/value pairs. */
    public static OrderChange update(String orderId, Object... pairs) {
        return new OrderChange(orderId, true, byName(row(pairs)));
    }

    private static Map<String, Object> byName(Map<OrderColumn, Object> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        row.forEach((column, value) -> values.put(column.column(), value));
        return values;
    }
}
