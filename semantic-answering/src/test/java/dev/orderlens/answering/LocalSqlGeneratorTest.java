package dev.orderlens.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.SqlGenerator.GeneratedSql;
import dev.orderlens.core.port.SqlGenerator.QuestionNotUnderstoodException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalSqlGeneratorTest {

    @RegisterExtension
    static final SmallOrdersGenerator ORDERS = new SmallOrdersGenerator();

    private static String sql(String question) {
        return ORDERS.generator().generate(question, Conversation.empty("s"), SqlDialect.DUCKDB).sql();
    }

    private static SqlResult run(String sql) {
        return ORDERS.warehouse().execute(new SqlQuery(sql, 1000, Duration.ofSeconds(10)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "revenue in 2025|order_ts >= TIMESTAMP '2025-01-01 00:00:00' AND order_ts < TIMESTAMP '2026-01-01 00:00:00'",
        "orders in September 2025|order_ts >= TIMESTAMP '2025-09-01 00:00:00' AND order_ts < TIMESTAMP '2025-10-01 00:00:00'",
        "orders in September|order_ts >= TIMESTAMP '2025-09-01 00:00:00' AND order_ts < TIMESTAMP '2025-10-01 00:00:00'",
        "revenue in Q4 2025|order_ts >= TIMESTAMP '2025-10-01 00:00:00' AND order_ts < TIMESTAMP '2026-01-01 00:00:00'",
        "orders last month|order_ts >= TIMESTAMP '2025-12-01 00:00:00' AND order_ts < TIMESTAMP '2026-01-01 00:00:00'",
        "orders last quarter|order_ts >= TIMESTAMP '2025-10-01 00:00:00' AND order_ts < TIMESTAMP '2026-01-01 00:00:00'",
        "orders this year|order_ts >= TIMESTAMP '2026-01-01 00:00:00' AND order_ts < TIMESTAMP '2027-01-01 00:00:00'",
        "orders last year|order_ts >= TIMESTAMP '2025-01-01 00:00:00' AND order_ts < TIMESTAMP '2026-01-01 00:00:00'",
        "orders in the last 7 days|order_ts >= TIMESTAMP '2025-12-25 00:00:00' AND order_ts < TIMESTAMP '2026-01-01 00:00:00'",
        "orders in the last 30 days|order_ts >= TIMESTAMP '2025-12-02 00:00:00' AND order_ts < TIMESTAMP '2026-01-01 00:00:00'",
        "revenue year to date|order_ts >= TIMESTAMP '2026-01-01 00:00:00' AND order_ts < TIMESTAMP '2026-01-02 00:00:00'",
        "orders yesterday|order_ts >= TIMESTAMP '2025-12-31 00:00:00' AND order_ts < TIMESTAMP '2026-01-01 00:00:00'",
        "orders on March 14, 2025|order_ts >= TIMESTAMP '2025-03-14 00:00:00' AND order_ts < TIMESTAMP '2025-03-15 00:00:00'",
        "orders from April 1 to April 7, 2025|order_ts >= TIMESTAMP '2025-04-01 00:00:00' AND order_ts < TIMESTAMP '2025-04-08 00:00:00'",
        "orders from Monday Dec 1 to Sunday Dec 7 2025|order_ts >= TIMESTAMP '2025-12-01 00:00:00' AND order_ts < TIMESTAMP '2025-12-08 00:00:00'",
        "orders tue 2 dec 2025 through thu 4 dec 2025|order_ts >= TIMESTAMP '2025-12-02 00:00:00' AND order_ts < TIMESTAMP '2025-12-05 00:00:00'",
        "orders in decmber 2025|order_ts >= TIMESTAMP '2025-12-01 00:00:00' AND order_ts < TIMESTAMP '2026-01-01 00:00:00'",
        "orders yday|order_ts >= TIMESTAMP '2025-12-31 00:00:00' AND order_ts < TIMESTAMP '2026-01-01 00:00:00'",
        "orders in the first half of last year|order_ts >= TIMESTAMP '2025-01-01 00:00:00' AND order_ts < TIMESTAMP '2025-07-01 00:00:00'",
        "orders in the back half of last year|order_ts >= TIMESTAMP '2025-07-01 00:00:00' AND order_ts < TIMESTAMP '2026-01-01 00:00:00'",
        "orders in the last quarter of last year|order_ts >= TIMESTAMP '2025-10-01 00:00:00' AND order_ts < TIMESTAMP '2026-01-01 00:00:00'",
        "orders in march of this past year|order_ts >= TIMESTAMP '2025-03-01 00:00:00' AND order_ts < TIMESTAMP '2025-04-01 00:00:00'",
        "daily orders for the first week of december|order_ts >= TIMESTAMP '2025-12-01 00:00:00' AND order_ts < TIMESTAMP '2025-12-08 00:00:00'",
        "revenue in the last week of november 2025|order_ts >= TIMESTAMP '2025-11-24 00:00:00' AND order_ts < TIMESTAMP '2025-12-01 00:00:00'",
        "orders in q3 last year|order_ts >= TIMESTAMP '2025-07-01 00:00:00' AND order_ts < TIMESTAMP '2025-10-01 00:00:00'",
        "orders in march last year|order_ts >= TIMESTAMP '2025-03-01 00:00:00' AND order_ts < TIMESTAMP '2025-04-01 00:00:00'",
        "orders last mo|order_ts >= TIMESTAMP '2025-12-01 00:00:00' AND order_ts < TIMESTAMP '2026-01-01 00:00:00'",
        "orders last mnth|order_ts >= TIMESTAMP '2025-12-01 00:00:00' AND order_ts < TIMESTAMP '2026-01-01 00:00:00'",
        "revenue q four twenty twenty five|order_ts >= TIMESTAMP '2025-10-01 00:00:00' AND order_ts < TIMESTAMP '2026-01-01 00:00:00'",
        "revenue in two thousand twenty four|order_ts >= TIMESTAMP '2024-01-01 00:00:00' AND order_ts < TIMESTAMP '2025-01-01 00:00:00'"
    })
    void resolves_absolute_and_relative_periods_against_the_clock(String question, String range) {
        assertThat(sql(question)).contains(range);
    }

    @Test
    void reads_a_part_of_a_relative_year_as_one_period() {
        assertThat(sql("returns for each reason in the second half of last year")).doesNotContain("CASE WHEN order_ts")
                .contains("GROUP BY return_reason", "'2025-07-01 00:00:00'");
        assertThat(sql("hey roughly how much did we make last month")).startsWith("SELECT sum(order_total) AS revenue");
    }

    @Test
    void applies_the_metric_filter_and_names_the_column_after_the_metric() {
        String sql = sql("What was revenue in 2025?");

        assertThat(sql).startsWith("SELECT sum(order_total) AS revenue FROM orders WHERE")
                .contains("status <> 'cancelled'");
        assertThat(run(sql).columns().get(0).name()).isEqualTo("revenue");
    }

    @Test
    void groups_by_a_dimension_and_ranks_by_the_metric() {
        String sql = sql("late delivery rate by carrier");

        assertThat(sql).startsWith("SELECT carrier, 100.0 * avg(CASE WHEN is_late THEN 1.0 ELSE 0.0 END) AS late_delivery_rate")
                .contains("carrier IS NOT NULL", "delivered_at IS NOT NULL", "GROUP BY carrier", "DESC");
        SqlResult rows = run(sql);
        assertThat(rows.rows()).hasSize(4);
        assertThat(Figures.toDouble(rows.rows().get(0).get(1))).isGreaterThanOrEqualTo(Figures.toDouble(rows.rows().get(1).get(1)));
    }

    @Test
    void counts_the_entity_a_breakdown_names_instead_of_grouping_by_its_id() {
        assertThat(sql("breakdown of orders by order status")).contains("GROUP BY status").doesNotContain("order_id,");
        assertThat(sql("customers by segment")).contains("count(DISTINCT customer_id)", "GROUP BY customer_segment");
        assertThat(sql("top 5 customers by revenue")).contains("GROUP BY customer_id", "LIMIT 5");
    }

    @Test
    void a_number_of_stars_is_a_value_of_the_score() {
        assertThat(sql("How many orders got a 1-star review?")).contains("csat_score = 1").contains("count(*)");
        assertThat(sql("orders with 2 support tickets")).contains("support_tickets = 2");
        assertThat(sql("how many orders got a 1 or 2 star score")).contains("csat_score >= 1 AND csat_score <= 2");
        assertThat(sql("orders with 2 or more stars")).contains("csat_score >= 2").doesNotContain("csat_score <=");
    }

    @Test
    void which_n_groups_asks_for_a_ranking_of_n() {
        assertThat(sql("Which 5 states have the worst late delivery rate?"))
                .contains("GROUP BY ship_state", "DESC LIMIT 5");
        assertThat(sql("what 2 carriers had the most orders")).contains("GROUP BY carrier", "DESC LIMIT 2");
    }

    @Test
    void keeps_the_top_n_and_orders_fastest_ascending() {
        assertThat(sql("Top 3 states by revenue in 2025")).contains("GROUP BY ship_state", "DESC LIMIT 3");
        assertThat(sql("Which carrier delivers the fastest?")).contains("GROUP BY carrier").endsWith("ASC");
        assertThat(sql("bottom 2 categories by units")).contains("GROUP BY category").endsWith("ASC LIMIT 2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "orders by quantity|GROUP BY quantity",
        "in 2025 how many order for each quantity?|GROUP BY quantity",
        "in 2025 how many order for each quantity? like 1 item, 2 item...|GROUP BY quantity",
        "revenue by region, e.g. West|GROUP BY ship_region",
        "orders per number of support tickets|GROUP BY support_tickets",
        "revenue by csat score|GROUP BY csat_score"
    })
    void breaks_a_figure_down_by_a_column_of_whole_numbers_when_asked(String question, String grouping) {
        assertThat(sql(question)).contains(grouping);
        assertThat(sql("average csat score by carrier")).contains("avg(csat_score)", "GROUP BY carrier")
                .doesNotContain("GROUP BY csat_score");
        assertThat(sql(question)).doesNotContain("quantity = ", "ship_region = ");
        assertThat(sql("revenue by region for the West")).as("a value not given as an example").contains("'West'");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Apparel revenue minus refunds in Q4 2025", "Apparel sales less refunds in Q4 2025",
        "What did Apparel bring in for Q4 2025 once refunds are taken off?"})
    void one_figure_taken_from_another_is_the_metric_of_their_difference(String question) {
        assertThat(sql(question)).startsWith("SELECT sum(order_total) - sum(refund_amount) AS net_revenue");
    }

    @Test
    void a_rate_is_not_narrowed_to_the_rows_it_is_the_rate_of() {
        assertThat(sql("how did each carrier perform on late deliveries last quarter? I need the late delivery rate"
                + " per carrier")).contains("GROUP BY carrier", "is_late").doesNotContain("WHERE is_late");
    }

    @Test
    void values_joined_by_or_after_a_period_between_two_months_are_one_figure() {
        assertThat(sql("How much did we refund between January and June 2025 on orders paid with PayPal or Apple Pay?"))
                .contains("payment_method IN ('paypal', 'apple_pay')").doesNotContain("GROUP BY");
        assertThat(sql("revenue between FedEx and UPS in 2025")).contains("GROUP BY carrier");
    }

    @Test
    void the_customers_of_each_value_are_the_rows_a_figure_is_taken_over() {
        assertThat(sql("Which payment method's customers spend the most per order on average?"))
                .startsWith("SELECT payment_method, sum(order_total) / count(*) AS average_order_value")
                .doesNotContain("DISTINCT customer_id");
        assertThat(sql("how much do customers spend on average per order"))
                .startsWith("SELECT sum(order_total) / count(*) AS average_order_value").doesNotContain("DISTINCT");
    }

    @Test
    void lists_each_value_of_a_dimension_but_counts_orders_asked_to_be_listed() {
        assertThat(sql("list the cities in California by order count")).contains("GROUP BY ship_city");
        assertThat(sql("list the orders shipped by fedex in 2025")).doesNotContain("GROUP BY");
    }

    @Test
    void averages_the_one_figure_asked_for_on_average() {
        assertThat(sql("how much discount did vip customers get on average in 2025"))
                .startsWith("SELECT avg(discount_amount)");
        assertThat(sql("how much discount did vip customers get in 2025")).startsWith("SELECT sum(discount_amount)");
    }

    @Test
    void matches_values_through_synonyms_typos_plurals_and_case() {
        assertThat(sql("revenue in California")).contains("ship_state = 'CA'");
        assertThat(sql("orders paid with gift cards")).contains("payment_method = 'gift_card'");
        assertThat(sql("revenue for electroncs")).contains("category = 'Electronics'");
        assertThat(sql("ORDERS FOR FEDEX")).contains("carrier = 'FedEx'").doesNotContain("ship_state");
        assertThat(sql("orders in the West")).contains("ship_region = 'West'");
        assertThat(sql("how many order is cancel yesterday")).contains("status = 'cancelled'");
        assertThat(sql("which state had most cancels last month")).contains("status = 'cancelled'", "GROUP BY ship_state");
        assertThat(sql("how many order was return in 2025")).contains("status = 'returned'");
    }

    @Test
    void does_not_read_ordinary_words_as_two_letter_codes() {
        assertThat(sql("how many orders in 2025 or 2024")).doesNotContain("ship_state");
        assertThat(sql("orders shipped to IN")).contains("ship_state = 'IN'");
        assertThat(sql("orders shipped to MO last mo")).contains("ship_state = 'MO'", "'2025-12-01 00:00:00'");
        assertThat(sql("cali vs tx revenue last year")).contains("ship_state IN ('CA', 'TX')");
    }

    @Test
    void excludes_a_value_after_a_negation() {
        assertThat(sql("revenue excluding Electronics")).contains("category NOT IN ('Electronics')");
    }

    @ParameterizedTest
    @ValueSource(strings = {"revenue in 2025, Electronics orders shouldn't count", "revenue with Electronics excluded",
        "revenue, Electronics ones not included", "revenue where Electronics orders should not be counted"})
    void excludes_a_value_said_to_be_left_out_after_it(String question) {
        assertThat(sql(question)).contains("category NOT IN ('Electronics')");
        assertThat(sql("how many Electronics orders were not delivered")).doesNotContain("category NOT IN");
    }

    @Test
    void counts_entities_of_a_segment_with_the_entity_metric() {
        assertThat(sql("How many VIP customers do we have?"))
                .isEqualTo("SELECT count(DISTINCT customer_id) AS customers FROM orders WHERE customer_segment = 'vip'");
    }

    @Test
    void looks_up_identifiers_by_the_pattern_of_their_sample_values() {
        assertThat(sql("How many orders did customer CUST-00007 place?")).contains("customer_id = 'CUST-00007'")
                .startsWith("SELECT count(*) AS orders");
        String lookup = sql("show order ord-000123");
        assertThat(lookup).contains("WHERE order_id = 'ORD-000123'").startsWith("SELECT order_id, order_ts");
        assertThat(run(lookup).rows()).hasSize(1);
    }

    @Test
    void filters_measures_by_numeric_comparisons() {
        assertThat(sql("How many orders got a CSAT score of 1?")).contains("csat_score = 1").startsWith("SELECT count(*)");
        assertThat(sql("orders with more than 1 support tickets")).contains("support_tickets > 1");
        assertThat(sql("orders with csat below 3")).contains("csat_score < 3");
    }

    @Test
    void writes_trends_by_grain_in_time_order() {
        String monthly = sql("Revenue by month in 2024");
        assertThat(monthly).startsWith("SELECT CAST(date_trunc('month', order_ts) AS DATE) AS month, sum(order_total) AS revenue")
                .endsWith("ORDER BY CAST(date_trunc('month', order_ts) AS DATE)");
        assertThat(run(monthly).rows()).hasSize(12);
        assertThat(sql("daily orders last week")).startsWith("SELECT CAST(order_ts AS DATE) AS day, count(*) AS orders");
        String weekdays = sql("orders by day of week");
        assertThat(weekdays).startsWith("SELECT dayname(order_ts) AS day_of_week").endsWith("ORDER BY isodow(order_ts)");
        assertThat(run(weekdays).rows()).hasSize(7);
    }

    @Test
    void compares_periods_side_by_side() {
        String sql = sql("December 2024 vs December 2025 revenue");

        assertThat(sql).startsWith("SELECT CASE WHEN").contains("'December 2024'", "'December 2025'", "AS period");
        SqlResult rows = run(sql);
        assertThat(rows.rows()).extracting(r -> r.get(0)).containsExactly("December 2024", "December 2025");
    }

    @Test
    void compares_the_two_ends_of_a_range_when_asked_how_a_figure_changed() {
        assertThat(sql("how did revenue change between August 2025 and September 2025"))
                .contains("'August 2025'", "'September 2025'");
    }

    @Test
    void compares_values_of_one_dimension() {
        assertThat(sql("revenue web vs mobile")).contains("channel IN ('web', 'mobile')", "GROUP BY channel");
    }

    @Test
    void computes_a_share_as_a_percentage() {
        String sql = sql("What share of 2025 revenue came from mobile?");

        assertThat(sql).contains("FILTER (WHERE channel = 'mobile')", "AS share_of_revenue");
        double share = Figures.toDouble(run(sql).rows().get(0).get(1));
        assertThat(share).isBetween(0.0, 100.0);
    }

    @Test
    void combines_metrics_with_different_filters_through_aggregate_filters() {
        String sql = sql("revenue and orders by channel");

        assertThat(sql).contains("sum(order_total) FILTER (WHERE status <> 'cancelled') AS revenue", "count(*) AS orders");
        assertThat(run(sql).columns()).extracting(c -> c.name()).containsExactly("channel", "revenue", "orders");
    }

    @Test
    void aggregates_a_measure_column_when_no_metric_is_named() {
        assertThat(sql("average unit price by category")).contains("avg(unit_price) AS avg_unit_price");
    }

    @Test
    void counts_orders_that_reached_an_event() {
        assertThat(sql("How many orders did DHL deliver in 2025?")).contains("carrier = 'DHL'", "delivered_at IS NOT NULL");
    }

    @Test
    void writes_databricks_sql_through_the_dialect() {
        GeneratedSql sql = ORDERS.generator().generate("delivery days by month", Conversation.empty("s"), SqlDialect.DATABRICKS);

        assertThat(sql.sql()).contains("date_trunc('MONTH', order_ts)", "unix_timestamp(delivered_at)")
                .doesNotContain("date_diff");
    }

    @Test
    void writes_weekend_and_weekday_in_each_dialect() {
        GeneratedSql databricks = ORDERS.generator().generate("orders weekend vs weekday", Conversation.empty("s"),
                SqlDialect.DATABRICKS);
        GeneratedSql duckDb = ORDERS.generator().generate("orders weekend vs weekday", Conversation.empty("s"),
                SqlDialect.DUCKDB);

        // Spark's weekday() counts Monday as 0, DuckDB's isodow() as 1
        assertThat(databricks.sql()).contains(
                "CASE WHEN weekday(order_ts) IN (5, 6) THEN 'weekend' ELSE 'weekday' END");
        assertThat(duckDb.sql()).contains(
                "CASE WHEN isodow(order_ts) IN (6, 7) THEN 'weekend' ELSE 'weekday' END");
        SqlResult rows = ORDERS.warehouse().execute(new SqlQuery(duckDb.sql(), 100, Duration.ofSeconds(10)));
        assertThat(rows.rows()).extracting(row -> row.get(0)).containsExactly("weekday", "weekend");
    }

    @Test
    void keeps_the_query_in_the_context_and_merges_follow_ups() {
        Conversation conversation = Conversation.empty("s");
        conversation = ask(conversation, "Late delivery rate by carrier in 2025");
        assertThat(conversation.context().get("query.metric")).contains("late_delivery_rate");
        assertThat(conversation.context().get("query.groupBy")).contains("carrier");

        String west = ORDERS.generator().generate("only in the West", conversation, SqlDialect.DUCKDB).sql();
        assertThat(west).contains("ship_region = 'West'", "GROUP BY carrier", "TIMESTAMP '2025-01-01 00:00:00'");

        conversation = ask(conversation, "and just for FedEx?");
        assertThat(ORDERS.generator().generate("what about October?", conversation, SqlDialect.DUCKDB).sql())
                .contains("carrier = 'FedEx'", "TIMESTAMP '2025-10-01 00:00:00'");
        assertThat(ORDERS.generator().generate("by region instead", conversation, SqlDialect.DUCKDB).sql())
                .contains("GROUP BY ship_region").doesNotContain("GROUP BY carrier");
    }

    @Test
    void reads_a_bare_quarter_in_the_year_of_the_conversation() {
        Conversation conversation = ask(Conversation.empty("s"), "Revenue in Q1 2024");

        assertThat(ORDERS.generator().generate("and Q2?", conversation, SqlDialect.DUCKDB).sql())
                .contains("TIMESTAMP '2024-04-01 00:00:00'", "TIMESTAMP '2024-07-01 00:00:00'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "How does the West's late delivery rate stack up against the rest of the country combined?|ship_region|West",
        "Electronics revenue vs everything else|category|Electronics",
        "late rate for FedEx vs the others|carrier|FedEx",
        "orders for the West next to all the other regions put together|ship_region|West"
    })
    void sets_one_value_against_all_other_rows_together(String question, String column, String value) {
        String sql = sql(question);

        assertThat(sql).contains("CASE WHEN " + column + " = '" + value + "' THEN '" + value + "' ELSE 'all others' END AS "
                + column).doesNotContain("WHERE " + column);
        assertThat(run(sql).rows()).extracting(row -> row.get(0)).containsExactlyInAnyOrder(value, "all others");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "average order value for orders with a discount vs without|discount_amount > 0|discount amount over 0",
        "csat for late orders vs all others|is_late = true|late",
        "return rate for orders with a support ticket versus without|support_tickets > 0|support tickets over 0"
    })
    void sets_the_rows_that_have_something_against_those_that_do_not(String question, String condition, String label) {
        String sql = sql(question);

        assertThat(sql).contains("CASE WHEN " + condition + " THEN '" + label + "' ELSE 'all others' END")
                .doesNotContain("WHERE " + condition);
        assertThat(run(sql).rows()).hasSize(2);
    }

    @Test
    void reads_the_rest_of_a_period_as_no_group_against_the_rest() {
        assertThat(sql("FedEx orders for the rest of the year 2025")).contains("carrier = 'FedEx'")
                .doesNotContain("all others");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "top 2 products by revenue in each category|category|2",
        "which carrier has the highest late delivery rate in each region|ship_region|1",
        "best selling product each month in 2025|month|1",
        "the 3 biggest cities per state by orders|ship_state|3"
    })
    void keeps_a_ranking_to_its_first_rows_within_each_group(String question, String group, int kept) {
        String sql = sql(question);

        assertThat(sql).contains("QUALIFY row_number() OVER (PARTITION BY ", ") <= " + kept).doesNotContain("LIMIT");
        SqlResult result = run(sql);
        assertThat(result.columns().get(0).name()).isEqualTo(group);
        Map<Object, Long> perGroup = result.rows().stream()
                .collect(Collectors.groupingBy(row -> row.get(0), Collectors.counting()));
        assertThat(perGroup).hasSizeGreaterThan(1);
        assertThat(perGroup.values()).allMatch(rows -> rows <= kept);
    }

    @Test
    void keeps_the_rows_that_rank_first_in_their_group() {
        SqlResult kept = run(sql("top 2 products by revenue in each category"));
        SqlResult all = run(sql("revenue by category and product"));

        for (List<Object> row : kept.rows()) {
            long higher = all.rows().stream().filter(other -> other.get(0).equals(row.get(0))
                    && ((Number) other.get(2)).doubleValue() > ((Number) row.get(2)).doubleValue()).count();
            assertThat(higher).as("products of %s above %s", row.get(0), row.get(1)).isLessThan(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"revenue by category for each month", "orders per carrier per region",
        "which carriers have the highest late delivery rate in each region"})
    void ranks_over_all_groups_without_a_count_or_a_single_thing_asked_for_in_each(String question) {
        assertThat(sql(question)).doesNotContain("QUALIFY");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "how many customers ordered more than once in 2025|HAVING count(*) > 1",
        "how many repeat customers|HAVING count(*) > 1",
        "customers with 3 or more orders|HAVING count(*) >= 3",
        "how many customers placed 3 or more purchases in 2025|HAVING count(*) >= 3",
        "how many customers made 3 or more orders in 2025|HAVING count(*) >= 3"
    })
    void counts_the_entities_whose_own_count_of_orders_meets_the_comparison(String question, String having) {
        String sql = sql(question);

        assertThat(sql).startsWith("SELECT count(DISTINCT customer_id) AS customers")
                .contains("customer_id IN (SELECT customer_id FROM orders", having).doesNotContain("GROUP BY order_id")
                .doesNotContain("order_total");
        long counted = ((Number) run(sql).rows().get(0).get(0)).longValue();
        long perCustomer = run("SELECT count(*) FROM (SELECT customer_id FROM orders" + (question.contains("2025")
                ? " WHERE order_ts >= TIMESTAMP '2025-01-01' AND order_ts < TIMESTAMP '2026-01-01'" : "")
                + " GROUP BY customer_id HAVING count(*) " + having.substring(having.indexOf(')') + 2) + ")")
                .rows().stream().mapToLong(row -> ((Number) row.get(0)).longValue()).sum();
        assertThat(counted).isEqualTo(perCustomer).isPositive();
    }

    @Test
    void keeps_the_entities_condition_through_a_follow_up() {
        Conversation conversation = ask(Conversation.empty("s"), "how many customers ordered more than once in 2025");

        assertThat(ORDERS.generator().generate("by segment", conversation, SqlDialect.DUCKDB).sql())
                .contains("GROUP BY customer_segment", "HAVING count(*) > 1");
        assertThat(sql("number of one-time buyers")).contains("HAVING count(*) = 1");
    }

    @Test
    void keeps_counting_within_each_group_through_a_follow_up() {
        Conversation conversation = ask(Conversation.empty("s"), "top 3 products by revenue in each category");

        assertThat(ORDERS.generator().generate("only the top 2", conversation, SqlDialect.DUCKDB).sql())
                .contains("PARTITION BY category", ") <= 2");
    }

    @Test
    void keeps_one_value_against_the_rest_through_a_follow_up() {
        Conversation conversation = ask(Conversation.empty("s"), "revenue for the West vs the rest of the country");

        assertThat(ORDERS.generator().generate("by quarter", conversation, SqlDialect.DUCKDB).sql())
                .contains("date_trunc('quarter'", "ELSE 'all others' END AS ship_region");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Chicago vs New York - what % of delivered orders came back as returns in 2025?",
        "what % of delivered orders came back as returns in Chicago vs New York in 2025?"})
    void compares_the_values_beside_vs_and_reads_a_share_of_delivered_orders_as_the_return_rate(String question) {
        String sql = sql(question);

        assertThat(sql).startsWith("SELECT ship_city, ship_state, 100.0 * avg(CASE WHEN status = 'returned'")
                .contains("GROUP BY ship_city, ship_state").doesNotContain("GROUP BY status", "ship_state, status");
    }

    @Test
    void compares_with_a_month_the_year_before_the_one_asked_about() {
        Conversation conversation = ask(Conversation.empty("s"), "How many support tickets did November 2025 orders"
                + " generate?");

        assertThat(ORDERS.generator().generate("compared with November the year before?", conversation,
                SqlDialect.DUCKDB).sql()).contains("TIMESTAMP '2024-11-01 00:00:00'", "TIMESTAMP '2024-12-01 00:00:00'",
                "TIMESTAMP '2025-11-01 00:00:00'", "TIMESTAMP '2025-12-01 00:00:00'");
    }

    @Test
    void blanks_context_keys_the_new_query_does_not_use() {
        GeneratedSql first = ORDERS.generator().generate("revenue by carrier", Conversation.empty("s"), SqlDialect.DUCKDB);
        ConversationContext context = ConversationContext.empty().merge(first.context());
        GeneratedSql second = ORDERS.generator().generate("How many orders in 2025?", new Conversation("s", List.of(), context),
                SqlDialect.DUCKDB);

        assertThat(context.merge(second.context()).get("query.groupBy")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "What is the average wingspan of penguins by colony?",
        "How many unicorns did we sell?",
        "Which supplier has the highest revenue?",
        "revenue for Acme Corp in 2025",
        "Has any product been recalled?",
        "What did the December 2025 monthly review say?",
        "hello there",
        "what is the refund window for apparel"
    })
    void refuses_questions_about_things_the_model_does_not_know(String question) {
        assertThatThrownBy(() -> sql(question)).isInstanceOf(QuestionNotUnderstoodException.class);
    }

    @Test
    void refuses_a_follow_up_that_changes_nothing() {
        Conversation conversation = ask(Conversation.empty("s"), "revenue by carrier");

        assertThatThrownBy(() -> ORDERS.generator().generate("and?", conversation, SqlDialect.DUCKDB))
                .isInstanceOf(QuestionNotUnderstoodException.class);
    }

    private static Conversation ask(Conversation conversation, String question) {
        GeneratedSql sql = ORDERS.generator().generate(question, conversation, SqlDialect.DUCKDB);
        run(sql.sql());
        return conversation.plus(new Turn("m", question, "", Route.SQL, sql.sql(), Instant.EPOCH),
                conversation.context().merge(sql.context()), 10);
    }
}
