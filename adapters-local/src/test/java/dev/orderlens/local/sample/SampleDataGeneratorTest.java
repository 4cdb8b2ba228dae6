package dev.orderlens.local.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataGeneratorTest {

    private static final String LATE = "avg(CASE WHEN is_late THEN 1.0 ELSE 0.0 END)";
    private static final String RETURNED = "avg(CASE WHEN status = 'returned' THEN 1.0 ELSE 0.0 END)";

    @TempDir
    static Path dir;
    static OrdersDatabase db;
    static List<Long> progress = new ArrayList<>();

    @BeforeAll
    static void generateDefaultSample() throws Exception {
        Path file = dir.resolve("orders.duckdb");
        new SampleDataGenerator(SampleOptions.defaults()).generate(file, (task, done, total) -> progress.add(done));
        db = new OrdersDatabase(file);
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void orders_table_has_exactly_the_documented_columns_and_types() throws Exception {
        assertThat(db.strings("SELECT column_name || ' ' || data_type FROM information_schema.columns "
                + "WHERE table_name = 'orders' ORDER BY ordinal_position")).containsExactly(
                "order_id VARCHAR", "order_ts TIMESTAMP", "customer_id VARCHAR", "customer_segment VARCHAR",
                "channel VARCHAR", "ship_city VARCHAR", "ship_state VARCHAR", "ship_region VARCHAR", "category VARCHAR",
                "product_name VARCHAR", "sku VARCHAR", "quantity INTEGER", "unit_price DECIMAL(10,2)",
                "discount_amount DECIMAL(10,2)", "shipping_fee DECIMAL(10,2)", "order_total DECIMAL(10,2)",
                "payment_method VARCHAR", "status VARCHAR", "carrier VARCHAR", "promised_date DATE",
                "shipped_at TIMESTAMP", "delivered_at TIMESTAMP", "is_late BOOLEAN", "return_reason VARCHAR",
                "refund_amount DECIMAL(10,2)", "support_tickets INTEGER", "csat_score INTEGER", "support_note VARCHAR");
    }

    @Test
    void places_sixty_thousand_orders_over_two_years_by_repeat_customers() throws Exception {
        assertThat(db.count("true")).isEqualTo(60_000);
        assertThat(db.count("order_ts < TIMESTAMP '2024-01-01' OR order_ts >= TIMESTAMP '2026-01-01'")).isZero();
        assertThat(db.strings("SELECT min(order_id) || ' ' || max(order_id) FROM orders")).containsExactly("ORD-000001 ORD-060000");
        assertThat(db.number("SELECT count(DISTINCT customer_id) FROM orders").intValue()).isBetween(13_000, 16_000);
        assertThat(db.ratio("SELECT avg(CASE WHEN n > 1 THEN 1.0 ELSE 0.0 END) FROM "
                + "(SELECT customer_id, count(*) n FROM orders GROUP BY 1)")).isGreaterThan(0.6);
        assertThat(db.count("customer_id = 'CUST-00007'")).isPositive();
        assertThat(db.count("NOT regexp_matches(order_id, '^ORD-[0-9]{6}$') OR NOT regexp_matches(customer_id, '^CUST-[0-9]{5}$')"))
                .isZero();
    }

    @Test
    void reports_progress_up_to_the_order_count() {
        assertThat(progress).first().isEqualTo(0L);
        assertThat(progress).last().isEqualTo(60_000L);
        assertThat(progress).isSorted();
    }

    @Test
    void uses_only_the_documented_values() throws Exception {
        assertThat(distinct("customer_segment")).containsExactlyInAnyOrder("consumer", "business", "vip");
        assertThat(distinct("channel")).containsExactlyInAnyOrder("web", "mobile", "marketplace");
        assertThat(distinct("ship_region")).containsExactlyInAnyOrder("Northeast", "Southeast", "Midwest", "Southwest", "West");
        assertThat(distinct("category")).containsExactlyInAnyOrder("Electronics", "Home & Kitchen", "Apparel", "Beauty",
                "Sports & Outdoors", "Toys", "Books", "Grocery");
        assertThat(distinct("payment_method")).containsExactlyInAnyOrder("credit_card", "paypal", "apple_pay", "gift_card", "klarna");
        assertThat(distinct("status")).containsExactlyInAnyOrder("pending", "processing", "shipped", "delivered", "cancelled", "returned");
        assertThat(distinct("carrier")).containsExactlyInAnyOrder("UPS", "FedEx", "USPS", "DHL", null);
        assertThat(distinct("return_reason")).containsExactlyInAnyOrder("defective", "wrong_item", "damaged_in_transit",
                "size_fit", "no_longer_needed", null);
        assertThat(db.count("quantity NOT BETWEEN 1 AND 10 OR length(ship_state) <> 2")).isZero();
        assertThat(db.number("SELECT count(DISTINCT product_name) FROM orders").intValue()).isBetween(280, 320);
        assertThat(db.number("SELECT count(DISTINCT sku) FROM orders").intValue())
                .isEqualTo(db.number("SELECT count(DISTINCT product_name) FROM orders").intValue());
        assertThat(db.strings("SELECT DISTINCT category FROM orders WHERE product_name = 'Nimbus X2 wireless earbuds'"))
                .containsExactly("Electronics");
    }

    @Test
    void order_total_is_quantity_times_unit_price_minus_discount_plus_shipping() throws Exception {
        assertThat(db.count("order_total <> quantity * unit_price - discount_amount + shipping_fee")).isZero();
        assertThat(db.count("discount_amount < 0 OR discount_amount >= quantity * unit_price OR shipping_fee < 0")).isZero();
        assertThat(db.count("unit_price <= 0 OR unit_price > 500")).isZero();
    }

    @Test
    void statuses_agree_with_the_timestamps() throws Exception {
        assertThat(db.count("status IN ('delivered', 'returned') AND (shipped_at IS NULL OR delivered_at IS NULL OR carrier IS NULL)")).isZero();
        assertThat(db.count("status = 'cancelled' AND (carrier IS NOT NULL OR shipped_at IS NOT NULL OR delivered_at IS NOT NULL)")).isZero();
        assertThat(db.count("status IN ('pending', 'processing') AND (carrier IS NOT NULL OR shipped_at IS NOT NULL)")).isZero();
        assertThat(db.count("status IN ('pending', 'processing') AND order_ts < TIMESTAMP '2025-12-25'")).isZero();
        assertThat(db.count("status = 'shipped' AND (shipped_at IS NULL OR carrier IS NULL OR delivered_at IS NOT NULL)")).isZero();
        assertThat(db.count("status = 'shipped' AND order_ts < TIMESTAMP '2025-12-01'")).isZero();
        assertThat(db.count("status = 'returned' AND (return_reason IS NULL OR refund_amount <= 0 OR refund_amount > order_total)")).isZero();
        assertThat(db.count("shipped_at <= order_ts OR delivered_at <= shipped_at OR delivered_at >= TIMESTAMP '2026-01-01'")).isZero();
        assertThat(db.count("promised_date <= CAST(order_ts AS DATE)")).isZero();
        assertThat(db.count("status IN ('pending', 'processing')")).isPositive();
        assertThat(db.count("status = 'shipped'")).isPositive();
    }

    @Test
    void is_late_means_delivered_after_the_promised_date_and_is_null_until_delivered() throws Exception {
        assertThat(db.count("is_late IS DISTINCT FROM (CASE WHEN delivered_at IS NULL THEN NULL "
                + "ELSE CAST(delivered_at AS DATE) > promised_date END)")).isZero();
        assertThat(db.count("is_late")).isPositive();
    }

    @Test
    void nullable_columns_follow_their_rules() throws Exception {
        assertThat(db.count("(return_reason IS NULL) <> (status <> 'returned')")).isZero();
        assertThat(db.count("refund_amount > 0 AND status <> 'returned' AND NOT (is_late AND support_tickets > 0)")).isZero();
        assertThat(db.count("refund_amount > 0 AND status = 'delivered' AND refund_amount <> shipping_fee")).isZero();
        assertThat(db.count("(support_note IS NULL) <> (support_tickets = 0)")).isZero();
        assertThat(db.count("csat_score NOT BETWEEN 1 AND 5")).isZero();
        assertThat(db.ratio("SELECT avg(CASE WHEN csat_score IS NULL THEN 1.0 ELSE 0.0 END) FROM orders")).isGreaterThan(0.6);
    }

    @Test
    void late_and_return_rates_are_realistic_and_vary() throws Exception {
        assertThat(db.ratio("SELECT " + LATE + " FROM orders WHERE delivered_at IS NOT NULL")).isBetween(0.06, 0.10);
        List<String> byCarrier = db.strings("SELECT " + LATE + " FROM orders WHERE delivered_at IS NOT NULL GROUP BY carrier ORDER BY 1");
        assertThat(Double.parseDouble(byCarrier.get(3)) - Double.parseDouble(byCarrier.get(0))).isGreaterThan(0.015);
        assertThat(db.ratio("SELECT " + RETURNED + " FROM orders WHERE status IN ('delivered', 'returned')")).isBetween(0.05, 0.08);
        assertThat(db.ratio("SELECT " + RETURNED + " FROM orders WHERE status IN ('delivered', 'returned') AND category = 'Apparel'"))
                .isGreaterThan(2 * db.ratio("SELECT " + RETURNED + " FROM orders WHERE status IN ('delivered', 'returned') AND category = 'Grocery'"));
        assertThat(db.strings("SELECT return_reason FROM orders WHERE category = 'Apparel' AND status = 'returned' "
                + "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")).containsExactly("size_fit");
    }

    @Test
    void late_and_returned_orders_get_worse_satisfaction() throws Exception {
        double onTime = db.ratio("SELECT avg(csat_score) FROM orders WHERE is_late = false AND status = 'delivered'");
        assertThat(db.ratio("SELECT avg(csat_score) FROM orders WHERE is_late")).isLessThan(onTime - 0.8);
        assertThat(db.ratio("SELECT avg(csat_score) FROM orders WHERE return_reason = 'defective'")).isLessThan(onTime - 1);
    }

    @Test
    void about_a_tenth_of_orders_have_tickets_whose_notes_name_product_carrier_and_issue() throws Exception {
        assertThat(db.ratio("SELECT avg(CASE WHEN support_tickets > 0 THEN 1.0 ELSE 0.0 END) FROM orders")).isBetween(0.08, 0.10);
        assertThat(db.count("support_note IS NOT NULL AND NOT contains(support_note, product_name)")).isZero();
        assertThat(db.count("support_note IS NOT NULL AND carrier IS NOT NULL AND NOT contains(support_note, carrier)")).isZero();
        assertThat(db.count("support_note IS NOT NULL AND status = 'returned' AND return_reason = 'damaged_in_transit' "
                + "AND NOT regexp_matches(support_note, 'damage', 'i')")).isZero();
        assertThat(db.count("support_note IS NOT NULL AND is_late AND NOT regexp_matches(support_note, 'late|delay', 'i')"
                + " AND status = 'delivered'")).isZero();
        assertThat(db.number("SELECT count(DISTINCT support_note) FROM orders").longValue())
                .isGreaterThan(db.count("support_note IS NOT NULL") * 9 / 10);
    }

    @Test
    void sells_most_on_black_friday_cyber_monday_and_in_december() throws Exception {
        double novemberDay = db.count("order_ts >= TIMESTAMP '2025-11-01' AND order_ts < TIMESTAMP '2025-12-01'") / 30.0;
        assertThat(db.count("CAST(order_ts AS DATE) = DATE '2025-11-28'")).isGreaterThan((long) (2.5 * novemberDay));
        assertThat(db.count("CAST(order_ts AS DATE) = DATE '2025-12-01'")).isGreaterThan((long) (2.5 * novemberDay));
        List<String> monthsByOrders = db.strings("SELECT strftime(order_ts, '%Y-%m') FROM orders GROUP BY 1 ORDER BY count(*) DESC");
        assertThat(monthsByOrders.subList(0, 4)).containsExactlyInAnyOrder("2025-12", "2024-12", "2025-11", "2024-11");
        assertThat(db.count("year(order_ts) = 2025")).isGreaterThan(db.count("year(order_ts) = 2024"));
    }

    @Test
    void fedex_southeast_deliveries_were_mostly_late_during_the_hurricane() throws Exception {
        String window = "CAST(order_ts AS DATE) BETWEEN DATE '2025-09-08' AND DATE '2025-09-19'";
        String southeast = "delivered_at IS NOT NULL AND ship_region = 'Southeast' AND ";
        double hit = db.ratio("SELECT " + LATE + " FROM orders WHERE " + southeast + "carrier = 'FedEx' AND " + window);
        double baseline = db.ratio("SELECT " + LATE + " FROM orders WHERE " + southeast + "carrier = 'FedEx' AND NOT (" + window + ")");
        double others = db.ratio("SELECT " + LATE + " FROM orders WHERE " + southeast + "carrier <> 'FedEx' AND " + window);
        assertThat(hit).isGreaterThan(0.6).isGreaterThan(5 * baseline).isGreaterThan(4 * others);
        double ticketsHit = db.ratio("SELECT avg(support_tickets) FROM orders WHERE " + southeast + "carrier = 'FedEx' AND " + window);
        double ticketsBaseline = db.ratio("SELECT avg(support_tickets) FROM orders WHERE " + southeast + "carrier = 'FedEx' AND NOT (" + window + ")");
        assertThat(ticketsHit).isGreaterThan(4 * ticketsBaseline);
        assertThat(db.count("carrier = 'FedEx' AND ship_region = 'Southeast' AND " + window + " AND support_note ILIKE '%hurricane%'"))
                .isGreaterThan(15);
    }

    @Test
    void nimbus_earbuds_were_returned_as_defective_from_may_to_july_2025() throws Exception {
        String earbuds = "product_name = 'Nimbus X2 wireless earbuds' AND status IN ('delivered', 'returned') AND ";
        String window = "order_ts >= TIMESTAMP '2025-05-01' AND order_ts < TIMESTAMP '2025-08-01'";
        double hit = db.ratio("SELECT " + RETURNED + " FROM orders WHERE " + earbuds + window);
        List<String> otherMonths = db.strings("SELECT " + RETURNED + " FROM orders WHERE " + earbuds + "NOT (" + window + ") "
                + "GROUP BY strftime(order_ts, '%Y-%m') ORDER BY 1 DESC");
        assertThat(hit).isGreaterThan(0.3).isGreaterThan(2 * Double.parseDouble(otherMonths.get(0)));
        assertThat(db.ratio("SELECT avg(CASE WHEN return_reason = 'defective' THEN 1.0 ELSE 0.0 END) FROM orders WHERE "
                + earbuds + window + " AND status = 'returned'")).isGreaterThan(0.75);
        assertThat(db.count("product_name = 'Nimbus X2 wireless earbuds' AND " + window
                + " AND return_reason = 'defective' AND support_note IS NOT NULL AND NOT regexp_matches(support_note, 'battery', 'i')"))
                .isZero();
        assertThat(db.count("product_name = 'Nimbus X2 wireless earbuds' AND support_note ILIKE '%recall%'")).isGreaterThan(10);
    }

    @Test
    void klarna_cancellations_on_march_14_2025_dwarf_every_other_day() throws Exception {
        List<String> days = db.strings("SELECT CAST(CAST(order_ts AS DATE) AS VARCHAR) || ' ' || count(*) FROM orders "
                + "WHERE payment_method = 'klarna' AND status = 'cancelled' GROUP BY CAST(order_ts AS DATE) "
                + "ORDER BY count(*) DESC LIMIT 2");
        String[] top = days.get(0).split(" ");
        assertThat(top[0]).isEqualTo("2025-03-14");
        assertThat(Integer.parseInt(top[1])).isGreaterThan(4 * Integer.parseInt(days.get(1).split(" ")[1]));
        assertThat(db.count("CAST(order_ts AS DATE) = DATE '2025-03-14' AND payment_method = 'klarna' "
                + "AND support_note IS NOT NULL AND support_note NOT ILIKE '%klarna%'")).isZero();
    }

    @Test
    void spring_refresh_took_twenty_percent_off_home_and_kitchen_and_lifted_orders() throws Exception {
        String window = "CAST(order_ts AS DATE) BETWEEN DATE '2025-04-01' AND DATE '2025-04-07'";
        String homeInWindow = "category = 'Home & Kitchen' AND " + window;
        assertThat(db.count(homeInWindow)).isPositive();
        assertThat(db.count(homeInWindow + " AND discount_amount <> round(quantity * unit_price * 0.20, 2)")).isZero();
        assertThat(db.count("category = 'Home & Kitchen' AND CAST(order_ts AS DATE) BETWEEN DATE '2025-03-01' AND DATE '2025-03-31' "
                + "AND discount_amount = round(quantity * unit_price * 0.20, 2)")).isZero();
        double saleDaily = db.count(window) / 7.0;
        double marchDaily = db.count("CAST(order_ts AS DATE) BETWEEN DATE '2025-03-04' AND DATE '2025-03-31'") / 28.0;
        assertThat(saleDaily).isGreaterThan(1.25 * marchDaily);
        double homeSaleDaily = db.count(homeInWindow) / 7.0;
        double homeMarchDaily = db.count("category = 'Home & Kitchen' AND CAST(order_ts AS DATE) BETWEEN DATE '2025-03-04' AND DATE '2025-03-31'") / 28.0;
        assertThat(homeSaleDaily).isGreaterThan(2 * homeMarchDaily);
    }

    @Test
    void refuses_to_overwrite_an_existing_file() throws Exception {
        Path existing = Files.writeString(dir.resolve("existing.duckdb"), "x");
        assertThatThrownBy(() -> new SampleDataGenerator(SampleOptions.defaults()).generate(existing, ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> distinct(String column) throws Exception {
        return db.strings("SELECT DISTINCT " + column + " FROM orders");
    }
}
