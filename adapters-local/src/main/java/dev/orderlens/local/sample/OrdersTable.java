package dev.orderlens.local.sample;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.duckdb.DuckDBAppender;

/** The {@code orders} table of the sample dataset: its DDL and how a row is appended. */
final class OrdersTable {

    static final String NAME = "orders";

    static final String DDL = """
            CREATE TABLE orders (
              order_id VARCHAR NOT NULL,
              order_ts TIMESTAMP NOT NULL,
              customer_id VARCHAR NOT NULL,
              customer_segment VARCHAR NOT NULL,
              channel VARCHAR NOT NULL,
              ship_city VARCHAR NOT NULL,
              ship_state VARCHAR NOT NULL,
              ship_region VARCHAR NOT NULL,
              category VARCHAR NOT NULL,
              product_name VARCHAR NOT NULL,
              sku VARCHAR NOT NULL,
              quantity INTEGER NOT NULL,
              unit_price DECIMAL(10,2) NOT NULL,
              discount_amount DECIMAL(10,2) NOT NULL,
              shipping_fee DECIMAL(10,2) NOT NULL,
              order_total DECIMAL(10,2) NOT NULL,
              payment_method VARCHAR NOT NULL,
              status VARCHAR NOT NULL,
              carrier VARCHAR,
              promised_date DATE NOT NULL,
              shipped_at TIMESTAMP,
              delivered_at TIMESTAMP,
              is_late BOOLEAN,
              return_reason VARCHAR,
              refund_amount DECIMAL(10,2) NOT NULL,
              support_tickets INTEGER NOT NULL,
              csat_score INTEGER,
              support_note VARCHAR
            )""";

    private OrdersTable() {
    }

    static void append(DuckDBAppender appender, OrderRow row) throws SQLException {
        appender.beginRow();
        appender.append(row.orderId());
        appender.append(row.orderTs());
        appender.append(row.customerId());
        appender.append(row.customerSegment());
        appender.append(row.channel());
        appender.append(row.shipCity());
        appender.append(row.shipState());
        appender.append(row.shipRegion());
        appender.append(row.category());
        appender.append(row.productName());
        appender.append(row.sku());
        appender.append(row.quantity());
        appender.append(money(row.unitPriceCents()));
        appender.append(money(row.discountCents()));
        appender.append(money(row.shippingFeeCents()));
        appender.append(money(row.orderTotalCents()));
        appender.append(row.paymentMethod());
        appender.append(row.status());
        appendNullable(appender, row.carrier());
        appender.append(row.promisedDate());
        appendNullable(appender, row.shippedAt());
        appendNullable(appender, row.deliveredAt());
        if (row.isLate() == null) {
            appender.appendNull();
        } else {
            appender.append(row.isLate().booleanValue());
        }
        appendNullable(appender, row.returnReason());
        appender.append(money(row.refundCents()));
        appender.append(row.supportTickets());
        if (row.csatScore() == null) {
            appender.appendNull();
        } else {
            appender.append(row.csatScore().intValue());
        }
        appendNullable(appender, row.supportNote());
        appender.endRow();
    }

    private static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private static void appendNullable(DuckDBAppender appender, String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    private static void appendNullable(DuckDBAppender appender, LocalDateTime value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }
}
