package dev.orderlens.core.domain.order;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of order event OrderLens ingests, named by their EventBridge {@code detail-type}: the order's
 * status each one moves it to (if any) and the detail fields it carries, each written to one column.
 */
public enum OrderEventType {
    CREATED("Order Created", "pending",
            Field.required("customerId", OrderColumn.CUSTOMER_ID),
            Field.optional("orderTs", OrderColumn.ORDER_TS),
            Field.required("customerSegment", OrderColumn.CUSTOMER_SEGMENT),
            Field.required("channel", OrderColumn.CHANNEL),
            Field.required("shipCity", OrderColumn.SHIP_CITY),
            Field.required("shipState", OrderColumn.SHIP_STATE),
            Field.required("shipRegion", OrderColumn.SHIP_REGION),
            Field.required("category", OrderColumn.CATEGORY),
            Field.required("productName", OrderColumn.PRODUCT_NAME),
            Field.required("sku", OrderColumn.SKU),
            Field.required("quantity", OrderColumn.QUANTITY),
            Field.required("unitPrice", OrderColumn.UNIT_PRICE),
            Field.optional("discountAmount", OrderColumn.DISCOUNT_AMOUNT),
            Field.optional("shippingFee", OrderColumn.SHIPPING_FEE),
            Field.required("paymentMethod", OrderColumn.PAYMENT_METHOD),
            Field.required("promisedDate", OrderColumn.PROMISED_DATE)),
    PAID("Order Paid", "processing",
            Field.optional("paymentMethod", OrderColumn.PAYMENT_METHOD)),
    SHIPPED("Order Shipped", "shipped",
            Field.required("carrier", OrderColumn.CARRIER),
            Field.optional("shippedAt", OrderColumn.SHIPPED_AT),
            Field.optional("promisedDate", OrderColumn.PROMISED_DATE)),
    DELIVERED("Order Delivered", "delivered",
            Field.optional("deliveredAt", OrderColumn.DELIVERED_AT)),
    CANCELLED("Order Cancelled", "cancelled"),
    RETURNED("Order Returned", "returned",
            Field.required("returnReason", OrderColumn.RETURN_REASON),
            Field.optional("refundAmount", OrderColumn.REFUND_AMOUNT)),
    REFUNDED("Order Refunded", null,
            Field.required("refundAmount", OrderColumn.REFUND_AMOUNT)),
    SUPPORT_TICKET_OPENED("Support Ticket Opened", null,
            Field.optional("note", OrderColumn.SUPPORT_NOTE));

    /** A detail field: its JSON name, the column it is written to, and whether events must carry it. */
    public record Field(String name, OrderColumn column, boolean required) {

        static Field required(String name, OrderColumn column) {
            return new Field(name, column, true);
        }

        static Field optional(String name, OrderColumn column) {
            return new Field(name, column, false);
        }
    }

    private final String detailType;
    private final String status;
    private final List<Field> fields;

    OrderEventType(String detailType, String status, Field... fields) {
        this.detailType = detailType;
        this.status = status;
        this.fields = List.of(fields);
    }

    public String detailType() {
        return detailType;
    }

    /** The status the order moves to, or empty when the event leaves the status alone. */
    public Optional<String> status() {
        return Optional.ofNullable(status);
    }

    public List<Field> fields() {
        return fields;
    }

    /** The type a {@code detail-type} names, ignoring case and surrounding blanks. */
    public static Optional<OrderEventType> ofDetailType(String detailType) {
        String wanted = detailType.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.detailType.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    public static List<String> detailTypes() {
        return Arrays.stream(values()).map(OrderEventType::detailType).toList();
    }
}
