package dev.orderlens.answering;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.answering.semantic.ValueCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A small, deterministic orders table in an in-memory DuckDB, with the columns of the sample dataset. */
final class SmallOrders {

    static final Clock NEW_YEAR_2026 = Clock.fixed(Instant.parse("2026-01-01T09:00:00Z"), ZoneOffset.UTC);

    private SmallOrders() {
    }

    static JdbcTestWarehouse warehouse() {
        JdbcTestWarehouse warehouse = JdbcTestWarehouse.inMemory();
        warehouse.run("""
                CREATE TABLE orders AS
                WITH base AS (
                  SELECT i,
                         ['pending','processing','shipped','delivered','delivered','delivered','delivered','cancelled','returned','delivered'][i % 10 + 1] AS status
                  FROM range(2000) t(i))
                SELECT 'ORD-' || lpad(CAST(i + 1 AS VARCHAR), 6, '0') AS order_id,
                       TIMESTAMP '2024-01-01 10:00:00' + to_days(CAST(i % 731 AS INTEGER)) AS order_ts,
                       'CUST-' || lpad(CAST(i % 300 + 1 AS VARCHAR), 5, '0') AS customer_id,
                       ['consumer','business','vip'][i % 3 + 1] AS customer_segment,
                       ['web','mobile','marketplace'][i % 7 % 3 + 1] AS channel,
                       ['New York','Los Angeles','Atlanta','Chicago','Phoenix'][i % 5 + 1] AS ship_city,
                       ['NY','CA','GA','IL','AZ'][i % 5 + 1] AS ship_state,
                       ['Northeast','West','Southeast','Midwest','Southwest'][i % 5 + 1] AS ship_region,
                       ['Electronics','Home & Kitchen','Apparel','Beauty'][i % 4 + 1] AS category,
                       ['Nimbus X2 wireless earbuds','Hearthstone 10-inch cast-iron skillet','Fernwood wrap dress','Glowfield serum'][i % 4 + 1] AS product_name,
                       'SKU-' || (i % 4) AS sku,
                       CAST(i % 10 + 1 AS INTEGER) AS quantity,
                       CAST(10 + i % 40 AS DECIMAL(10,2)) AS unit_price,
                       CAST(i % 5 AS DECIMAL(10,2)) AS discount_amount,
                       CAST(4.99 AS DECIMAL(10,2)) AS shipping_fee,
                       CAST((i % 10 + 1) * (10 + i % 40) - i % 5 + 4.99 AS DECIMAL(10,2)) AS order_total,
                       ['credit_card','paypal','apple_pay','gift_card','klarna'][i % 5 + 1] AS payment_method,
                       status,
                       CASE WHEN status IN ('pending','processing','cancelled') THEN NULL ELSE ['UPS','FedEx','USPS','DHL'][i % 4 + 1] END AS carrier,
                       CAST(TIMESTAMP '2024-01-01' + to_days(CAST(i % 731 + 5 AS INTEGER)) AS DATE) AS promised_date,
                       CASE WHEN status IN ('shipped','delivered','returned') THEN TIMESTAMP '2024-01-02 10:00:00' + to_days(CAST(i % 731 AS INTEGER)) END AS shipped_at,
                       CASE WHEN status IN ('delivered','returned') THEN TIMESTAMP '2024-01-01 10:00:00' + to_days(CAST(i % 731 + 3 + i % 5 AS INTEGER)) END AS delivered_at,
                       CASE WHEN status IN ('delivered','returned') THEN 3 + i % 5 > 5 END AS is_late,
                       CASE WHEN status = 'returned' THEN ['defective','wrong_item','damaged_in_transit','size_fit','no_longer_needed'][i % 5 + 1] END AS return_reason,
                       CAST(CASE WHEN status = 'returned' THEN 20 ELSE 0 END AS DECIMAL(10,2)) AS refund_amount,
                       CAST(i % 3 AS INTEGER) AS support_tickets,
                       CASE WHEN i % 2 = 0 THEN CAST(i % 5 + 1 AS INTEGER) END AS csat_score,
                       CASE WHEN i % 50 = 0 THEN 'Customer asked about the delivery date.' END AS support_note
                FROM base
                """);
        return warehouse;
    }

    static ValueCatalog catalog(SemanticModelFile model, JdbcTestWarehouse warehouse) {
        return ValueCatalog.builder().model(model.model()).warehouse(warehouse)
                .qualifiers(model.vocabulary().qualifiers()).build();
    }

    static LocalSqlGenerator generator(SemanticModelFile model, ValueCatalog catalog) {
        return LocalSqlGenerator.builder().model(model).catalog(catalog).clock(NEW_YEAR_2026).build();
    }
}
