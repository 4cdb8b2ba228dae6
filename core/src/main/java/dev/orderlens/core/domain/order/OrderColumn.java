package dev.orderlens.core.domain.order;

import dev.orderlens.core.domain.table.ColumnType;
import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the orders table that order events write or that their derived values are computed from,
 * with their logical types. Ingest checks at startup that the semantic model has each of them.
 */
public enum OrderColumn {
    ORDER_ID("order_id", ColumnType.STRING),
    ORDER_TS("order_ts", ColumnType.TIMESTAMP),
    CUSTOMER_ID("customer_id", ColumnType.STRING),
    CUSTOMER_SEGMENT("customer_segment", ColumnType.STRING),
    CHANNEL("channel", ColumnType.STRING),
    SHIP_CITY("ship_city", ColumnType.STRING),
    SHIP_STATE("ship_state", ColumnType.STRING),
    SHIP_REGION("ship_region", ColumnType.STRING),
    CATEGORY("category", ColumnType.STRING),
    PRODUCT_NAME("product_name", ColumnType.STRING),
    SKU("sku", ColumnType.STRING),
    QUANTITY("quantity", ColumnType.INTEGER),
    UNIT_PRICE("unit_price", ColumnType.DECIMAL),
    DISCOUNT_AMOUNT("discount_amount", ColumnType.DECIMAL),
    SHIPPING_FEE("shipping_fee", ColumnType.DECIMAL),
    ORDER_TOTAL("order_total", ColumnType.DECIMAL),
    PAYMENT_METHOD("payment_method", ColumnType.STRING),
    STATUS("status", ColumnType.STRING),
    CARRIER("carrier", ColumnType.STRING),
    PROMISED_DATE("promised_date", ColumnType.DATE),
    SHIPPED_AT("shipped_at", ColumnType.TIMESTAMP),
    DELIVERED_AT("delivered_at", ColumnType.TIMESTAMP),
    IS_LATE("is_late", ColumnType.BOOLEAN),
    RETURN_REASON("return_reason", ColumnType.STRING),
    REFUND_AMOUNT("refund_amount", ColumnType.DECIMAL),
    SUPPORT_TICKETS("support_tickets", ColumnType.INTEGER),
    SUPPORT_NOTE("support_note", ColumnType.STRING);

    private final String column;
    private final ColumnType type;

    OrderColumn(String column, ColumnType type) {
        this.column = column;
        this.type = type;
    }

    /** The column's name in the table. */
    public String column() {
        return column;
    }

    public ColumnType type() {
        return type;
    }

    public static Optional<OrderColumn> named(String column) {
        return Arrays.stream(values()).filter(c -> c.column.equalsIgnoreCase(column)).findFirst();
    }
}
