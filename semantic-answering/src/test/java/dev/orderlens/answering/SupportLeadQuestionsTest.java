package dev.orderlens.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.port.SqlGenerator.ClarificationNeededException;
import dev.orderlens.core.port.SqlGenerator.GeneratedSql;
import dev.orderlens.core.port.SqlGenerator.QuestionNotUnderstoodException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Phrasings support leads use that the parser reads through the semantic model's roles, units and synonyms. */
class SupportLeadQuestionsTest {

    @RegisterExtension
    static final SmallOrdersGenerator ORDERS = new SmallOrdersGenerator();

    private static String sql(String question) {
        return ORDERS.sql(question);
    }

    private static GeneratedSql followUp(String first, String then) {
        return ORDERS.followUp(first, then);
    }

    @Test
    void x_per_order_averages_over_orders_instead_of_grouping_by_the_order_id() {
        assertThat(sql("mean refund per order for apparel")).startsWith("SELECT avg(refund_amount)")
                .contains("category = 'Apparel'").doesNotContain("order_id");
        assertThat(sql("tickets per order by carrier")).startsWith("SELECT carrier, avg(support_tickets)")
                .doesNotContain("order_id");
        assertThat(sql("revenue per order on mobile")).startsWith("SELECT sum(order_total) / count(*) AS average_order_value")
                .contains("channel = 'mobile'");
        assertThat(sql("how many items per order last year")).startsWith("SELECT avg(quantity) AS units_per_order");
    }

    @Test
    void a_number_with_a_unit_word_compares_the_column_of_that_unit() {
        assertThat(sql("revenue from orders of $1,500 or more")).contains("order_total >= 1500");
        assertThat(sql("orders costing less than 20 dollars by channel")).contains("order_total < 20", "GROUP BY channel");
        assertThat(sql("how many orders between 40 and 90 bucks")).contains("order_total >= 40", "order_total <= 90");
        assertThat(sql("orders with fewer than 4 items")).contains("quantity < 4").doesNotContain("product_name");
        assertThat(sql("orders of 2 units or fewer")).contains("quantity <= 2");
        assertThat(sql("share of returns where the item arrived damaged")).doesNotContain("sum(quantity)")
                .contains("FILTER (WHERE return_reason = 'damaged_in_transit')");
        assertThat(sql("average items by channel")).contains("avg(quantity)");
        assertThat(sql("late rate for single-unit orders")).contains("quantity = 1");
    }

    @Test
    void a_number_after_a_named_money_column_stays_with_that_column() {
        assertThat(sql("orders whose refund was larger than $25")).contains("refund_amount > 25")
                .doesNotContain("order_total");
    }

    @Test
    void a_price_without_an_aggregate_is_averaged_as_its_column_says() {
        assertThat(sql("what's the price of the nimbus x2 earbuds")).startsWith("SELECT avg(unit_price)");
        assertThat(sql("total unit price in 2025")).startsWith("SELECT sum(unit_price)");
    }

    @Test
    void the_number_of_n_star_scores_counts_the_orders_with_that_score() {
        assertThat(sql("number of 1-star csat scores in 2025")).startsWith("SELECT count(*) AS orders")
                .contains("csat_score = 1");
    }

    @Test
    void stars_and_ratings_compare_the_score() {
        assertThat(sql("how many 4-star reviews came from mobile")).contains("csat_score = 4", "channel = 'mobile'");
        assertThat(sql("orders rated 3 or higher")).contains("csat_score >= 3");
        assertThat(sql("share of surveys with 1 star")).contains("FILTER (WHERE csat_score = 1)", "WHERE csat_score > 0");
        assertThat(sql("5-star ratings by channel")).contains("csat_score = 5", "GROUP BY channel");
    }

    @Test
    void having_or_lacking_something_filters_on_its_column() {
        assertThat(sql("AOV of orders that got a coupon")).contains("discount_amount > 0");
        assertThat(sql("late rate for orders with no discount")).contains("discount_amount = 0");
        assertThat(sql("how many apparel orders were refunded")).contains("refund_amount > 0", "count(*)");
        assertThat(sql("revenue from free delivery orders")).contains("shipping_fee = 0");
        assertThat(sql("orders by channel that never got delivered")).contains("delivered_at IS NULL", "GROUP BY channel");
        assertThat(sql("how many orders having a support note came from mobile")).contains("support_note IS NOT NULL");
        assertThat(sql("how many orders really got a survey back in 2024")).contains("csat_score > 0", "count(*)");
        assertThat(sql("orders without any tickets last month")).contains("support_tickets = 0");
    }

    @Test
    void a_word_that_can_be_had_still_names_its_measure_without_a_cue() {
        assertThat(sql("total discount by channel")).contains("sum(discount_amount)").doesNotContain("discount_amount > 0");
        assertThat(sql("refunds by month")).contains("sum(refund_amount)").doesNotContain("refund_amount > 0");
    }

    @Test
    void a_percent_sign_asks_for_a_share() {
        assertThat(sql("what % of 2025 orders were paid by card")).contains("FILTER (WHERE payment_method = 'credit_card')",
                "AS share_of_orders");
        assertThat(sql("% of revenue from Beauty")).contains("FILTER (WHERE category = 'Beauty')", "AS share_of_revenue");
    }

    @Test
    void a_comparative_between_two_values_sets_them_side_by_side() {
        assertThat(sql("is the return rate lower for Apparel or Beauty?"))
                .contains("category IN ('Apparel', 'Beauty')", "GROUP BY category");
        assertThat(sql("do vip customers spend more per order than business customers?"))
                .startsWith("SELECT customer_segment, sum(order_total) / count(*) AS average_order_value")
                .contains("customer_segment IN ('vip', 'business')");
        assertThat(sql("are deliveries slower with UPS or DHL")).contains("carrier IN ('UPS', 'DHL')", "GROUP BY carrier",
                "AS delivery_days");
        assertThat(sql("orders from UPS or DHL with more than 3 units")).doesNotContain("GROUP BY");
    }

    @Test
    void how_many_entities_counts_the_entity_named_right_after_the_question() {
        assertThat(sql("how many business customers ordered on mobile")).startsWith("SELECT count(DISTINCT customer_id)")
                .contains("customer_segment = 'business'", "channel = 'mobile'");
        assertThat(sql("how many distinct customers used klarna")).startsWith("SELECT count(DISTINCT customer_id)");
        assertThat(sql("how many returns came from VIP customers")).startsWith("SELECT count(*)");
    }

    @Test
    void the_average_of_a_summed_metric_averages_what_it_sums() {
        assertThat(sql("average refund for damaged orders")).startsWith("SELECT avg(refund_amount)");
        assertThat(sql("avg discount on web")).startsWith("SELECT avg(discount_amount)");
        assertThat(sql("average revenue on mobile")).startsWith("SELECT sum(order_total) / count(*) AS average_order_value");
        assertThat(sql("avg csat by carrier")).contains("avg(csat_score) AS csat");
    }

    @Test
    void misspelt_words_of_grammar_are_read_as_meant() {
        assertThat(sql("avrage shipping fee in the west")).startsWith("SELECT avg(shipping_fee)");
        assertThat(sql("how many diferent customers bought electronics")).startsWith("SELECT count(DISTINCT customer_id)");
    }

    @Test
    void how_long_delivery_takes_is_the_delivery_time() {
        assertThat(sql("how long do deliveries take to Georgia")).contains("AS delivery_days", "ship_state = 'GA'");
        assertThat(sql("How long did deliveries to the Southeast take in September 2025?"))
                .contains("AS delivery_days", "ship_region = 'Southeast'", "2025-09-01");
    }

    @Test
    void the_best_or_worst_selling_thing_by_a_metric_ranks_the_thing_by_it() {
        assertThat(sql("what's the worst selling product by orders in 2025"))
                .startsWith("SELECT product_name, count(*) AS orders").contains("ORDER BY count(*) ASC")
                .doesNotContain("order_id");
        assertThat(sql("Which 3 categories brought in the most money in 2024?"))
                .startsWith("SELECT category, sum(order_total) AS revenue").contains("LIMIT 3");
    }

    @Test
    void a_trend_is_a_series_by_month_or_by_day_within_a_month() {
        assertThat(sql("what was the aov trend in 2025")).contains("date_trunc('month', order_ts)");
        assertThat(sql("orders trend in december 2025")).startsWith("SELECT CAST(order_ts AS DATE) AS day");
        assertThat(sql("return rate over time by carrier"))
                .contains("GROUP BY CAST(date_trunc('month', order_ts) AS DATE), carrier");
    }

    @Test
    void period_over_period_words_and_selling_read_as_meant() {
        assertThat(sql("month over month orders in 2025")).contains("date_trunc('month', order_ts)");
        assertThat(sql("revenue yoy")).startsWith("SELECT year(order_ts) AS year, sum(order_total) AS revenue");
        assertThat(sql("how much did we sell in March 2025")).startsWith("SELECT sum(order_total) AS revenue");
        assertThat(sql("top sellers in electronics")).startsWith("SELECT product_name, ");
    }

    @Test
    void more_than_a_number_compares_and_never_groups_by_the_order() {
        assertThat(sql("orders with more than two items")).isEqualTo(
                "SELECT count(*) AS orders FROM orders WHERE quantity > 2");
        GeneratedSql repeat = ORDERS.generator().generate("how many customers placed more than one order",
                Conversation.empty("s"), SqlDialect.DUCKDB);
        assertThat(repeat.sql()).contains("HAVING count(*) > 1").doesNotContain("GROUP BY order_id");
        assertThat(repeat.notes()).isEmpty();
    }

    @Test
    void how_many_distinct_values_of_a_column_counts_them_once_each() {
        assertThat(sql("how many distinct products did we sell in 2025"))
                .startsWith("SELECT count(DISTINCT product_name) AS distinct_product_name");
        assertThat(sql("number of different skus by category")).startsWith("SELECT category, count(DISTINCT sku)");
        assertThat(sql("how many unique customers ordered in 2025")).startsWith("SELECT count(DISTINCT customer_id)"
                + " AS customers");
    }

    @Test
    void a_rate_with_a_percent_sign_is_the_rate_not_a_share_of_it() {
        assertThat(sql("late delivery % for each carrier in H2 2025")).doesNotContain("OVER ()")
                .contains("AS late_delivery_rate");
    }

    @Test
    void a_count_and_the_metrics_joined_to_it_are_all_computed() {
        assertThat(sql("I need the number of orders and total revenue for each region"))
                .startsWith("SELECT ship_region, count(*) AS orders, sum(order_total)");
        assertThat(sql("how many orders and customers did we have in 2025"))
                .startsWith("SELECT count(*) AS orders, count(DISTINCT customer_id) AS customers");
    }

    @Test
    void total_before_a_measure_sums_it_rather_than_naming_the_order_total() {
        assertThat(sql("what was the total shipping collected in 2025")).startsWith("SELECT sum(shipping_fee)")
                .doesNotContain("order_total");
    }

    @Test
    void a_split_between_two_values_sets_them_side_by_side() {
        assertThat(sql("revenue split between web and mobile in 2025")).startsWith("SELECT channel, ")
                .contains("channel IN ('web', 'mobile')");
    }

    @Test
    void a_number_then_or_more_or_fewer_before_what_it_counts_is_a_bound() {
        assertThat(sql("how many orders had 2 or more support tickets in 2025?")).contains("support_tickets >= 2");
        assertThat(sql("orders with 3 or fewer items")).contains("quantity <= 3");
    }

    @Test
    void a_period_without_a_year_set_beside_one_with_a_year_takes_that_year() {
        assertThat(sql("Q1 vs Q2 2025 order volume")).contains("'Q1 2025'", "'Q2 2025'").doesNotContain("2026");
        assertThat(sql("march and april 2024 revenue")).contains("'March 2024'", "'April 2024'");
    }

    @Test
    void a_unit_of_time_named_against_a_period_is_the_one_just_before_it() {
        assertThat(sql("revenue in december 2025 compared to the month before")).contains("'November 2025'",
                "'December 2025'");
        assertThat(sql("orders in 2025 vs the previous year")).contains("'2024'", "'2025'");
    }

    @Test
    void halves_of_a_year_are_labelled_as_written() {
        assertThat(sql("H1 2024 vs H1 2025 sales")).contains("'H1 2024'", "'H1 2025'");
    }

    @Test
    void a_dimension_before_breakdown_or_mix_groups_by_it() {
        assertThat(sql("status breakdown for everything ordered in december 2025"))
                .startsWith("SELECT status, count(*) AS orders");
        assertThat(sql("channel mix in 2025")).startsWith("SELECT channel, count(*) AS orders");
    }

    @Test
    void orders_after_vs_are_a_kind_of_order_never_each_order() {
        assertThat(sql("csat on orders that had a support ticket vs orders with none")).doesNotContain("order_id");
    }

    @Test
    void apart_from_and_all_but_exclude_a_value_and_all_never_groups() {
        assertThat(sql("apart from electronics, which category brought in the most revenue in 2025?"))
                .startsWith("SELECT category, ").contains("NOT IN ('Electronics')");
        assertThat(sql("all regions but the Southeast: what was the late delivery rate in september 2025?"))
                .contains("NOT IN ('Southeast')").doesNotContain("GROUP BY");
        assertThat(sql("last month, across all channels, what was the cancellation rate?")).doesNotContain("GROUP BY");
    }

    @Test
    void negated_bounds_and_chat_abbreviations_read_as_meant() {
        assertThat(sql("For orders with no more than 2 units in 2025, what was the AOV?"))
                .startsWith("SELECT sum(order_total) / count(*) AS average_order_value").contains("quantity <= 2");
        assertThat(sql("count of orders w at least 2 support tickets in 2025")).contains("support_tickets >= 2");
        assertThat(sql("orders w/o a discount in 2025")).contains("discount_amount = 0");
    }

    @Test
    void chances_and_ratios_of_a_kind_of_order_are_shares_or_the_model_s_rate_of_it() {
        assertThat(sql("how likely is a klarna order to get cancelled?"))
                .contains("AS cancellation_rate", "payment_method = 'klarna'");
        assertThat(sql("ratio of cancelled orders to all orders in Q4 2025")).contains("AS cancellation_rate")
                .doesNotContain("order_id");
        assertThat(sql("what % of Nimbus X2 wireless earbuds orders got returned in 2025")).contains("AS return_rate",
                "status IN ('delivered', 'returned')");
        assertThat(sql("what share of orders came from the marketplace"))
                .contains("FILTER (WHERE channel = 'marketplace')");
    }

    @Test
    void leaders_and_laggards_rank_by_the_metric() {
        assertThat(sql("which channel is the revenue leader in 2025")).startsWith("SELECT channel, ")
                .contains("ORDER BY sum(order_total) DESC");
        assertThat(sql("weakest region for customer satisfaction in 2025")).startsWith("SELECT ship_region, ")
                .contains("ORDER BY avg(csat_score) ASC");
    }

    @Test
    void month_to_month_is_a_monthly_series_and_a_month_before_counts_back_from_the_other() {
        assertThat(sql("how did AOV move month to month in 2024?")).contains("date_trunc('month', order_ts)");
        assertThat(sql("cancellation rate this past december vs the december before")).contains("'December 2024'",
                "'December 2025'");
    }

    @Test
    void the_year_before_in_a_follow_up_counts_back_from_the_last_question_s_period() {
        GeneratedSql second = followUp("late rate by carrier last year", "what about the year before?");

        assertThat(second.sql()).contains("TIMESTAMP '2024-01-01 00:00:00'", "TIMESTAMP '2025-01-01 00:00:00'")
                .startsWith("SELECT carrier, ");
    }

    @Test
    void words_naming_a_period_whose_dates_follow_in_brackets_are_its_name() {
        assertThat(sql("avg discount per order on home & kitchen during the spring refresh sale (apr 1-7 2025)"))
                .startsWith("SELECT avg(discount_amount)").contains("TIMESTAMP '2025-04-08 00:00:00'")
                .doesNotContain("sum(order_total)");
    }

    @Test
    void an_identifier_like_the_sample_with_other_capitals_is_one_of_its_values() {
        assertThat(sql("units sold for sku ELE-1008 in 2025?")).contains("sku = 'ELE-1008'");
        assertThat(sql("units sold for sku toy-1001")).contains("sku = 'TOY-1001'");
    }

    @Test
    void the_most_common_thing_ranks_it_by_count() {
        assertThat(sql("most common reason people return electronics")).startsWith("SELECT return_reason, count(*)")
                .contains("ORDER BY count(*) DESC", "category = 'Electronics'");
    }

    @Test
    void a_year_named_elsewhere_in_the_question_is_the_year_of_its_named_days() {
        assertThat(sql("cyber monday vs black friday sales, 2025 edition")).contains(
                "'Black Friday 2025 (November 28, 2025)'", "'Cyber Monday 2025 (December 1, 2025)'")
                .doesNotContain("'2025'");
        assertThat(sql("orders on black friday in 2025")).contains("TIMESTAMP '2025-11-28 00:00:00'",
                "TIMESTAMP '2025-11-29 00:00:00'");
    }

    @Test
    void a_participle_before_to_names_where_orders_go_unless_after_were() {
        assertThat(sql("how many orders shipped to Chicago in 2025?")).contains("ship_city = 'Chicago'")
                .doesNotContain("shipped_at");
        assertThat(sql("How many orders were shipped to Florida in 2025?")).contains("shipped_at IS NOT NULL");
    }

    @Test
    void short_words_typed_in_a_hurry_are_read_as_meant() {
        assertThat(sql("wich carrier gets stuff to the West the fastest?")).startsWith("SELECT carrier, ")
                .contains("ship_region = 'West'");
    }

    @Test
    void nicknames_and_slang_name_values() {
        assertThat(sql("for Q3 2025 how many h&k orders went out with ups ground?"))
                .contains("category = 'Home & Kitchen'", "carrier = 'UPS'");
        assertThat(sql("In 2024, how many orders got sent back because they broke in shipping?"))
                .contains("status = 'returned'", "return_reason = 'damaged_in_transit'");
        assertThat(sql("how many apparel returns in 2025 were because it didn't fit?"))
                .contains("return_reason = 'size_fit'");
        assertThat(sql("how many fedx parcels are in transit rn")).contains("carrier = 'FedEx'", "status = 'shipped'");
    }

    @Test
    void a_value_listed_after_an_excluded_one_is_excluded_too_but_not_a_value_after_another() {
        assertThat(sql("apart from books and grocery, what is the AOV for 2025"))
                .contains("NOT IN ('Books', 'Grocery')");
        assertThat(sql("excluding fedex, how many orders did vip customers place"))
                .contains("NOT IN ('FedEx')", "customer_segment = 'vip'");
        assertThat(sql("orders not shipped by fedex")).contains("NOT IN ('FedEx')").doesNotContain("shipped_at");
    }

    @Test
    void orders_or_shoppers_named_before_a_figure_are_its_rows() {
        assertThat(sql("orders go to massachusetts with dhl in 2025, the late rate is how much?"))
                .startsWith("SELECT 100.0 * avg(CASE WHEN is_late").contains("ship_state = 'MA'", "carrier = 'DHL'");
        assertThat(sql("orders and revenue by month in 2025")).contains("count(*) AS orders", "AS revenue");
        assertThat(sql("how many orders never got a csat survey")).startsWith("SELECT count(*) AS orders");
    }

    @Test
    void days_joined_by_a_dash_are_a_range_and_a_date_keeps_its_dashes() {
        assertThat(sql("florida orders delivered late during sept 8-19 2025"))
                .contains("TIMESTAMP '2025-09-08 00:00:00'", "TIMESTAMP '2025-09-20 00:00:00'");
        assertThat(sql("revenue on 2025-01-05")).contains("TIMESTAMP '2025-01-05 00:00:00'",
                "TIMESTAMP '2025-01-06 00:00:00'");
    }

    @Test
    void a_word_of_an_event_beside_another_value_of_its_column_is_that_value() {
        assertThat(sql("avg review score for returned orders compared to delivered ones"))
                .startsWith("SELECT status, avg(csat_score)").contains("status IN ('returned', 'delivered')");
    }

    @Test
    void on_time_is_not_late_and_both_side_by_side_group_by_the_flag() {
        assertThat(sql("how many orders arrived on time last month")).contains("is_late = false");
        assertThat(sql("csat on late deliveries vs on-time ones")).startsWith("SELECT is_late, avg(csat_score)")
                .contains("GROUP BY is_late").doesNotContain("is_late = ");
        assertThat(sql("on-time rate by carrier")).contains("AS on_time_rate").doesNotContain("is_late = false");
    }

    @Test
    void never_having_a_measure_is_zero_or_missing_and_a_negation_reaches_past_model_words() {
        assertThat(sql("how many orders never got a csat survey")).contains("(csat_score = 0 OR csat_score IS NULL)");
    }

    @Test
    void chat_style_requests_are_read_for_what_they_ask() {
        assertThat(sql("hey can u pull total sales for 2025 split by channel"))
                .startsWith("SELECT channel, sum(order_total) AS revenue");
    }

    @Test
    void comparing_a_follow_up_s_value_with_the_last_one_sets_both_side_by_side() {
        GeneratedSql second = followUp("return rate for Electronics in 2025", "compare with Apparel");

        assertThat(second.sql()).startsWith("SELECT category, ").contains("category IN ('Electronics', 'Apparel')");
    }

    @Test
    void comparing_a_follow_up_s_period_with_the_last_one_sets_both_side_by_side() {
        GeneratedSql second = followUp("revenue in december 2025", "and how does that compare to dec 2024?");

        assertThat(second.sql()).contains("sum(order_total) AS revenue", "'December 2024'", "'December 2025'");
        assertThat(ORDERS.warehouse().execute(new SqlQuery(second.sql(), 10, Duration.ofSeconds(10))).rows()).hasSize(2);
    }

    @Test
    void named_days_and_the_weeks_around_them_are_periods() {
        assertThat(sql("revenue on black friday 2024")).contains("order_ts >= TIMESTAMP '2024-11-29 00:00:00'",
                "order_ts < TIMESTAMP '2024-11-30 00:00:00'");
        assertThat(sql("late rate for cyber monday 2024")).contains("order_ts >= TIMESTAMP '2024-12-02 00:00:00'",
                "order_ts < TIMESTAMP '2024-12-03 00:00:00'");
        assertThat(sql("orders by carrier in cyber monday week 2025")).contains("order_ts >= TIMESTAMP '2025-12-01 00:00:00'",
                "order_ts < TIMESTAMP '2025-12-08 00:00:00'");
        assertThat(sql("returns in the week of march 12 2025")).contains("order_ts >= TIMESTAMP '2025-03-10 00:00:00'",
                "order_ts < TIMESTAMP '2025-03-17 00:00:00'");
        assertThat(sql("revenue on christmas eve 2024")).contains("order_ts >= TIMESTAMP '2024-12-24 00:00:00'",
                "order_ts < TIMESTAMP '2024-12-25 00:00:00'");
    }

    @Test
    void days_compare_each_order_s_delivery_time() {
        assertThat(sql("how many orders took over 5 days to arrive in the west"))
                .contains("delivered_at IS NOT NULL", "(date_diff('second', order_ts, delivered_at) / 86400.0) > 5",
                        "ship_region = 'West'");
        assertThat(sql("return rate for orders delivered within 2 days or less"))
                .contains("(date_diff('second', order_ts, delivered_at) / 86400.0) <= 2");
        assertThat(sql("orders that needed 6+ days to deliver by region")).contains("GROUP BY ship_region")
                .contains("(date_diff('second', order_ts, delivered_at) / 86400.0) >= 6").endsWith("DESC");
        assertThat(sql("orders in the last 7 days")).doesNotContain("date_diff");
        assertThat(sql("the 3 fastest carriers")).doesNotContain("86400.0) >= 3").endsWith("ASC LIMIT 3");
    }

    @Test
    void databricks_compares_delivery_time_in_its_own_functions() {
        String sql = ORDERS.generator().generate("orders that took more than 4 days", Conversation.empty("s"), SqlDialect.DATABRICKS).sql();
        assertThat(sql).contains("(unix_timestamp(delivered_at) - unix_timestamp(order_ts)) / 86400.0) > 4")
                .doesNotContain("date_diff");
    }

    @Test
    void broken_down_by_is_grammar_even_where_broken_is_a_value() {
        assertThat(sql("refunds broken down by carrier")).contains("GROUP BY carrier").doesNotContain("defective");
    }

    @Test
    void an_order_id_is_grouped_by_only_when_asked_for_by_name() {
        assertThat(sql("refunds by order id for DHL")).contains("GROUP BY order_id");
    }

    @Test
    void asides_and_hedges_carry_no_data() {
        assertThat(sql("specifically, how many orders did FedEx carry in 2025 thx")).contains("carrier = 'FedEx'");
        assertThat(sql("wanna get a quick rundown of revenue for CA and WA combined")).doesNotContain("GROUP BY")
                .contains("ship_state IN ('CA', 'WA')");
        assertThat(sql("cc orders from the marketplace in Q1 2025: how much money went back?"))
                .startsWith("SELECT sum(refund_amount) AS refunds");
        assertThatThrownBy(() -> sql("timely deliveries by carrier for elderly customers"))
                .isInstanceOf(QuestionNotUnderstoodException.class);
        assertThat(sql("Q3 2025 - total revenue? leave the cancelled ones out obviously"))
                .contains("status NOT IN ('cancelled')", "order_ts >= TIMESTAMP '2025-07-01 00:00:00'");
        assertThat(sql("sorry new here - what does a business customer usually spend per order? like the average basket"))
                .startsWith("SELECT sum(order_total) / count(*) AS average_order_value")
                .contains("customer_segment = 'business'");
        assertThat(sql("net revenue (sales minus refunds) for the first half of 2025"))
                .startsWith("SELECT sum(order_total) - sum(refund_amount) AS net_revenue");
        assertThat(sql("avg csat for december pls, putting it on the board for stand-up"))
                .startsWith("SELECT avg(csat_score)");
        assertThat(sql("avg rating from customers in q3 2025")).startsWith("SELECT avg(csat_score) AS csat");
        assertThat(sql("for month-end close: gross revenue booked in november 2025"))
                .startsWith("SELECT sum(order_total) AS revenue")
                .contains("order_ts >= TIMESTAMP '2025-11-01 00:00:00'");
        assertThat(sql("Morning team - total number of support tickets logged on orders placed last week?"))
                .startsWith("SELECT sum(support_tickets)");
        assertThat(sql("What was the number one reason people sent stuff back last quarter?"))
                .startsWith("SELECT return_reason, count(*)").contains("status = 'returned'", "ORDER BY count(*) DESC");
    }

    @Test
    void a_date_with_slashes_is_month_first_in_the_united_states_unless_its_first_part_is_above_12() {
        assertThat(sql("how many klarna orders were cancelled on 3/14/2025"))
                .contains("order_ts >= TIMESTAMP '2025-03-14 00:00:00'", "order_ts < TIMESTAMP '2025-03-15 00:00:00'");
        assertThat(sql("orders on 14/03/2025")).contains("order_ts >= TIMESTAMP '2025-03-14 00:00:00'");
        assertThat(sql("orders on 3/4/2025")).contains("order_ts >= TIMESTAMP '2025-03-04 00:00:00'");
    }

    @Test
    void a_share_of_a_yes_no_event_is_its_rate_and_a_closer_name_of_a_figure_outranks_a_plain_word() {
        assertThat(sql("how often did packages show up late in the southeast, month by month through 2025?"))
                .startsWith("SELECT CAST(date_trunc('month', order_ts) AS DATE) AS month, "
                        + "100.0 * avg(CASE WHEN is_late")
                .contains("ship_region = 'Southeast'").doesNotContain("is_late = true");
        assertThat(sql("How much money did we keep after refunds in Q3 2025?"))
                .startsWith("SELECT sum(order_total) - sum(refund_amount) AS net_revenue");
        assertThat(sql("net revenue for Q4 2025 please, after refunds paid out"))
                .startsWith("SELECT sum(order_total) - sum(refund_amount) AS net_revenue");
    }

    @Test
    void which_is_the_x_groups_by_it_and_on_time_percent_is_the_rate() {
        assertThat(sql("which is the carrier more slow in 2025")).startsWith("SELECT carrier, avg(date_diff(");
        assertThat(sql("fedex on time % last quarter vs the quarter before"))
                .contains("avg(CASE WHEN is_late THEN 0.0 ELSE 1.0 END)", "carrier = 'FedEx'")
                .doesNotContain("is_late = false");
    }

    @Test
    void how_much_was_refunded_is_an_amount_and_orders_held_at_one_score_are_counted() {
        assertThat(sql("how much was refunded on damaged items last month"))
                .startsWith("SELECT sum(refund_amount) AS refunds").doesNotContain("refund_amount > 0");
        assertThat(sql("orders with 1 star csat by carrier in december"))
                .startsWith("SELECT carrier, count(*) AS orders").contains("csat_score = 1");
    }

    @Test
    void a_named_day_without_a_year_is_the_latest_one_when_a_figure_is_asked_for_it() {
        assertThat(sql("how many cyber monday orders ended up arriving late?")).contains("is_late = true",
                "order_ts >= TIMESTAMP '2025-12-01 00:00:00'", "order_ts < TIMESTAMP '2025-12-02 00:00:00'");
        assertThatThrownBy(() -> sql("lessons from black friday")).isInstanceOf(QuestionNotUnderstoodException.class);
    }

    @Test
    void one_in_how_many_and_how_often_ask_for_a_share() {
        assertThat(sql("last year, one in how many orders ended up cancelled?"))
                .startsWith("SELECT 100.0 * avg(CASE WHEN status = 'cancelled'");
        assertThat(sql("how often do orders under $25 get sent back"))
                .startsWith("SELECT 100.0 * avg(CASE WHEN status = 'returned'").contains("order_total < 25");
    }

    @Test
    void how_well_a_group_does_at_a_yes_no_event_is_its_rate() {
        assertThat(sql("which carrier was the biggest laggard on getting stuff there on time in 2025"))
                .startsWith("SELECT carrier, 100.0 * avg(CASE WHEN is_late").endsWith("DESC")
                .doesNotContain("is_late = false");
        assertThat(sql("how many orders were not late in 2025")).contains("is_late = false");
    }

    @Test
    void values_listed_then_for_each_get_one_figure_apiece() {
        assertThat(sql("CA and WA, revenue for each in 2025")).startsWith("SELECT ship_state, sum(order_total)")
                .contains("ship_state IN ('CA', 'WA')", "GROUP BY ship_state");
        assertThat(sql("revenue for CA and WA in 2025")).doesNotContain("GROUP BY");
    }

    @Test
    void delivery_days_and_items_per_order_in_plain_words() {
        assertThat(sql("how many days does delivery take on average, every region please"))
                .startsWith("SELECT ship_region, avg(date_diff('second', order_ts, delivered_at))");
        assertThat(sql("September 2025, FedEx: average days from order to delivery"))
                .startsWith("SELECT avg(date_diff('second', order_ts, delivered_at))").contains("carrier = 'FedEx'");
        assertThat(sql("For orders going to the West, how many items does an order have on average? 2024 only"))
                .startsWith("SELECT avg(quantity) AS units_per_order").contains("ship_region = 'West'");
    }

    @Test
    void one_source_the_data_lacks_is_named_and_left_out() {
        GeneratedSql instagram = ORDERS.generator().generate("orders that came from instagram ads last month",
                Conversation.empty("s"), SqlDialect.DUCKDB);

        assertThat(instagram.sql()).startsWith("SELECT count(*) AS orders").doesNotContain("instagram");
        assertThat(instagram.notes()).anyMatch(note -> note.contains("from instagram ads"));
        assertThatThrownBy(() -> sql("revenue for free standard shipping")).isInstanceOf(
                QuestionNotUnderstoodException.class);
    }

    @Test
    void chat_spellings_numbers_as_words_and_contractions_without_their_apostrophe() {
        assertThat(sql("rev by region last yr")).startsWith("SELECT ship_region, sum(order_total)")
                .contains("order_ts >= TIMESTAMP '2025-01-01 00:00:00'");
        assertThat(sql("how many ppl bought from us in the midwest this past year"))
                .startsWith("SELECT count(DISTINCT customer_id)").contains("ship_region = 'Midwest'");
        assertThat(sql("In December, how many orders had two or more tickets?")).contains("support_tickets >= 2");
        assertThat(sql("how many orders last month didnt need any support ticket at all"))
                .contains("(support_tickets = 0 OR support_tickets IS NULL)");
        assertThat(sql("how many orders came in on black friday this past yr"))
                .contains("order_ts >= TIMESTAMP '2025-11-28 00:00:00'", "order_ts < TIMESTAMP '2025-11-29 00:00:00'");
    }

    @Test
    void the_rows_of_a_share_are_told_from_its_part() {
        assertThat(sql("how likely is an apparel order from the app to be sent back? 2025"))
                .startsWith("SELECT 100.0 * avg(CASE WHEN status = 'returned'")
                .contains("category = 'Apparel'", "channel = 'mobile'");
        assertThat(sql("ratio of cancelled to all orders for bnpl on march 14 2025"))
                .startsWith("SELECT 100.0 * avg(CASE WHEN status = 'cancelled'").contains("payment_method = 'klarna'");
        assertThat(sql("one in how many vip orders gets a support ticket? 2025"))
                .contains("FILTER (WHERE support_tickets > 0)", "customer_segment = 'vip'")
                .doesNotContain("support_tickets = 2025");
        assertThat(sql("of the apparel returns last year what share were size/fit problems?"))
                .contains("FILTER (WHERE return_reason = 'size_fit')", "category = 'Apparel' AND status = 'returned'");
        assertThat(sql("what % of orders in 2025 had some kind of discount on them?"))
                .contains("FILTER (WHERE discount_amount > 0)").doesNotContain("sum(discount_amount)");
    }

    @Test
    void may_after_between_is_the_month_and_since_the_start_of_a_year_starts_with_it() {
        assertThat(sql("How much did we refund on the Nimbus X2 wireless earbuds between May and July 2025?"))
                .contains("order_ts >= TIMESTAMP '2025-05-01 00:00:00'", "order_ts < TIMESTAMP '2025-08-01 00:00:00'");
        assertThat(sql("since the start of 2025, how many days does USPS usually take to deliver"))
                .startsWith("SELECT avg(date_diff('second', order_ts, delivered_at))")
                .contains("carrier = 'USPS'", "order_ts >= TIMESTAMP '2025-01-01 00:00:00'");
    }

    @Test
    void a_period_the_shop_names_stands_for_its_dates() {
        assertThat(sql("total discounts given on home & kitchen during the spring refresh sale"))
                .contains("category = 'Home & Kitchen'", "order_ts >= TIMESTAMP '2025-04-01 00:00:00'",
                        "order_ts < TIMESTAMP '2025-04-08 00:00:00'");
        assertThat(sql("orders by region during hurricane delia 2025")).contains("GROUP BY ship_region",
                "order_ts >= TIMESTAMP '2025-09-08 00:00:00'", "order_ts < TIMESTAMP '2025-09-20 00:00:00'");
    }

    @Test
    void words_the_model_lists_under_several_values_stand_for_all_of_them() {
        assertThat(sql("app orders not shipped yet - how many??"))
                .contains("status IN ('pending', 'processing')", "channel = 'mobile'");
        assertThat(sql("still processing orders last month")).contains("status = 'processing'")
                .doesNotContain("pending");
    }

    @Test
    void the_hour_of_the_day_is_a_grain_and_hours_said_otherwise_are_named() {
        assertThat(sql("what is the busiest hour of the day for orders"))
                .startsWith("SELECT hour(order_ts) AS hour_of_day, count(*) AS orders");
        assertThat(sql("average order value by time of day in 2025")).contains("GROUP BY hour(order_ts)");
        assertThat(ORDERS.generator().generate("how many orders arrived within 48 hours", Conversation.empty("s"),
                SqlDialect.DUCKDB).notes()).anySatisfy(note -> assertThat(note).contains("'hours'"));
    }

    @Test
    void short_years_halves_and_closing_days_read_as_dates() {
        assertThat(sql("Dec '25 revenue from orders over $200")).contains("order_ts >= TIMESTAMP '2025-12-01 00:00:00'",
                "order_ts < TIMESTAMP '2026-01-01 00:00:00'");
        assertThat(sql("late delivery rate for miami in the back half of 2025"))
                .contains("order_ts >= TIMESTAMP '2025-07-01 00:00:00'", "order_ts < TIMESTAMP '2026-01-01 00:00:00'");
        assertThat(sql("orders per day from dec 22nd to the 28th"))
                .contains("order_ts >= TIMESTAMP '2025-12-22 00:00:00'", "order_ts < TIMESTAMP '2025-12-29 00:00:00'");
    }

    @Test
    void a_value_between_a_ranking_and_its_noun_narrows_the_ranked_groups() {
        assertThat(sql("bottom 5 Books titles by revenue, 2025")).contains("category = 'Books'",
                "GROUP BY product_name", "ASC LIMIT 5");
        assertThat(sql("What fraction of last month's orders needed at least one support ticket?"))
                .contains("FILTER (WHERE support_tickets >= 1)");
    }

    @Test
    void two_amounts_joined_by_or_are_the_range_and_a_rate_is_never_over_the_rows_it_does_not_count() {
        assertThat(sql("which channel had the most customers with a csat of 1 or 2 last quarter"))
                .contains("count(DISTINCT customer_id)", "csat_score >= 1 AND csat_score <= 2", "GROUP BY channel");
        assertThat(sql("Count of orders rated 1 or 2 stars in Q4 2025, per channel"))
                .contains("csat_score >= 1 AND csat_score <= 2").doesNotContain("csat_score = 1");
        assertThat(sql("On-time problem check: FedEx to the Southeast, orders placed Sep 8-19 2025 - what % arrived late?"))
                .contains("avg(CASE WHEN is_late", "carrier = 'FedEx'").doesNotContain("is_late = false");
    }

    @Test
    void a_statement_of_what_the_figures_are_for_is_set_aside_beside_a_question_that_reads_alone() {
        GeneratedSql board = ORDERS.generator().generate("For the board deck I am drafting a slide on channel mix. Can"
                + " you give me the revenue split by channel for 2025?", Conversation.empty("s"), SqlDialect.DUCKDB);
        assertThat(board.sql()).startsWith("SELECT channel, sum(order_total) AS revenue");
        assertThat(board.notes()).anySatisfy(note -> assertThat(note).contains("'For the board deck I am drafting"));
        assertThat(sql("We are reviewing carrier contracts. Which carrier had the worst late rate in Q4 2025?"))
                .contains("avg(CASE WHEN is_late").doesNotContain("support_tickets");
        assertThat(sql("In 2024, how many orders got sent back because they broke in shipping?"))
                .contains("return_reason = 'damaged_in_transit'");
    }

    @Test
    void a_delta_between_two_periods_compares_them_and_periods_to_date_start_at_the_units_start() {
        assertThat(sql("what is the delta in AOV between Q3 and Q4 2025")).contains("THEN 'Q3 2025'", "THEN 'Q4 2025'");
        assertThat(sql("QTD orders")).contains("order_ts >= TIMESTAMP '2026-01-01 00:00:00'");
        assertThat(sql("the customers of vip segment, how much they spend in average"))
                .startsWith("SELECT sum(order_total) / count(*) AS average_order_value");
    }

    @Test
    void a_period_said_with_a_period_over_period_word_is_set_beside_the_one_before_it() {
        assertThat(sql("what was the MoM change in orders for december 2025"))
                .contains("THEN 'November 2025'", "THEN 'December 2025'");
        assertThat(sql("YoY revenue growth for Q4 2025")).contains("THEN 'Q4 2024'", "THEN 'Q4 2025'");
        assertThat(sql("revenue MoM in 2025")).contains("date_trunc('month', order_ts)").doesNotContain("CASE");
        assertThat(sql("how many orders did we cancel in Q3 2025")).contains("status = 'cancelled'");
    }

    @Test
    void the_on_time_rate_and_refunds_as_a_share_of_revenue_are_figures_of_their_own() {
        assertThat(sql("on-time % by carrier last quarter"))
                .startsWith("SELECT carrier, 100.0 * avg(CASE WHEN is_late THEN 0.0 ELSE 1.0 END) AS on_time_rate");
        assertThat(sql("late rate by carrier")).contains("AS late_delivery_rate");
        assertThat(sql("refunds as a % of revenue in 2025")).startsWith("SELECT 100.0 * sum(refund_amount) / NULLIF(")
                .contains("AS refund_share_of_revenue");
    }

    @Test
    void orders_themselves_ranked_are_ranked_by_what_they_are_worth_and_the_most_orders_stays_a_count() {
        assertThat(sql("top 5 orders by value")).startsWith("SELECT order_id, sum(order_total) AS revenue")
                .endsWith("DESC LIMIT 5");
        assertThat(sql("the 10 largest orders of 2025")).startsWith("SELECT order_id, sum(order_total) AS revenue");
        assertThat(sql("which one had the most orders")).contains("count(*) AS orders");
    }

    @Test
    void a_year_named_with_its_kind_is_the_calendar_year_and_monday_to_sunday_is_every_day_of_the_week() {
        assertThat(sql("AOV by payment method, FY25")).contains("order_ts >= TIMESTAMP '2025-01-01 00:00:00'",
                "order_ts < TIMESTAMP '2026-01-01 00:00:00'", "GROUP BY payment_method");
        assertThat(sql("net revenue per quarter, fiscal year 2024")).contains("TIMESTAMP '2024-01-01 00:00:00'",
                "date_trunc('quarter', order_ts)");
        assertThat(sql("For calendar 2025, what share of revenue did each category account for?"))
                .contains("GROUP BY category", "TIMESTAMP '2025-01-01 00:00:00'");
        assertThat(sql("sales for every day of week in 2025 please, monday to sunday")).contains("dayname(order_ts)")
                .doesNotContain("dayname(order_ts) = ");
    }

    @Test
    void a_number_of_groups_beside_a_ranking_keeps_that_many_and_the_metrics_own_word_says_which_end() {
        assertThat(sql("3 cities with the quickest average delivery in 2025?")).contains("GROUP BY ship_city",
                "ASC LIMIT 3");
        assertThat(sql("top 3 cities with the fastest average delivery in 2025")).endsWith("ASC LIMIT 3");
        assertThat(sql("5 states with the most orders in 2025")).contains("GROUP BY ship_state").endsWith("DESC LIMIT 5");
    }

    @Test
    void a_city_is_grouped_with_its_state_so_that_two_cities_of_one_name_stay_apart() {
        assertThat(sql("orders by city")).startsWith("SELECT ship_city, ship_state, count(*)")
                .contains("GROUP BY ship_city, ship_state");
        assertThat(sql("orders by city and state")).contains("GROUP BY ship_city, ship_state")
                .doesNotContain("ship_state, ship_state");
    }

    @Test
    void values_left_out_by_a_verb_or_a_final_out_are_excluded() {
        assertThat(sql("revenue by category in 2025, strip out Electronics")).contains("NOT IN ('Electronics')");
        assertThat(sql("Q4 2025 net revenue, cancelled orders out obviously")).contains("NOT IN ('cancelled')")
                .doesNotContain("status = 'cancelled'");
        assertThat(followUp("revenue by category in 2025", "Now strip out Electronics - the earbud recall muddies that"
                + " category").sql()).contains("NOT IN ('Electronics')", "GROUP BY category");
    }

    @Test
    void days_named_by_weekday_and_ordinal_take_the_month_said_before_and_narrow_it() {
        assertThat(sql("daily order counts for the first week of December 2025 (Mon 1st through Sun 7th)"))
                .contains("order_ts >= TIMESTAMP '2025-12-01 00:00:00'", "order_ts < TIMESTAMP '2025-12-08 00:00:00'");
        assertThat(sql("orders per day in December 2025 from Mon 1st through Sun 7th")).doesNotContain("CASE")
                .contains("order_ts < TIMESTAMP '2025-12-08 00:00:00'");
        assertThat(sql("revenue during cyber week 2024")).contains("order_ts >= TIMESTAMP '2024-12-02 00:00:00'",
                "order_ts < TIMESTAMP '2024-12-09 00:00:00'");
        assertThat(sql("Orders per day over Cyber Week, Monday Dec 1 to Sunday Dec 7 2025.")).doesNotContain("CASE")
                .contains("order_ts >= TIMESTAMP '2025-12-01 00:00:00'", "order_ts < TIMESTAMP '2025-12-08 00:00:00'");
        assertThat(sql("return rate of Apparel on first half of year 2025")).contains(
                "order_ts >= TIMESTAMP '2025-01-01 00:00:00'", "order_ts < TIMESTAMP '2025-07-01 00:00:00'");
    }

    @Test
    void a_period_to_date_taken_as_of_a_day_runs_up_to_that_day() {
        assertThat(sql("QTD revenue as at the November 2025 close (Oct 1 through Nov 30)"))
                .contains("order_ts >= TIMESTAMP '2025-10-01 00:00:00'", "order_ts < TIMESTAMP '2025-12-01 00:00:00'")
                .doesNotContain("CASE");
        assertThat(sql("Nov 2025 MTD discounts as of the 15th")).contains("order_ts >= TIMESTAMP '2025-11-01 00:00:00'",
                "order_ts < TIMESTAMP '2025-11-16 00:00:00'");
    }

    @Test
    void an_amount_before_a_money_column_is_a_value_of_that_column() {
        assertThat(sql("what share of orders in 2025 had a $14.99 shipping fee?"))
                .contains("FILTER (WHERE shipping_fee = 14.99)").doesNotContain("order_total = 14.99");
        assertThat(sql("orders with a $20 discount")).contains("discount_amount = 20");
        assertThat(sql("shipping fee income between Jul 1 and Sep 30 2025, non-cancelled orders only"))
                .startsWith("SELECT sum(shipping_fee) AS shipping_fees").doesNotContain("count(*)");
    }

    @Test
    void a_change_between_periods_sets_each_against_the_one_before_it() {
        assertThat(sql("What's the delta in number of orders, Black Friday 2025 vs Black Friday 2024?"))
                .contains("(count(*)) - lag(count(*)) OVER (ORDER BY min(order_ts)) AS orders_change",
                        "AS orders_change_pct");
        assertThat(sql("YoY revenue - full year 2025 vs full year 2024")).contains("AS revenue_change")
                .doesNotContain("year(order_ts)", "date_trunc('year'");
        assertThat(sql("revenue change by channel 2025 vs 2024"))
                .contains("OVER (PARTITION BY channel ORDER BY min(order_ts)) AS revenue_change");
        assertThat(sql("revenue in 2025 vs 2024")).doesNotContain("lag(");
        assertThat(followUp("what's the change in revenue, 2025 vs 2024", "and for mobile?").sql())
                .contains("channel = 'mobile'", "AS revenue_change");
    }

    @Test
    void a_leading_purpose_or_a_statement_beside_the_question_is_set_aside() {
        assertThat(sql("For the trend line on the risk slide I need cancellation rate by quarter for 2024 and 2025."))
                .contains("AS cancellation_rate", "date_trunc('quarter', order_ts)");
        assertThat(sql("Context: we're sizing a premium tier. What fraction of 2025 revenue came from orders above two"
                + " hundred dollars?")).contains("FILTER (WHERE order_total > 200)").doesNotContain("size_fit");
        assertThat(sql("For VIP customers, what's the average basket size in dollars in each channel this past year?"))
                .contains("customer_segment = 'vip'", "GROUP BY channel").doesNotContain("size_fit");
    }

    @Test
    void ranges_of_one_column_that_no_row_is_in_at_once_are_bands_to_count_in() {
        assertThat(sql("For 2025, how many orders fell under $50, how many between $50 and $200, and how many were over"
                + " $200?")).startsWith("SELECT CASE WHEN order_total < 50 THEN 'under $50' WHEN order_total >= 50 AND"
                + " order_total <= 200 THEN '$50 to $200' WHEN order_total > 200 THEN 'over $200' END AS order_total_band");
        assertThat(sql("orders under $50 vs over $200 in 2025")).contains("((order_total < 50) OR (order_total > 200))")
                .doesNotContain("order_total < 50 AND order_total > 200");
        assertThat(sql("orders by value band: under $50, $50-$200, over $200")).contains("THEN '$50 to $200'");
        assertThat(sql("revenue from orders between $50 and $200")).doesNotContain("CASE")
                .contains("order_total >= 50 AND order_total <= 200");
        assertThat(followUp("orders under $50 vs over $200 in 2025", "and for mobile?").sql())
                .contains("channel = 'mobile'", "AS order_total_band");
    }

    @Test
    void the_first_entity_ranked_is_grouped_and_one_counted_after_it_is_the_figure() {
        assertThat(sql("which customers placed the most orders in 2025")).startsWith("SELECT customer_id, count(*)")
                .contains("GROUP BY customer_id ORDER").doesNotContain("order_id");
        assertThat(sql("top 5 VIP customers by revenue")).startsWith("SELECT customer_id, sum(order_total)")
                .contains("customer_segment = 'vip'").endsWith("DESC LIMIT 5");
    }

    @Test
    void words_of_chat_british_english_and_half_written_sql_are_read_as_meant() {
        assertThat(sql("ok so random thought, i was looking at the dashboards and kinda wondering what our return rate"
                + " looked like for apparel in q3 2025? no rush!!")).contains("category = 'Apparel'", "AS return_rate");
        assertThat(sql("quick one - avg delivery time per courier for parcels sent to Texas in H2 2025, cheers"))
                .contains("ship_state = 'TX'", "GROUP BY carrier");
        assertThat(sql("how many parcels did each courier deliver last fortnight"))
                .contains("order_ts >= TIMESTAMP '2025-12-18 00:00:00'");
        assertThat(sql("orders dispatched in Q3 2025 by courier")).contains("shipped_at IS NOT NULL");
        assertThat(sql("sum of order_total by carrier for 2025 sorted desc")).endsWith("ORDER BY sum(order_total) DESC");
        assertThat(sql("count of orders by state, ascending")).contains("ORDER BY count(*) ASC");
        assertThat(sql("avg basket value pivot by region, 2025")).contains("GROUP BY ship_region");
        assertThat(sql("distinct count of customer_id per segment")).contains("count(DISTINCT customer_id)",
                "GROUP BY customer_segment");
    }

    @Test
    void rows_that_lack_something_are_set_against_those_that_have_it_never_filtered_on_both() {
        assertThat(sql("aov for orders with free shipping vs without")).contains(
                "CASE WHEN (shipping_fee = 0 OR shipping_fee IS NULL) THEN 'no shipping fee' ELSE 'all others' END");
        assertThat(sql("Last quarter: avg order value on free-shipping orders vs orders where the customer paid for"
                + " shipping?")).contains("THEN 'no shipping fee' ELSE 'all others' END")
                .doesNotContain("shipping_fee > 0 AND", "AND shipping_fee > 0");
        assertThat(sql("aov for paid shipping orders in 2025")).contains("WHERE shipping_fee > 0");
    }

    @Test
    void signs_of_comparison_compare_the_column_they_follow() {
        assertThat(sql("AOV where quantity >= 3, calendar 2025")).contains("quantity >= 3");
        assertThat(sql("filter to orders with discount_amount > 0, what % of 2025 revenue")).contains(
                "FILTER (WHERE discount_amount > 0)");
        assertThat(sql("orders with csat_score <= 2")).contains("csat_score <= 2");
    }

    @Test
    void a_number_after_a_figure_that_averages_a_column_compares_that_column() {
        assertThat(sql("how many orders had a satisfaction score of 2 or less in 2025")).contains("csat_score <= 2");
        assertThat(sql("how many different VIP customers left us a satisfaction score of 1 or 2")).contains(
                "count(DISTINCT customer_id)", "csat_score >= 1", "csat_score <= 2");
    }

    @Test
    void a_bound_after_a_number_no_column_takes_is_named_as_not_used() {
        GeneratedSql unread = ORDERS.generator().generate("how many orders had an aov of 100 or more in 2025",
                Conversation.empty("s"), SqlDialect.DUCKDB);
        assertThat(unread.notes()).anySatisfy(note -> assertThat(note).contains("'100 or more'"));
    }

    @Test
    void a_value_between_which_and_its_noun_narrows_what_is_ranked() {
        assertThat(sql("Which Home & Kitchen SKU moved the most units in 2025?")).startsWith("SELECT sku,")
                .contains("category = 'Home & Kitchen'", "GROUP BY sku");
    }

    @Test
    void a_judgement_of_a_flag_ranks_its_rate_where_most_counts_it() {
        assertThat(sql("Which carrier let business customers down worst on late deliveries in H2 2025?"))
                .startsWith("SELECT carrier, 100.0 * avg(CASE WHEN is_late").contains("customer_segment = 'business'");
        assertThat(sql("which customers had the most late deliveries")).contains("count(*)", "is_late = true");
    }

    @Test
    void days_written_before_their_month_and_weeks_named_by_their_first_day_are_read() {
        assertThat(sql("orders from 8th to 19th September 2025")).contains("order_ts >= TIMESTAMP '2025-09-08",
                "order_ts < TIMESTAMP '2025-09-20");
        assertThat(sql("orders between the 8th and 19th of September 2025")).contains(
                "order_ts >= TIMESTAMP '2025-09-08", "order_ts < TIMESTAMP '2025-09-20").doesNotContain("CASE WHEN");
        assertThat(sql("Total orders for the week commencing 24/11/2025")).contains(
                "order_ts >= TIMESTAMP '2025-11-24", "order_ts < TIMESTAMP '2025-12-01");
        assertThat(sql("sum of revenue by week for Dec 2025 (weeks starting Monday)")).contains("date_trunc('week'");
        assertThat(sql("Cancellation rate for the fortnight starting 1st of March 2025?")).contains(
                "order_ts >= TIMESTAMP '2025-03-01", "order_ts < TIMESTAMP '2025-03-15");
        assertThat(sql("orders in the 10 days from June 3 2025")).contains("order_ts < TIMESTAMP '2025-06-13");
    }

    @Test
    void a_bound_after_an_amount_of_money_compares_the_column_named_before_it() {
        assertThat(sql("Revenue per category in 2025 from items with a price point of $100 or more")).contains(
                "unit_price >= 100", "GROUP BY category");
    }

    @Test
    void the_values_a_leading_phrase_set_aside_names_still_say_which_rows() {
        GeneratedSql hurricane = ORDERS.generator().generate("For the FedEx weather chaos in the Southeast, orders"
                + " placed Sept 8 to Sept 19 2025, how many days on average did those parcels take?",
                Conversation.empty("s"), SqlDialect.DUCKDB);
        assertThat(hurricane.sql()).contains("carrier = 'FedEx'", "ship_region = 'Southeast'");
        assertThat(hurricane.notes()).anySatisfy(note -> assertThat(note).contains(
                "From 'For the FedEx weather chaos in the Southeast' I read only FedEx and Southeast"));
    }

    @Test
    void amounts_of_a_money_column_set_against_none_of_it_are_compared_value_by_value() {
        assertThat(sql("Late delivery rate in 2025 for orders that paid the $14.99 expedited postage versus orders"
                + " with free postage")).startsWith("SELECT shipping_fee,").contains("shipping_fee IN ('14.99', '0')",
                "GROUP BY shipping_fee");
        assertThat(sql("AOV for orders with a $5.99 shipping fee")).startsWith(
                "SELECT sum(order_total) / count(*) AS average_order_value").contains("shipping_fee = 5.99");
    }

    @Test
    void chat_around_a_question_is_set_aside() {
        assertThat(sql("so there's a chicago pop-up idea floating around and i got asked, like, how many orders"
                + " chicago ppl placed in the last 3 months?")).contains("ship_city = 'Chicago'");
        assertThat(sql("how many support tickets did business accounts raise last month")).contains(
                "sum(support_tickets)", "customer_segment = 'business'");
        assertThat(sql("What slice of December 2025 sales came from Toys?")).contains(
                "FILTER (WHERE category = 'Toys')");
    }

    @Test
    void a_length_of_time_before_or_after_a_period_is_the_days_next_to_it() {
        assertThat(sql("units sold during the Spring Refresh week compared with the 7 days right before it")).contains(
                "order_ts >= TIMESTAMP '2025-03-25", "order_ts < TIMESTAMP '2025-04-01").doesNotContain("date_diff");
        assertThat(sql("revenue in the 7 days after black friday 2025")).contains("order_ts >= TIMESTAMP '2025-11-29",
                "order_ts < TIMESTAMP '2025-12-06");
    }

    @Test
    void abbreviations_typed_on_a_phone_are_read() {
        assertThat(sql("aov ly by chnl")).contains("GROUP BY channel", "order_ts >= TIMESTAMP '2025-01-01",
                "order_ts < TIMESTAMP '2026-01-01");
        assertThat(sql("late % fedex dec")).contains("carrier = 'FedEx'", "order_ts >= TIMESTAMP '2025-12-01");
        assertThat(sql("cxl rate by pmt method 2025")).contains("GROUP BY payment_method", "'cancelled'");
        assertThat(sql("rtns by rgn ly")).contains("status = 'returned'", "GROUP BY ship_region");
    }

    @Test
    void a_figure_taken_away_that_no_metric_expresses_is_named_as_not_used() {
        GeneratedSql minus = ORDERS.generator().generate("revenue minus shipping fees in 2025", Conversation.empty("s"),
                SqlDialect.DUCKDB);
        assertThat(minus.notes()).anySatisfy(note -> assertThat(note).contains("'minus shipping fees'",
                "still include it"));
        assertThat(sql("revenue minus refunds in 2025")).contains("sum(order_total) - sum(refund_amount)");
        assertThat(sql("tix opened on cyber mon")).contains("sum(support_tickets)",
                "order_ts >= TIMESTAMP '2025-12-01");
    }

    @Test
    void an_entity_after_more_or_most_is_counted_never_listed_one_by_one() {
        assertThat(sql("which promo brought more orders, black friday or cyber monday 2025")).contains("count(*)")
                .doesNotContain("order_id");
        assertThat(sql("which customers placed the most orders")).startsWith("SELECT customer_id, count(*)");
        assertThat(sql("orders that had more than one ticket, by carrier, 2025")).contains("support_tickets > 1",
                "GROUP BY carrier");
    }

    @Test
    void years_of_two_digits_are_read_where_nothing_else_is_meant() {
        assertThat(sql("rev 25 vs 24")).contains("THEN '2025'", "THEN '2024'");
        assertThat(sql("how many unique buyers in 25")).contains("count(DISTINCT customer_id)",
                "order_ts >= TIMESTAMP '2025-01-01", "order_ts < TIMESTAMP '2026-01-01");
        assertThat(sql("orders with 3 vs 4 items")).doesNotContain("2003", "2004");
        assertThat(sql("how many orders had a csat of 5 or 4")).doesNotContain("2005");
    }

    @Test
    void short_words_for_units_categories_and_black_friday_are_read() {
        assertThat(sql("how many pieces of SKU SPO-1008 we have sold in december 2025?")).startsWith(
                "SELECT sum(quantity)").contains("sku = 'SPO-1008'");
        assertThat(sql("top 3 cats by sales 2025")).contains("GROUP BY category", "LIMIT 3");
        assertThat(sql("orders per day BF week 2025")).contains("order_ts >= TIMESTAMP '2025-11-24",
                "order_ts < TIMESTAMP '2025-12-01");
        assertThat(sql("revenue in the SW by qtr")).contains("ship_region = 'Southwest'");
    }

    @Test
    void a_product_is_known_by_its_brand_and_what_it_is() {
        assertThat(sql("how many different customers bought the Hearthstone cast-iron skillet on 2025?")).contains(
                "product_name = 'Hearthstone 10-inch cast-iron skillet'");
        assertThat(sql("units of the Hearthstone skillet")).contains(
                "product_name = 'Hearthstone 10-inch cast-iron skillet'");
    }

    @Test
    void tickets_opened_and_a_bound_after_its_noun_are_read() {
        assertThat(sql("average satisfaction score of the orders where customer has opened two tickets or more"))
                .contains("avg(csat_score)", "support_tickets >= 2");
        assertThat(sql("orders with 3 items or more")).contains("quantity >= 3");
    }

    @Test
    void tickets_by_phone_are_not_the_mobile_channel() {
        GeneratedSql byPhone = ORDERS.generator().generate("how many support tickets in november 2025 was opened by"
                + " phone?", Conversation.empty("s"), SqlDialect.DUCKDB);
        assertThat(byPhone.sql()).contains("sum(support_tickets)").doesNotContain("channel");
        assertThat(byPhone.notes()).anySatisfy(note -> assertThat(note).contains("'by phone'"));
        assertThat(sql("revenue from phone orders")).contains("channel = 'mobile'");
    }

    @Test
    void a_judgement_of_rows_with_a_rate_ranks_the_rate() {
        assertThat(sql("worst category for returns 2025?")).contains("AS return_rate", "GROUP BY category")
                .doesNotContain("status = 'returned' AND");
        assertThat(sql("which carrier has the most returns")).contains("count(*)", "status = 'returned'");
        assertThat(sql("Which carrier was worst at hitting its promised dates last quarter?")).contains(
                "AS late_delivery_rate", "GROUP BY carrier");
    }

    @Test
    void a_named_day_the_year_before_is_that_day_a_year_earlier() {
        assertThat(sql("How did this past Black Friday compare with the one the year before, in revenue?")).contains(
                "order_ts >= TIMESTAMP '2025-11-28", "order_ts >= TIMESTAMP '2024-11-29").doesNotContain(
                "TIMESTAMP '2025-01-01");
        assertThat(sql("revenue this past Black Friday vs the previous year's Black Friday")).contains(
                "order_ts >= TIMESTAMP '2024-11-29");
        assertThat(sql("orders on cyber monday 2025 vs cyber monday the year before")).contains(
                "order_ts >= TIMESTAMP '2024-12-02");
    }

    @Test
    void a_range_of_weeks_runs_from_the_first_monday_to_the_last_sunday() {
        assertThat(sql("Weekly order counts from the week of Nov 17 through the week of Dec 22, 2025.")).contains(
                "order_ts >= TIMESTAMP '2025-11-17", "order_ts < TIMESTAMP '2025-12-29", "date_trunc('week'")
                .doesNotContain("CASE");
    }

    @Test
    void which_one_of_the_things_named_first_ranks_them() {
        assertThat(sql("Out of the states in the West region, which one had the slowest deliveries on average in"
                + " 2025?")).contains("GROUP BY ship_state", "ship_region = 'West'");
        assertThat(sql("for Apparel, which is the most often reason of return during last year?")).contains(
                "GROUP BY return_reason", "category = 'Apparel'");
    }

    @Test
    void money_names_the_amount_another_word_says() {
        assertThat(sql("How much money did we hand back in refunds in November 2025?")).startsWith(
                "SELECT sum(refund_amount)");
        assertThat(sql("how much money did we make in 2025")).startsWith("SELECT sum(order_total)");
        assertThat(followUp("How much money did we hand back in refunds in November 2025?",
                "and how much of that went to VIP customers?").sql()).startsWith("SELECT sum(refund_amount)")
                .contains("customer_segment = 'vip'");
    }

    @Test
    void days_to_ship_and_days_from_shipping_to_delivery_are_their_own_figures() {
        assertThat(sql("average days between shipping and delivery by carrier in 2025")).contains(
                "avg(date_diff('second', shipped_at, delivered_at))", "GROUP BY carrier");
        assertThat(sql("how long does it take us to ship an order on average")).startsWith(
                "SELECT avg(date_diff('second', order_ts, shipped_at))").doesNotContain("count(*)");
        assertThat(sql("average delivery time by carrier")).contains("avg(date_diff('second', order_ts, delivered_at))");
    }

    @Test
    void a_share_asked_of_the_last_answer_is_taken_of_it() {
        assertThat(followUp("how much did we refund in 2025", "what share of revenue was that").sql()).contains(
                "AS refund_share_of_revenue", "order_ts >= TIMESTAMP '2025-01-01");
        assertThat(followUp("revenue by channel in 2025", "what share of that is mobile").sql()).contains(
                "FILTER (WHERE channel = 'mobile')", "order_ts >= TIMESTAMP '2025-01-01").doesNotContain("GROUP BY");
        assertThat(sql("What share of revenue was refunded in 2025?")).contains("AS refund_share_of_revenue");
    }

    @Test
    void the_year_before_a_period_is_the_same_period_a_year_earlier() {
        assertThat(sql("december 2025 revenue vs the year before")).contains("THEN 'December 2024'")
                .doesNotContain("THEN '2025'");
        assertThat(sql("q3 2025 orders compared with the year before")).contains("THEN 'Q3 2024'");
        assertThat(sql("how many orders came in on black friday last year compared to the year before?")).contains(
                "order_ts >= TIMESTAMP '2025-11-28", "order_ts >= TIMESTAMP '2024-11-29").doesNotContain(
                "TIMESTAMP '2025-01-01");
        assertThat(sql("revenue last year's cyber monday")).contains("order_ts >= TIMESTAMP '2025-12-01",
                "order_ts < TIMESTAMP '2025-12-02");
    }

    @Test
    void the_most_late_deliveries_are_counted_and_spenders_ranked_by_what_they_spent() {
        assertThat(sql("which three cities had the most late deliveries in december?")).contains("count(*)",
                "is_late = true", "LIMIT 3");
        assertThat(sql("who are our 5 biggest spenders in 2025?")).startsWith(
                "SELECT customer_id, sum(order_total)").contains("LIMIT 5");
        assertThat(sql("avg order valu by day of wk last yr")).contains("AS average_order_value", "dayname");
    }

    @Test
    void rows_said_again_without_what_they_had_are_set_against_the_rest() {
        assertThat(sql("csat on orders that had a support ticket vs orders with none")).contains(
                "CASE WHEN support_tickets > 0", "GROUP BY CASE");
        assertThat(sql("csat on orders with a support ticket vs orders without one")).contains(
                "CASE WHEN support_tickets > 0", "GROUP BY CASE");
    }

    @Test
    void a_yes_or_no_question_comparing_flagged_rows_sets_them_against_the_others() {
        assertThat(sql("do late orders get worse ratings?")).startsWith("SELECT is_late, avg(csat_score)")
                .contains("GROUP BY is_late").doesNotContain("order_id");
    }

    @Test
    void the_share_of_each_groups_rows_that_had_something_is_that_groups_own_share() {
        assertThat(sql("what share of orders needed at least one support ticket? split by channel")).startsWith(
                "SELECT channel, 100.0 * (count(*) FILTER (WHERE support_tickets >= 1)) / NULLIF(count(*), 0) AS "
                        + "share_of_orders").contains("GROUP BY channel", "ORDER BY 100.0 * (count(*) FILTER");
        assertThat(sql("share of revenue by channel")).contains("OVER ()");
        assertThat(sql("What proportion of our 2025 revenue was generated by VIP customers, as opposed to everyone"
                + " else?")).contains("OVER ()", "CASE WHEN customer_segment = 'vip'");
    }

    @Test
    void a_length_of_time_ending_on_a_day_runs_up_to_and_including_it() {
        assertThat(sql("turnover for the quarter ending 30/09/2025")).contains("'2025-07-01 00:00:00'",
                "'2025-10-01 00:00:00'");
        assertThat(sql("orders for the week ending Sunday 28 December 2025")).contains("'2025-12-22 00:00:00'",
                "'2025-12-29 00:00:00'");
        assertThat(sql("revenue in the 12 months ended June 30, 2025")).contains("'2024-07-01 00:00:00'",
                "'2025-07-01 00:00:00'");
    }

    @Test
    void a_date_only_day_first_says_the_others_are_day_first_too() {
        assertThat(sql("late rate for orders placed 8/9/2025 to 21/9/2025")).contains("'2025-09-08 00:00:00'",
                "'2025-09-22 00:00:00'");
        assertThat(sql("late rate for orders placed 8/9/2025 to 8/21/2025")).contains("'2025-08-09 00:00:00'");
    }

    @Test
    void weekdays_before_the_days_of_a_span_are_read_past() {
        assertThat(sql("Orders per day over Christmas week, Mon 22nd to Sun 28th December 2025")).contains(
                "'2025-12-22 00:00:00'", "'2025-12-29 00:00:00'", "CAST(order_ts AS DATE)");
    }

    @Test
    void an_abbreviation_with_a_full_stop_does_not_end_the_sentence() {
        assertThat(sql("Could you analyse net revenue quarter by quarter for 2025 (i.e. after refunds)?")).contains(
                "date_trunc('quarter'", "sum(refund_amount)", "'2025-01-01 00:00:00'");
    }

    @Test
    void how_long_orders_took_to_arrive_is_their_delivery_time() {
        assertThat(sql("on average how many days it took USPS orders to arrive last month")).contains(
                "AS delivery_days", "carrier = 'USPS'").doesNotContain("count(*)");
    }

    @Test
    void a_delivery_charge_is_the_shipping_fee() {
        assertThat(sql("How many orders in Q4 2025 had free postage, i.e. no delivery charge at all?")).contains(
                "shipping_fee = 0").doesNotContain("delivered_at");
    }

    @Test
    void each_of_the_states_of_a_region_is_a_group() {
        assertThat(sql("cancellation rate for each of my Southeast states over the first half of 2025")).contains(
                "GROUP BY ship_state", "ship_region = 'Southeast'");
    }

    @Test
    void arriving_after_the_date_we_promised_is_arriving_late() {
        assertThat(sql("for the orders placed on cyber monday 2025, how many of them ended up arriving after the date"
                + " we promised?")).contains("is_late = true", "count(*)");
    }

    @Test
    void is_there_a_day_when_we_get_the_most_asks_which_day() {
        assertThat(sql("Is there a day of the week when we usually get the most orders?")).contains("dayname",
                "ORDER BY count(*) DESC");
    }

    @Test
    void the_named_day_of_another_year_follows_the_one_before() {
        assertThat(followUp("how many orders did we get on black friday 2024?", "oh wow ok, and on the 2025 one?")
                .sql()).contains("'2025-11-28 00:00:00'", "'2025-11-29 00:00:00'");
        assertThat(followUp("revenue in march 2024", "and the 2025 one?").sql()).contains("'2025-03-01 00:00:00'",
                "'2025-04-01 00:00:00'");
    }

    @Test
    void a_segment_named_with_its_customers_in_a_follow_up_keeps_the_figure() {
        assertThat(followUp("What was the average CSAT for VIP customers in 2025?",
                "how does that stack up against business customers?").sql()).contains("avg(csat_score)",
                "customer_segment IN ('vip', 'business')").doesNotContain("DISTINCT");
    }

    @Test
    void a_weekend_is_its_saturday_and_sunday_and_the_one_before_is_a_week_earlier() {
        assertThat(sql("rev last wknd")).contains("'2025-12-27 00:00:00'", "'2025-12-29 00:00:00'");
        assertThat(followUp("rev last wknd", "n the one before").sql()).contains("'2025-12-20 00:00:00'",
                "'2025-12-22 00:00:00'");
    }

    @Test
    void the_one_before_a_period_is_as_long_and_right_before_it() {
        assertThat(followUp("revenue in march 2025", "what about the previous one").sql()).contains(
                "'2025-02-01 00:00:00'", "'2025-03-01 00:00:00'");
        assertThat(followUp("revenue last week", "and the one before").sql()).contains("'2025-12-15 00:00:00'",
                "'2025-12-22 00:00:00'");
    }

    @Test
    void washington_alone_is_the_state() {
        assertThat(sql("orders from Washington in 2025")).contains("ship_state = 'WA'");
    }

    @Test
    void and_the_least_after_a_ranking_turns_it_round() {
        assertThat(followUp("which payment method brought in the most revenue last year", "and the least?").sql())
                .contains("GROUP BY payment_method", "ASC");
    }

    @Test
    void a_grouping_written_with_wise_is_by_that_column() {
        assertThat(sql("Kindly provide month-wise return rate for the Apparel category for the year 2025."))
                .contains("date_trunc('month', order_ts)", "category = 'Apparel'");
        assertThat(sql("please share carrier wise CSAT score for last month")).contains("GROUP BY carrier")
                .doesNotContain("share_of");
        assertThat(sql("statewise orders in 2025")).contains("GROUP BY ship_state");
        assertThat(sql("otherwise, how many orders in 2025")).doesNotContain("GROUP BY");
    }

    @Test
    void share_as_a_request_to_send_is_not_a_share_of_a_total() {
        assertThat(sql("Kindly share count of customers by segment who have given CSAT of 2 or below in Dec 2025"))
                .contains("count(DISTINCT customer_id)", "csat_score <= 2", "GROUP BY customer_segment")
                .doesNotContain("share_of");
        assertThat(sql("what share of orders were paid by klarna in 2025")).contains("share_of");
    }

    @Test
    void no_with_a_dot_is_a_number_not_none() {
        assertThat(sql("total no. of tickets raised on orders which were delivered late in Q4 2025"))
                .startsWith("SELECT sum(support_tickets)").contains("is_late").doesNotContain("support_tickets = 0");
    }

    @Test
    void a_period_from_a_month_onwards_runs_on_from_it() {
        assertThat(sql("average delivery days for orders shipped to Texas from July 2025 onwards"))
                .contains("'2025-07-01 00:00:00'").doesNotContain("'2025-08-01 00:00:00'");
    }

    @Test
    void big_ticket_orders_are_not_about_support_tickets() {
        assertThat(sql("Big-ticket orders (over $1,000) placed in 2025: how many per payment method?"))
                .contains("order_total > 1000", "GROUP BY payment_method").doesNotContain("support_tickets");
    }

    @Test
    void weekend_against_weekday_groups_the_days_in_two() {
        assertThat(sql("Weekend vs weekday order volume in Q4 2025?")).contains(
                "CASE WHEN isodow(order_ts) IN (6, 7) THEN 'weekend' ELSE 'weekday' END AS day_type")
                .doesNotContain("dayname");
        assertThat(sql("orders by weekday in Q4 2025")).contains("dayname(order_ts)");
    }

    @Test
    void the_heaviest_week_is_the_one_with_the_most() {
        assertThat(sql("Which week in 2025 had the heaviest ticket load?")).contains("date_trunc('week', order_ts)",
                "sum(support_tickets)", "DESC");
    }

    @Test
    void a_weekday_before_a_named_day_is_the_last_such_day_before_it() {
        assertThat(sql("How did Cyber Monday 2025 order volume compare with the Monday before it?")).contains(
                "'2025-12-01 00:00:00'", "'2025-11-24 00:00:00'", "'2025-11-25 00:00:00'");
    }

    @Test
    void the_same_period_of_another_year_keeps_its_days() {
        assertThat(followUp("units sold in the first nine months of 2025", "and for the same period of 2024?").sql())
                .contains("'2024-01-01 00:00:00'", "'2024-10-01 00:00:00'");
    }

    @Test
    void a_wish_to_see_after_the_question_is_set_aside() {
        assertThat(sql("Give me weekly order counts for December 2025, I want to see how the holiday rush tapered"
                + " off")).contains("date_trunc('week', order_ts)", "count(*)");
    }

    @Test
    void a_second_figure_asked_in_its_own_clause_is_computed_too() {
        assertThat(sql("How many 2025 orders had a discount above $100, and what revenue did they bring in?"))
                .startsWith("SELECT count(*) AS orders, sum(order_total)").contains("discount_amount > 100");
        assertThat(sql("how many orders did we get in 2025 and how much revenue")).startsWith(
                "SELECT count(*) AS orders, sum(order_total)");
    }

    @Test
    void rows_within_a_bound_are_set_against_the_others() {
        assertThat(sql("Late rate for big orders (5 or more items) vs smaller ones, 2025")).contains(
                "CASE WHEN quantity >= 5 THEN", "ELSE 'all others' END");
        assertThat(sql("late rate for orders with 5 or more items vs the rest in 2025")).contains(
                "CASE WHEN quantity >= 5 THEN");
    }

    @Test
    void the_shops_incidents_are_periods_by_their_short_names() {
        assertThat(sql("Which Southeast state copped the most late FedEx deliveries during the hurricane mess?"))
                .contains("'2025-09-08 00:00:00'", "'2025-09-20 00:00:00'", "GROUP BY ship_state");
        assertThat(sql("units of the Nimbus X2 earbuds sold in the months of the battery problem"))
                .contains("'2025-05-01 00:00:00'", "'2025-08-01 00:00:00'", "sum(quantity)");
    }

    @Test
    void words_of_a_request_that_restate_the_query_change_nothing() {
        assertThat(sql("Please confirm net revenue for orders placed 1 July 2025 through 30 September 2025 inclusive"))
                .startsWith("SELECT sum(order_total) - sum(refund_amount)").contains("'2025-10-01 00:00:00'");
        assertThat(sql("MoM revenue for the mobile channel across 2025 pls, one row per month"))
                .contains("date_trunc('month', order_ts)", "channel = 'mobile'");
        assertThat(followUp("What was the average CSAT score for Apparel orders placed in 2024?",
                "And the same measure for 2025, please.").sql())
                .contains("avg(csat_score)", "category = 'Apparel'", "'2025-01-01 00:00:00'");
        assertThat(sql("How much did we flog to California in the first half of 2025?"))
                .startsWith("SELECT sum(order_total)").contains("ship_state = 'CA'");
    }

    @Test
    void the_months_of_a_quarter_named_again_are_the_quarter() {
        assertThat(sql("Refund totals by month of order placement for Q3 2025 (July, August, September)."))
                .contains("date_trunc('month', order_ts)", "'2025-07-01 00:00:00'", "'2025-10-01 00:00:00'")
                .doesNotContain("CASE WHEN");
    }

    @Test
    void a_clause_defining_the_rows_is_set_aside() {
        assertThat(sql("How many distinct customers did each customer segment contain in calendar year 2024, treating"
                + " a customer as active if they placed an order of any status during that year?"))
                .contains("count(DISTINCT customer_id)", "GROUP BY customer_segment", "'2024-01-01 00:00:00'");
    }

    @Test
    void at_least_one_order_narrows_nothing() {
        assertThat(sql("How many customers gave a satisfaction score of 2 or lower on at least one order placed in"
                + " Q4 2025?")).startsWith("SELECT count(DISTINCT customer_id)").contains("csat_score <= 2")
                .doesNotContain("order_id");
        assertThat(sql("customers who gave a 1-star score on at least one purchase")).isEqualTo(
                "SELECT count(DISTINCT customer_id) AS customers FROM orders WHERE csat_score = 1");
    }

    @Test
    void customers_named_on_both_sides_of_a_group_against_the_rest_are_not_grouped_one_by_one() {
        assertThat(sql("Over 2025, how did the average number of support tickets per order for VIP customers compare"
                + " with the average for all other customers combined?"))
                .contains("avg(support_tickets)", "ELSE 'all others' END").doesNotContain("GROUP BY customer_id");
    }

    @Test
    void an_exclusion_said_with_a_share_is_its_part() {
        assertThat(sql("what's the non-marketplace share of 2025 revenue (web + app combined)?"))
                .contains("FILTER (WHERE channel IN ('web', 'mobile'))").doesNotContain("NOT IN ('marketplace')");
    }

    @Test
    void delivered_orders_are_the_rows_the_late_rate_is_taken_over() {
        assertThat(sql("For USPS shipments, what proportion of delivered orders arrived after the promised date in the"
                + " first half of 2025 versus the second half?")).contains("avg(CASE WHEN is_late", "carrier = 'USPS'",
                "'H1 2025'").doesNotContain("status = 'delivered'");
    }

    @Test
    void orders_with_none_across_the_whole_dataset_are_the_other_side() {
        assertThat(sql("Is satisfaction lower when a customer has had to contact support? Compare mean CSAT for orders"
                + " with at least one support ticket against orders with none, across the whole dataset."))
                .contains("CASE WHEN support_tickets >= 1", "avg(csat_score)");
    }

    @Test
    void a_value_said_as_included_narrows_nothing_and_a_metric_that_leaves_it_out_says_so() {
        assertThat(sql("orders in 2025 including cancelled ones")).doesNotContain("status");
        GeneratedSql revenue = ORDERS.generator().generate("revenue in 2025 including cancelled orders",
                Conversation.empty("s"), SqlDialect.DUCKDB);
        assertThat(revenue.sql()).doesNotContain("status = 'cancelled'");
        assertThat(revenue.notes()).anySatisfy(note -> assertThat(note).contains("'cancelled orders'",
                "status <> 'cancelled'"));
    }

    @Test
    void customers_named_after_a_value_and_its_column_are_counted() {
        assertThat(sql("how many vip-segment customers ordered in 2025?")).startsWith(
                "SELECT count(DISTINCT customer_id)").contains("customer_segment = 'vip'");
    }

    @Test
    void the_same_for_another_year_is_the_period_just_read_in_that_year() {
        assertThat(followUp("orders on black friday 2024", "same for 2025").sql()).contains(
                "'2025-11-28 00:00:00'", "'2025-11-29 00:00:00'").doesNotContain("'2026-01-01 00:00:00'");
        assertThat(followUp("revenue in march 2024", "same for 2025").sql()).contains("'2025-03-01 00:00:00'",
                "'2025-04-01 00:00:00'");
    }

    @Test
    void a_value_before_the_rows_word_says_which_rows_and_overall_after_two_groups_means_in_general() {
        GeneratedSql csat = ORDERS.generator().generate("How does customer satisfaction on mobile orders compare with"
                + " web orders, overall?", Conversation.empty("s"), SqlDialect.DUCKDB);
        assertThat(csat.sql()).startsWith("SELECT channel, avg(csat_score)").doesNotContain("order_id");
        assertThat(csat.notes()).isEmpty();
        GeneratedSql whole = ORDERS.generator().generate("Atlanta and Chicago AOV compared with overall",
                Conversation.empty("s"), SqlDialect.DUCKDB);
        assertThat(whole.notes()).anySatisfy(note -> assertThat(note).contains("'compared with overall'"));
    }

    @Test
    void a_word_of_english_is_no_typo_of_a_model_word() {
        assertThat(sql("On which day of the week do our orders tend to produce the most support tickets?")).startsWith(
                "SELECT dayname(order_ts) AS day_of_week, sum(support_tickets)").doesNotContain("product_name");
        assertThat(sql("In 2025, how many orders carrying three or more support tickets did each carrier handle?"))
                .contains("support_tickets >= 3", "GROUP BY carrier");
    }

    @Test
    void only_or_restricted_to_a_flag_keeps_those_rows_and_the_figure_asked_before() {
        assertThat(followUp("What was the average CSAT per carrier in 2025?", "Thank you. I would now like the same"
                + " view, restricted to deliveries that arrived late.").sql()).contains("avg(csat_score)",
                        "is_late = true", "GROUP BY carrier", "'2025-01-01 00:00:00'");
        assertThat(followUp("What was the average CSAT per carrier in 2025?", "same view, only late deliveries").sql())
                .contains("avg(csat_score)", "is_late = true");
    }

    @Test
    void a_count_of_days_is_no_count_of_rows_but_days_a_figure_is_measured_in_are() {
        assertThatThrownBy(() -> sql("how many days does a customer have to send something back?"))
                .isInstanceOf(QuestionNotUnderstoodException.class).hasMessageContaining("'days'");
        assertThat(sql("how many days did FedEx orders take to arrive last month")).contains("AS delivery_days",
                "carrier = 'FedEx'");
    }

    @Test
    void a_period_said_as_left_out_is_taken_out_of_the_rows_never_taken_as_the_period() {
        GeneratedSql revenue = ORDERS.generator().generate("revenue in 2025 excluding Black Friday",
                Conversation.empty("s"), SqlDialect.DUCKDB);
        assertThat(revenue.sql()).contains("order_ts >= TIMESTAMP '2025-01-01 00:00:00'",
                "NOT (order_ts >= TIMESTAMP '2025-11-28 00:00:00' AND order_ts < TIMESTAMP '2025-11-29 00:00:00')");
        assertThat(revenue.notes()).isEmpty();
        assertThat(revenue.context().get(GeneratedSql.SCOPE)).hasValueSatisfying(scope -> assertThat(scope)
                .contains("2025 excluding Black Friday 2025"));
        assertThat(followUp("What was the cancellation rate by payment method in March 2025?", "and without March 14?")
                .sql()).contains("order_ts >= TIMESTAMP '2025-03-01 00:00:00'",
                        "NOT (order_ts >= TIMESTAMP '2025-03-14 00:00:00'", "GROUP BY payment_method");
        assertThat(followUp("revenue in 2025 excluding Black Friday", "and in 2024?").sql())
                .contains("'2024-01-01 00:00:00'").doesNotContain("NOT (");
    }

    @Test
    void a_heading_before_a_colon_bounds_the_question_after_it() {
        assertThat(sql("Cyber Monday: how many orders did each channel bring in?")).contains("GROUP BY channel",
                "'2025-12-01 00:00:00'", "'2025-12-02 00:00:00'");
    }

    @Test
    void ranked_for_a_status_with_a_rate_counts_those_rows() {
        assertThat(sql("what are the top three skus for returns in electronics")).startsWith(
                "SELECT sku, count(*) AS orders").contains("status = 'returned'", "LIMIT 3");
        assertThat(sql("top three skus in electronics")).startsWith("SELECT sku, sum(order_total) AS revenue");
    }

    @Test
    void promo_spend_is_the_discounts_metric() {
        assertThat(sql("promo spend check for 2025: total discounts given to VIPs vs. all the other segments combined"))
                .contains("sum(discount_amount) AS discounts", "ELSE 'all others'", "status <> 'cancelled'");
    }

    @Test
    void a_second_figure_asked_in_a_clause_of_its_own_is_measured_too() {
        assertThat(sql("Last month: what did we give away in discounts and what did we bill in shipping fees?"))
                .contains("sum(discount_amount) AS discounts", "sum(shipping_fee) AS shipping_fees");
        assertThat(sql("FY2025 by tender type: gross revenue and net revenue after refunds for each payment method."))
                .contains("AS revenue", "AS net_revenue", "GROUP BY payment_method");
    }

    @Test
    void a_month_range_runs_from_the_first_month_even_when_it_is_may() {
        assertThat(sql("Refund totals on the Nimbus X2 earbuds per month, May through July 2025.")).contains(
                "order_ts >= TIMESTAMP '2025-05-01 00:00:00'", "order_ts < TIMESTAMP '2025-08-01 00:00:00'");
        assertThat(sql("refunds May-July 2025")).contains("'2025-05-01 00:00:00'", "'2025-08-01 00:00:00'");
        assertThat(sql("refunds Jan\u2013Mar 2025 by month")).contains("'2025-01-01 00:00:00'", "'2025-04-01 00:00:00'");
    }

    @Test
    void rows_ranked_by_the_number_of_something_are_counted_not_valued() {
        assertThat(sql("Top 5 SKUs by number of orders returned as defective, across the whole history."))
                .startsWith("SELECT sku, count(*) AS orders").contains("return_reason = 'defective'", "LIMIT 5");
        assertThat(sql("top 5 orders by value")).startsWith("SELECT order_id");
    }

    @Test
    void a_request_after_what_the_figures_are_for_is_read_alone() {
        assertThat(sql("I hope this isn't too much trouble. We've been debating internally whether our VIP members "
                + "really spend more per order than ordinary consumer customers, so could you perhaps give me the "
                + "average order value for VIP versus consumer for last year?")).contains(
                        "customer_segment IN ('vip', 'consumer')", "GROUP BY customer_segment", "'2025-01-01 00:00:00'");
        assertThat(sql("Thank you so much for your patience with all my questions. I'm now trying to get a feel for "
                + "how our business accounts are trending: could you tell me the number of distinct business "
                + "customers who ordered in each quarter of 2025?")).contains("count(DISTINCT customer_id)",
                        "customer_segment = 'business'", "date_trunc('quarter', order_ts)");
    }

    @Test
    void the_same_figure_for_two_values_puts_them_side_by_side() {
        assertThat(followUp("Could you please tell me the average CSAT of our VIP customers in 2025?", "That's "
                + "lovely, thank you. Would you mind showing the same figure for the business and consumer segments "
                + "as well, so that I can compare them?").sql()).contains("avg(csat_score)",
                        "customer_segment IN ('vip', 'business', 'consumer')", "GROUP BY customer_segment");
        assertThat(followUp("revenue in texas in 2025", "same for california and ohio").sql())
                .contains("ship_state IN ('CA', 'OH')", "GROUP BY ship_state");
    }

    @Test
    void an_event_named_in_part_or_typed_short_is_still_that_event() {
        assertThat(sql("For the Klarna incident write-off memo: on the outage day, what was the cancellation rate on "
                + "Klarna orders versus all other payment methods combined?")).contains("'2025-03-14 00:00:00'",
                        "'2025-03-15 00:00:00'", "ELSE 'all others'");
        assertThat(sql("black fri vs cyber mon 2025, rev each?")).contains("'2025-11-28 00:00:00'",
                "'2025-12-01 00:00:00'");
    }

    @Test
    void an_amount_bounded_or_in_dollars_is_never_a_year() {
        assertThat(sql("orders over $2,000 in 2025")).contains("order_total > 2000", "'2025-01-01 00:00:00'")
                .doesNotContain("'2000-01-01");
        assertThat(sql("how many orders were more than 2000 dollars")).contains("order_total > 2000")
                .doesNotContain("TIMESTAMP");
        assertThat(sql("revenue in 2025 over 2024")).contains("'2024-01-01 00:00:00'", "'2025-01-01 00:00:00'");
    }

    @Test
    void customers_are_kept_by_their_own_tickets_or_spend_not_by_each_order() {
        assertThat(sql("wich customers have raised 7 or more support tickets overall?")).startsWith(
                "SELECT customer_id, sum(support_tickets) AS support_tickets").contains(
                        "HAVING sum(support_tickets) >= 7").doesNotContain("WHERE support_tickets");
        assertThat(sql("how many customers spent over $1,500 in 2025")).startsWith(
                "SELECT count(DISTINCT customer_id)").contains("HAVING sum(order_total)", "> 1500")
                .doesNotContain("order_total > 1500");
        assertThat(sql("orders with 2 or more support tickets")).contains("WHERE support_tickets >= 2")
                .doesNotContain("HAVING");
    }

    @Test
    void a_column_figure_joined_to_a_count_is_measured_too() {
        assertThat(sql("the number of orders and the sum of order_total in 2025")).startsWith(
                "SELECT count(*) AS orders, sum(order_total)");
        assertThat(sql("number of orders and average quantity in 2025")).startsWith(
                "SELECT count(*) AS orders, avg(quantity)");
        assertThat(sql("For orders with a total above $300 placed in 2025, give me the number of orders and the "
                + "summed order_total")).startsWith("SELECT count(*) AS orders, sum(order_total)")
                .contains("order_total > 300");
        assertThat(sql("For orders placed in 2025 on web, give me the number of orders and the revenue")).startsWith(
                "SELECT count(*) AS orders, sum(order_total) FILTER (WHERE status <> 'cancelled') AS revenue");
    }

    @Test
    void one_value_against_the_other_values_puts_each_beside_it_and_together_sets_it_against_the_rest() {
        assertThat(sql("how did FedEx's late rate compare with the other carriers in 2025")).startsWith(
                "SELECT carrier,").contains("GROUP BY carrier").doesNotContain("carrier = 'FedEx'");
        assertThat(sql("West revenue vs the other regions combined")).contains(
                "CASE WHEN ship_region = 'West' THEN 'West' ELSE 'all others' END");
    }

    @Test
    void amounts_bounds_and_limits_as_other_languages_and_keyword_typers_write_them() {
        assertThat(sql("orders in 2025 with a total superior to 2.500,00 $")).contains("order_total > 2500.00");
        assertThat(sql("orders with a discount inferior to 10 $")).contains("discount_amount < 10");
        assertThat(sql("orders in 2025 above $100,00")).contains("order_total > 100.00");
        assertThat(sql("orders in 2025 below 24,99 $")).contains("order_total < 24.99");
        assertThat(sql("BF25 vs BF24 revenue")).contains("'Black Friday 2025 (November 28, 2025)'",
                "'Black Friday 2024 (November 29, 2024)'");
        assertThat(sql("top3 categories revenue 2025")).contains("GROUP BY category", "LIMIT 3");
        assertThat(sql("late rate month for month in 2025")).contains("date_trunc('month', order_ts)");
        assertThat(sql("how much did we pay back on klarna orders in 2025")).startsWith("SELECT sum(refund_amount)");
    }

    @Test
    void words_joined_the_other_way_round_name_the_same_thing() {
        assertThat(sql("average of the tickets of support divided per method of payment")).contains(
                "avg(support_tickets)", "GROUP BY payment_method");
        assertThat(sql("number of orders by channel")).startsWith("SELECT channel, count(*)");
    }

    @Test
    void the_figure_asked_after_a_clause_naming_another_is_the_one_measured() {
        assertThat(sql("With all the discounts, what was our revenue in 2025?")).startsWith(
                "SELECT sum(order_total)").doesNotContain("discount_amount");
        assertThat(sql("what was our revenue and what were the refunds in 2025")).contains("sum(order_total)",
                "sum(refund_amount)");
    }

    @Test
    void the_rows_a_figure_is_taken_of_are_not_counted_beside_it() {
        assertThat(sql("the CSAT average of the orders with 3 or more support tickets")).startsWith(
                "SELECT avg(csat_score)").doesNotContain("count(*)");
    }

    @Test
    void since_an_event_runs_from_its_start_or_its_end_to_today() {
        assertThat(sql("orders since the klarna outage")).contains("order_ts >= TIMESTAMP '2025-03-14 00:00:00'",
                "order_ts < TIMESTAMP '2026-01-02 00:00:00'");
        assertThat(sql("revenue since the spring refresh sale ended")).contains(
                "order_ts >= TIMESTAMP '2025-04-08 00:00:00'");
        assertThat(sql("Since the outage hit (March 14, 2025) how many orders used klarna?")).contains(
                "order_ts >= TIMESTAMP '2025-03-14 00:00:00'", "order_ts < TIMESTAMP '2026-01-02 00:00:00'");
    }

    @Test
    void periods_compared_in_a_sentence_before_the_figures_are_still_compared() {
        assertThat(sql("How did Cyber Monday 2025 stack up against Cyber Monday 2024? Revenue for each of the two "
                + "days.")).contains("'Cyber Monday 2025 (December 1, 2025)'", "'Cyber Monday 2024 (December 2, 2024)'")
                .doesNotContain("delivered_at");
    }

    @Test
    void a_period_compared_with_one_inside_it_is_labelled_for_the_rest_of_it() {
        assertThat(sql("return rate in Q4 2025, confronted with the other months of 2025")).contains(
                "THEN 'Q4 2025'", "THEN 'the rest of 2025'");
    }

    @Test
    void the_same_week_a_year_earlier_is_the_week_52_weeks_before() {
        assertThat(sql("orders in the week of december 15 2025 vs the same week a year earlier")).contains(
                "order_ts >= TIMESTAMP '2024-12-16 00:00:00'", "order_ts < TIMESTAMP '2024-12-23 00:00:00'");
    }

    @Test
    void a_quarter_called_a_trimester_is_a_quarter() {
        assertThat(sql("revenue by region in the third trimester of 2025")).contains(
                "order_ts >= TIMESTAMP '2025-07-01 00:00:00'", "order_ts < TIMESTAMP '2025-10-01 00:00:00'");
    }

    @Test
    void when_the_figures_are_needed_is_no_period_they_cover() {
        assertThat(sql("Late rate by carrier in 2025? We need them for the review of tomorrow.")).contains(
                "order_ts < TIMESTAMP '2026-01-01 00:00:00'").doesNotContain("2026-01-02");
    }

    @Test
    void a_question_beside_the_one_asked_is_set_aside_when_the_two_cannot_be_read_together() {
        assertThat(sql("refunds by category for Q3 2025. Are we bleeding money EVERYWHERE or only in Electronics?? "
                + "Be straight with me.")).contains("GROUP BY category").doesNotContain("category = 'Electronics'");
    }

    @Test
    void a_long_word_in_capitals_is_stress_and_a_short_one_may_be_a_name() {
        assertThat(sql("which region has the WORST late rate in 2025, it is HORRIBLE")).contains(
                "GROUP BY ship_region");
        assertThatThrownBy(() -> sql("revenue from ACME orders in 2025"))
                .isInstanceOf(QuestionNotUnderstoodException.class).hasMessageContaining("'ACME'");
    }

    @Test
    void a_request_written_as_a_user_story_is_read_without_its_framing() {
        assertThat(sql("As a support lead I want to see the late rate by carrier for 2025.")).contains(
                "GROUP BY carrier", "order_ts >= TIMESTAMP '2025-01-01 00:00:00'");
        assertThat(sql("As a PM I need weekly orders in December 2025 on the ops dashboard.")).contains(
                "date_trunc('week', order_ts)");
        assertThat(sql("AC: the region tile shows revenue per region for last month.")).contains(
                "GROUP BY ship_region", "order_ts >= TIMESTAMP '2025-12-01 00:00:00'");
        assertThat(sql("Given H1 2025, when I filter the report by channel, then each channel shows its return rate."))
                .contains("GROUP BY channel", "order_ts < TIMESTAMP '2025-07-01 00:00:00'");
    }

    @Test
    void conditions_said_the_long_way_are_the_same_conditions() {
        assertThat(sql("the number of orders in May 2025 paid with PayPal, counting every such order regardless of "
                + "status except those that ended up returned")).contains("payment_method = 'paypal'",
                        "status NOT IN ('returned')");
        assertThat(sql("total refunds in 2025 on orders from customers outside the VIP segment, not counting orders "
                + "that were cancelled")).contains("customer_segment NOT IN ('vip')", "status NOT IN ('cancelled')")
                .doesNotContain("status = 'cancelled'");
        assertThat(sql("With regard to orders placed in Q3 2025, what was the refund total, provided that any order "
                + "carried by UPS is left out of the total (those are audited separately)?")).contains(
                        "carrier NOT IN ('UPS')", "order_ts >= TIMESTAMP '2025-07-01 00:00:00'");
        assertThat(sql("average CSAT in 2025 for late deliveries, taking into account only orders where a survey "
                + "score exists")).startsWith("SELECT avg(csat_score)").contains("is_late = true");
        assertThat(sql("cancellation rate of the orders paid with PayPal and, for comparison, of all orders paid by "
                + "any other method taken together in 2025")).contains(
                        "CASE WHEN payment_method = 'paypal' THEN 'paypal' ELSE 'all others' END");
    }

    @Test
    void accounts_are_customers_and_a_value_left_out_after_its_name_is_left_out() {
        assertThat(sql("how many distinct business accounts ordered in 2025")).startsWith(
                "SELECT count(DISTINCT customer_id)").contains("customer_segment = 'business'");
        assertThat(sql("Electronics orders in 2025, leaving the Nimbus X2 wireless earbuds out of the count")).contains(
                "product_name NOT IN ('Nimbus X2 wireless earbuds')");
    }

    @Test
    void excluding_leaves_out_what_follows_it_and_excluded_what_it_follows() {
        assertThat(sql("refunds in the Southeast excluding FedEx")).contains("ship_region = 'Southeast'",
                "carrier NOT IN ('FedEx')");
        assertThat(sql("UPS excluded, how many orders in the West")).contains("carrier NOT IN ('UPS')",
                "ship_region = 'West'");
        assertThat(sql("revenue by region, cancelled excluded")).contains("status NOT IN ('cancelled')");
    }

    @Test
    void a_whole_number_of_delivery_days_is_that_whole_day_not_an_exact_instant() {
        assertThat(sql("orders delivered in 3 days in 2025")).contains(
                "(date_diff('second', order_ts, delivered_at) / 86400.0) >= 3",
                "(date_diff('second', order_ts, delivered_at) / 86400.0) < 4");
    }

    @Test
    void a_value_between_the_number_and_what_is_ranked_narrows_it() {
        assertThat(sql("which 5 apparel products sold the most units in 2025?")).contains("category = 'Apparel'",
                "GROUP BY product_name", "LIMIT 5");
        assertThat(sql("revenue by apparel product in 2025")).contains("category = 'Apparel'",
                "GROUP BY product_name");
        assertThat(sql("average discount per Apparel order in 2025")).doesNotContain("GROUP BY");
    }

    @Test
    void a_month_written_year_first_and_weeks_said_to_start_on_monday() {
        assertThat(sql("orders per week in 2025-11 (weeks run Monday to Sunday)")).contains(
                "date_trunc('week', order_ts)", "order_ts >= TIMESTAMP '2025-11-01 00:00:00'",
                "order_ts < TIMESTAMP '2025-12-01 00:00:00'");
        assertThat(sql("orders on 2025-03-14")).contains("order_ts >= TIMESTAMP '2025-03-14 00:00:00'",
                "order_ts < TIMESTAMP '2025-03-15 00:00:00'");
    }

    @Test
    void half_years_are_a_grain() {
        assertThat(sql("half-yearly revenue for 2024")).contains(
                "make_date(year(order_ts), CASE WHEN month(order_ts) <= 6 THEN 1 ELSE 7 END, 1) AS half");
        assertThat(sql("return rate for each half year of 2024 and 2025")).contains("AS half");
    }

    @Test
    void a_year_said_once_after_two_periods_belongs_to_both() {
        assertThat(sql("refunds for Q2 and for Q3 of 2025")).contains("TIMESTAMP '2025-04-01 00:00:00'",
                "TIMESTAMP '2025-07-01 00:00:00'").doesNotContain("2026");
        assertThat(sql("net revenue for the first half and for the second half of 2024")).contains(
                "TIMESTAMP '2024-01-01 00:00:00'", "TIMESTAMP '2024-07-01 00:00:00'").doesNotContain("2026");
    }

    @Test
    void chat_shorthand_bars_slashes_and_crossed_columns() {
        assertThat(sql("yo how many diff customers bought in november 2025")).startsWith(
                "SELECT count(DISTINCT customer_id)");
        assertThat(sql("xmas week 2025 orders")).contains("order_ts >= TIMESTAMP '2025-12-22 00:00:00'");
        assertThat(sql("aov | channel x segment | 2025-Q2")).contains("GROUP BY channel, customer_segment",
                "order_ts >= TIMESTAMP '2025-04-01 00:00:00'");
        assertThat(sql("Black Friday 2025: refunds / carrier")).contains("GROUP BY carrier");
        assertThat(sql("CSAT for the Apparel category versus all remaining categories combined in 2025")).contains(
                "CASE WHEN category = 'Apparel' THEN 'Apparel' ELSE 'all others' END");
    }

    @Test
    void framing_restatements_and_remarks_say_nothing_of_the_rows() {
        assertThat(sql("Exercise 9: Total up the refunds for each carrier in 2025. Expected answer: four amounts."))
                .contains("GROUP BY carrier").doesNotContain("four");
        assertThat(sql("are returned orders rated worse? like the average csat for returned vs delivered orders in "
                + "2025, if that makes sense")).startsWith("SELECT status, avg(csat_score)");
        assertThat(sql("For Electronics returns in 2025, what was the most common return reason? (I think it is "
                + "mostly defective units, not sure)")).contains("GROUP BY return_reason").doesNotContain(
                        "return_reason = 'defective'");
    }

    @Test
    void restricting_the_answer_before_keeps_its_figure() {
        assertThat(followUp("average order value by channel in 2025", "Restrict that to orders with a discount.")
                .sql()).startsWith("SELECT channel, sum(order_total) / count(*)").contains("discount_amount > 0");
        assertThat(followUp("refunds by carrier in 2025", "only orders over $200").sql()).startsWith(
                "SELECT carrier, sum(refund_amount)").contains("order_total > 200");
    }

    @Test
    void a_bound_on_a_groups_own_figure_keeps_the_groups_that_meet_it() {
        assertThat(sql("which carriers had more than 3000 orders in 2025")).contains("GROUP BY carrier",
                "carrier IN (SELECT carrier FROM orders", "HAVING count(*) > 3000");
        assertThat(sql("categories with revenue over $500,000 in 2025")).contains("GROUP BY category",
                "HAVING sum(order_total)").doesNotContain("order_total > 500000");
        assertThat(sql("which products had refunds of more than $5,000 in 2025")).contains("GROUP BY product_name",
                "HAVING sum(refund_amount) > 5000");
        assertThat(sql("revenue by category for orders over $100 in 2025")).contains("order_total > 100")
                .doesNotContain("HAVING");
    }

    @Test
    void relative_to_another_value_sets_the_two_side_by_side() {
        assertThat(sql("return rate for Oregon relative to Washington in 2025")).contains("GROUP BY ship_state",
                "ship_state IN ('OR', 'WA')");
    }

    @Test
    void a_perfect_score_and_the_klarna_problem() {
        assertThat(sql("how many customers gave a perfect 5 CSAT in 2025")).contains("csat_score = 5");
        assertThat(sql("orders by payment method on the day of the Klarna problem")).contains(
                "order_ts >= TIMESTAMP '2025-03-14 00:00:00'").doesNotContain("payment_method = 'klarna'");
    }

    @Test
    void a_follow_up_by_one_group_instead_of_another_drops_the_other() {
        assertThat(followUp("refunds by carrier in 2025", "show it by month instead of by carrier").sql()).contains(
                "date_trunc('month', order_ts)").doesNotContain("carrier");
    }

    @Test
    void a_shop_run_alone_says_i_and_takes_refunds_off_what_it_made() {
        assertThat(sql("How much did I make in March 2025 once you take off the money I refunded to people?"))
                .startsWith("SELECT sum(order_total) - sum(refund_amount) AS net_revenue");
        assertThat(sql("what did I make in 2025 after taking off refunds")).startsWith(
                "SELECT sum(order_total) - sum(refund_amount)");
    }

    @Test
    void how_a_rate_is_worked_out_in_brackets_is_no_breakdown() {
        assertThat(sql("Cancellation rate by payment method in 2025 (denominator = every order, all statuses)."))
                .contains("GROUP BY payment_method").doesNotContain("GROUP BY payment_method, status");
    }

    @Test
    void a_clause_on_what_the_asker_is_doing_names_no_period_asked_about() {
        assertThat(sql("Mobile got most of our spend. Before we sign off next year's plan, what share of 2025 revenue"
                + " came through the mobile channel?")).contains("channel = 'mobile'",
                        "order_ts >= TIMESTAMP '2025-01-01 00:00:00'").doesNotContain("2027");
    }

    @Test
    void orders_paid_any_other_way_are_the_rest() {
        assertThat(sql("On 14 March 2025, what was the cancellation rate for Klarna orders compared with orders paid"
                + " any other way?")).contains("ELSE 'all others'");
    }

    @Test
    void that_week_and_that_sale_are_the_ones_named_in_a_sentence_set_aside() {
        assertThat(sql("Christmas week is always hard on the carriers. For orders placed that week in 2025, what was"
                + " the average delivery time by carrier?")).contains("order_ts >= TIMESTAMP '2025-12-22 00:00:00'",
                        "order_ts < TIMESTAMP '2025-12-29 00:00:00'");
        assertThat(sql("We're deciding whether to repeat the Spring Refresh promotion this year. During that sale, how"
                + " many Apparel orders did we take?")).contains("order_ts >= TIMESTAMP '2025-04-01 00:00:00'")
                        .doesNotContain("2026");
    }

    @Test
    void a_question_asking_for_that_asks_for_the_figure_named_before_it() {
        assertThat(sql("my boss wants me to keep an eye on how much people spend per order on average - what was that"
                + " for each month of 2025?")).startsWith("SELECT CAST(date_trunc('month', order_ts) AS DATE) AS month,"
                        + " sum(order_total) / count(*)");
    }

    @Test
    void figures_asked_for_in_clauses_of_their_own_are_all_given() {
        assertThat(sql("For Apparel in 2025, how many orders did we take, what revenue did they bring in, and how much"
                + " did we give away in discounts?")).contains("count(*) AS orders", "AS revenue",
                        "sum(discount_amount)");
        assertThat(sql("Between May and July 2025, what did refunds on Apparel add up to, and how many support tickets"
                + " did those orders generate?")).contains("sum(refund_amount)", "sum(support_tickets)");
    }

    @Test
    void the_rows_after_a_headings_figure_are_not_counted() {
        assertThat(sql("2025 cancellation rate: orders with 3 or more units vs orders with fewer than 3 units"))
                .contains("quantity >= 3").doesNotContain("count(*) AS orders");
    }

    @Test
    void delivered_late_versus_delivered_on_time_is_the_late_flag_not_a_status() {
        assertThat(sql("average CSAT for orders delivered late versus delivered on time in 2025"))
                .contains("GROUP BY is_late").doesNotContain("status = 'delivered'");
    }

    @Test
    void broken_in_the_post_is_damaged_in_transit() {
        assertThat(sql("how many orders came back broken in the post in 2025")).contains(
                "return_reason = 'damaged_in_transit'");
    }

    @Test
    void restrict_to_narrows_the_answer_before_without_a_pointer_to_it() {
        assertThat(followUp("Refunds by carrier, 2025.", "Restrict to orders with a total over $150.").sql())
                .startsWith("SELECT carrier, sum(refund_amount)").contains("order_total > 150", "2025-01-01");
    }

    @Test
    void since_something_happened_on_a_date_is_since_the_date() {
        assertThat(sql("Weekly order count for Apparel since sales restarted on 1 September 2025.")).contains(
                "order_ts >= TIMESTAMP '2025-09-01 00:00:00'").doesNotContain("'2025-09-02 00:00:00'");
    }

    @Test
    void a_named_day_and_two_years_is_the_day_in_each_year() {
        assertThat(sql("black friday sales, 2024 and 2025 both day, how much revenue each?")).contains(
                "'2024-11-29 00:00:00'", "'2025-11-28 00:00:00'").doesNotContain("'2024-01-01 00:00:00'");
    }

    @Test
    void that_one_day_says_the_day_again() {
        assertThat(followUp("march 2025 cancel rate by payment method please show", "only 14 march, that one day")
                .sql()).contains("'2025-03-14 00:00:00'").doesNotContain("delivered_at");
    }

    @Test
    void each_aggregate_listed_before_a_column_is_a_figure_of_its_own() {
        assertThat(sql("median and mean order value in 2025")).startsWith(
                "SELECT median(order_total) AS median_order_total, avg(order_total) AS avg_order_total");
        assertThat(sql("the average value of the order for every channel in 2025")).startsWith(
                "SELECT channel, sum(order_total) / count(*) AS average_order_value");
    }

    @Test
    void revenue_before_refunds_is_revenue() {
        assertThat(sql("revenue before refunds and net revenue in 2025")).startsWith(
                "SELECT sum(order_total) AS revenue, sum(order_total) - sum(refund_amount) AS net_revenue");
    }

    @Test
    void shipping_fees_and_discounts_relative_to_revenue_are_shares_of_it() {
        assertThat(sql("Shipping fees relative to revenue, per region, last year.")).startsWith(
                "SELECT ship_region, 100.0 * sum(shipping_fee) / NULLIF(sum(order_total), 0)");
        assertThat(sql("discounts as a share of revenue by category in 2025")).startsWith(
                "SELECT category, 100.0 * sum(discount_amount) / NULLIF(sum(order_total), 0)");
    }

    @Test
    void a_column_laid_along_a_pivots_rows_or_columns_groups_by_it() {
        assertThat(sql("Pivot: rows = ship region, values = SUM of revenue, filter year = 2025")).startsWith(
                "SELECT ship_region, sum(order_total) AS revenue");
        assertThat(sql("2024 revenue with state across the columns - CA, TX, NY and FL only")).startsWith(
                "SELECT ship_state, sum(order_total) AS revenue").contains("IN ('CA', 'TX', 'NY', 'FL')");
    }

    @Test
    void the_same_figure_asked_for_two_values_is_one_figure_apiece() {
        assertThat(sql("Orders where quantity is more than 5 pieces - how many is in Electronics and how many in"
                + " Toys?")).startsWith("SELECT category, count(*) AS orders").contains("quantity > 5");
    }

    @Test
    void a_figure_quoted_from_a_report_is_checked_not_filtered_on() {
        assertThat(sql("The November 2025 business review puts revenue at roughly $316k. Confirm the exact figure from"
                + " the order data, please.")).isEqualTo("SELECT sum(order_total) AS revenue FROM orders WHERE order_ts"
                + " >= TIMESTAMP '2025-11-01 00:00:00' AND order_ts < TIMESTAMP '2025-12-01 00:00:00' AND status <>"
                + " 'cancelled'");
    }

    @Test
    void thousands_and_millions_written_short_are_amounts() {
        assertThat(sql("orders over $1k in 2025")).contains("order_total > 1000");
        assertThat(sql("revenue from orders above $2.5k in 2025")).contains("order_total > 2500");
    }

    @Test
    void a_column_swapped_for_another_replaces_the_breakdown() {
        assertThat(followUp("count of orders by carrier, last week", "swap carrier for region").sql()).startsWith(
                "SELECT ship_region, count(*) AS orders").doesNotContain("carrier");
        assertThat(followUp("count of orders by carrier, last week", "region instead of carrier").sql()).startsWith(
                "SELECT ship_region, count(*) AS orders").doesNotContain("carrier");
    }

    @Test
    void a_value_named_after_instead_of_is_the_one_that_goes() {
        assertThat(followUp("revenue for Electronics in 2025", "Toys instead of Electronics").sql()).contains(
                "category = 'Toys'").doesNotContain("Electronics");
        assertThat(followUp("revenue for Electronics in 2025", "replace Electronics with Toys").sql()).contains(
                "category = 'Toys'").doesNotContain("Electronics");
    }

    @Test
    void replacing_said_inside_a_question_is_no_request_to_swap() {
        assertThat(followUp("revenue for Electronics in 2025", "and orders where we had to replace Electronics with"
                + " Toys").sql()).contains("Electronics");
    }

    @Test
    void the_same_day_a_week_earlier_is_seven_days_before_the_day() {
        assertThat(sql("Tickets on orders from the Klarna outage day compared with the same weekday one week earlier."))
                .contains("'2025-03-07 00:00:00'", "'2025-03-08 00:00:00'").doesNotContain("'2025-03-10 00:00:00'");
        assertThat(sql("orders on march 14 2025 vs a week earlier")).contains("'2025-03-07 00:00:00'");
    }

    @Test
    void what_the_figures_are_needed_for_after_the_request_is_no_period_of_them() {
        assertThat(sql("daily order counts for christmas week 2025 pls, need them for next year's rota"))
                .contains("'2025-12-22 00:00:00'").doesNotContain("2027");
    }

    @Test
    void a_calendar_year_written_cy_is_the_year() {
        assertThat(sql("Distinct count of customer_id broken out by customer segment, CY2025")).contains(
                "order_ts >= TIMESTAMP '2025-01-01 00:00:00'", "GROUP BY customer_segment");
    }

    @Test
    void more_high_is_higher_and_according_to_is_by() {
        assertThat(sql("Return rate of Apparel and Beauty in last year, please write both. Which one is more high?"))
                .startsWith("SELECT category, ");
        assertThat(sql("I want to see refund amounts of returned orders according to return reason, 2025, biggest one"
                + " first")).startsWith("SELECT return_reason, sum(refund_amount)").contains(
                        "ORDER BY sum(refund_amount) DESC").doesNotContain("LIMIT 1");
    }

    @Test
    void a_value_or_column_before_share_of_names_the_part_or_the_groups() {
        assertThat(sql("Electronics share of revenue in 2025")).contains(
                "sum(order_total) FILTER (WHERE category = 'Electronics')");
        assertThat(sql("Channel share of revenue since 1 July 2025.")).startsWith("SELECT channel, ").contains(
                "OVER ()");
    }

    @Test
    void satisfaction_points_are_the_csat_score() {
        assertThat(sql("for the orders which have 2 or more support ticket, what is the average customer satisfaction"
                + " point?")).startsWith("SELECT avg(csat_score) AS csat").contains("support_tickets >= 2");
    }

    @Test
    void a_value_left_out_after_its_column_name_is_excluded() {
        assertThat(sql("Electronics units per quarter in 2025, marketplace channel excluded")).contains(
                "channel NOT IN ('marketplace')");
    }

    @Test
    void amounts_given_to_be_confirmed_are_no_filter() {
        assertThat(sql("Business customers' average order value, 2024 and 2025 - I quoted $150 and $155, please"
                + " confirm both.")).doesNotContain("order_total = 150").contains("customer_segment = 'business'");
        assertThat(sql("confirm how many orders in 2025 were $49.99")).contains("order_total = 49.99");
        assertThat(sql("how many orders in 2025 came to about $50")).contains("order_total = 50");
        assertThat(sql("Caller from the Florida team says they counted 400 support tickets on Florida orders in Q3"
                + " 2025. Does our data agree?")).startsWith("SELECT sum(support_tickets)")
                .contains("ship_state = 'FL'");
    }

    @Test
    void two_days_joined_by_a_dash_are_a_range_and_a_granularity_is_a_series() {
        assertThat(sql("SUM(shipping_fee) at month granularity, date range 2/1/2025 - 5/31/2025")).contains(
                "date_trunc('month', order_ts)", "order_ts >= TIMESTAMP '2025-02-01 00:00:00'",
                "order_ts < TIMESTAMP '2025-06-01 00:00:00'");
    }

    @Test
    void a_named_day_in_one_year_against_another_is_the_day_in_each() {
        assertThat(sql("Black Friday sales, 2024 against 2025.")).contains("'2024-11-29 00:00:00'",
                "'2025-11-28 00:00:00'").doesNotContain("'2024-01-01 00:00:00'");
    }

    @Test
    void a_cargo_company_is_a_carrier() {
        assertThat(sql("Which cargo company is most late in 2025? I mean the late delivery rate, please tell me."))
                .startsWith("SELECT carrier, ");
    }

    @Test
    void an_amount_a_total_exceeds_is_its_lower_bound() {
        assertThat(sql("What proportion of 2025 revenue sits in the tail, i.e. orders whose order_total exceeds"
                + " $1,000?")).contains("FILTER (WHERE order_total > 1000)");
    }

    @Test
    void the_same_after_please_carries_the_last_question_on() {
        assertThat(followUp("What is the rate of cancellation of every payment method in the year 2024?",
                "Please the same, but only the orders that came from the application of mobile.").sql()).startsWith(
                        "SELECT payment_method, 100.0 * avg(CASE WHEN status = 'cancelled'").contains(
                                "channel = 'mobile'", "'2024-01-01 00:00:00'");
    }

    @Test
    void the_rows_led_into_before_a_columns_aggregates_are_no_figure_of_their_own() {
        assertThat(sql("For non-cancelled orders in 2025, report the median and the mean order value.")).startsWith(
                "SELECT median(order_total) AS median_order_total, avg(order_total) AS avg_order_total")
                .contains("NOT IN ('cancelled')");
        assertThat(sql("For delivered orders in 2025, the median order value.")).startsWith(
                "SELECT median(order_total) AS median_order_total").contains("status = 'delivered'");
    }

    @Test
    void whether_a_figure_is_an_outlier_against_a_baseline_is_answered_with_both_figures() {
        assertThat(sql("Is FedEx's Q3 2025 late-delivery rate an outlier against its Q3 2024 baseline? Show both"
                + " quarters.")).contains("'Q3 2025'", "'Q3 2024'", "carrier = 'FedEx'");
    }

    @Test
    void days_from_the_order_placed_until_delivered_are_the_delivery_days() {
        assertThat(sql("average days from order placed until delivered for Texas orders in 2025 Q3")).startsWith(
                "SELECT avg(date_diff('second', order_ts, delivered_at)) / 86400.0 AS delivery_days");
        assertThat(sql("how long from ordering to delivery for FedEx in 2025")).contains("AS delivery_days",
                "carrier = 'FedEx'");
    }

    @Test
    void who_a_question_is_passed_on_from_is_set_aside() {
        GeneratedSql relayed = ORDERS.generator().generate("The VP of Operations wants to know what percentage of 2025"
                + " revenue came through the marketplace channel.", Conversation.empty("s"), SqlDialect.DUCKDB);
        assertThat(relayed.sql()).contains("FILTER (WHERE channel = 'marketplace')", "'2025-01-01 00:00:00'");
        assertThat(relayed.notes()).singleElement().asString().contains(
                "I did not read 'The VP of Operations wants to know' as part of the query");
        assertThat(sql("The director asks for the top 5 products by revenue in 2025.")).startsWith(
                "SELECT product_name, sum(order_total)").endsWith("LIMIT 5");
    }

    @Test
    void values_named_before_a_question_that_points_back_at_them_say_which_rows() {
        GeneratedSql cities = ORDERS.generator().generate("I cover New York, Chicago and Atlanta. Orders for each of"
                + " those cities in December 2025?", Conversation.empty("s"), SqlDialect.DUCKDB);
        assertThat(cities.sql()).startsWith("SELECT ship_city").contains(
                "ship_city IN ('New York', 'Chicago', 'Atlanta')", "GROUP BY ship_city");
        assertThat(cities.notes()).singleElement().asString().contains("I read only New York");
    }

    @Test
    void the_shop_itself_and_the_askers_own_patch_are_no_filter() {
        assertThat(sql("Which day of the week do people do the most shopping at this store?")).startsWith(
                "SELECT dayname(order_ts) AS day_of_week, count(*) AS orders");
        assertThat(sql("How much did the shop sell in 2024, month by month?")).contains("sum(order_total) AS revenue");
        assertThat(sql("how much has the company made since June 2025?")).contains("sum(order_total) AS revenue");
        assertThat(sql("Top five cities in my Southeast patch by revenue, last quarter?")).startsWith(
                "SELECT ship_city").contains("ship_region = 'Southeast'").endsWith("LIMIT 5");
        assertThat(sql("What single product sold the most units last year?")).startsWith(
                "SELECT product_name, sum(quantity)");
    }

    @Test
    void individual_people_counted_are_each_counted_once_whatever_their_segment() {
        assertThat(sql("How many individual shoppers placed at least one order with the store during 2025?"))
                .startsWith("SELECT count(DISTINCT customer_id)").doesNotContain("customer_segment");
        assertThat(sql("revenue from individual customers in 2025")).contains("customer_segment = 'consumer'");
    }

    @Test
    void a_count_out_of_every_hundred_is_a_share() {
        assertThat(sql("Out of every hundred orders the shop takes, how many are paid for with Klarna, the pay-later"
                + " service?")).contains("count(*) FILTER (WHERE payment_method = 'klarna')");
    }

    @Test
    void two_days_joined_by_two_dots_are_a_range_and_a_change_to_the_query_is_asked_of_the_last_one() {
        String quarter = sql("Revenue split by channel, Q3 2025 (2025-07-01..2025-09-30).");
        assertThat(quarter).startsWith("SELECT channel, sum(order_total)").contains("'2025-07-01 00:00:00'",
                "'2025-10-01 00:00:00'").doesNotContain("CASE WHEN");
        assertThat(followUp("Revenue split by channel, Q3 2025 (2025-07-01..2025-09-30).",
                "Same query, add filter customer_segment = vip.").sql()).startsWith("SELECT channel")
                .contains("customer_segment = 'vip'", "'2025-07-01 00:00:00'");
    }

    @Test
    void a_shop_floors_words_for_discounts_products_and_the_worst_are_read() {
        assertThat(sql("How much did we knock off in markdowns in Electronics in December 2025?")).startsWith(
                "SELECT sum(discount_amount)").contains("category = 'Electronics'");
        assertThat(sql("Top ten lines in electronics by takings, all of 2024.")).startsWith(
                "SELECT product_name, sum(order_total)").endsWith("LIMIT 10");
        assertThat(sql("Which region fell furthest short on net revenue last quarter?")).startsWith(
                "SELECT ship_region, sum(order_total) - sum(refund_amount)").contains("ORDER BY sum(order_total)"
                        + " - sum(refund_amount) ASC");
        assertThat(sql("How much money went back out the refunds desk in 2025 on orders where the shopper gave us"
                + " a 1 out of 5?")).startsWith("SELECT sum(refund_amount)").contains("csat_score = 1");
        assertThat(sql("how many orders got 4/5 or better in 2025")).contains("csat_score >= 4");
        assertThat(sql("orders rated 2 stars or worse in 2025")).contains("csat_score <= 2");
    }

    @Test
    void values_listed_after_a_negated_one_past_an_article_are_negated_with_it() {
        assertThat(followUp("Units sold per category in November 2025?", "Now just the website, not the app or the"
                + " marketplace.").sql()).contains("channel = 'web'", "NOT IN ('mobile', 'marketplace')");
    }

    @Test
    void each_aggregate_listed_before_or_joined_after_a_summed_figure_is_measured() {
        assertThat(sql("total and average shipping fee in Black Friday week 2025")).startsWith(
                "SELECT sum(shipping_fee) FILTER (WHERE status <> 'cancelled') AS shipping_fees, avg(shipping_fee)");
        assertThat(sql("the median and the mean discount in 2025")).startsWith(
                "SELECT median(discount_amount) AS median_discount_amount, avg(discount_amount)");
        assertThat(sql("Black Friday week 2025: total delivery charges, and the average per order?")).startsWith(
                "SELECT sum(shipping_fee) AS sum_shipping_fee, avg(shipping_fee) AS avg_shipping_fee");
        assertThat(sql("revenue in 2025 and the average per order")).startsWith(
                "SELECT sum(order_total) AS revenue, sum(order_total) / count(*) AS average_order_value");
    }

    @Test
    void a_number_then_or_more_bounds_what_it_counts() {
        assertThat(sql("orders with 3 support tickets or more in 2025")).contains("support_tickets >= 3");
        assertThat(sql("orders of 2 items or fewer in 2025")).contains("quantity <= 2");
    }

    @Test
    void a_verb_that_names_revenue_only_places_the_orders_it_comes_before() {
        assertThat(sql("What day of the week brings in the most orders? Whole history is fine.")).startsWith(
                "SELECT dayname(order_ts) AS day_of_week, count(*) AS orders");
        assertThat(sql("How many different clients made orders in the Black Friday of 2025?")).startsWith(
                "SELECT count(DISTINCT customer_id) AS customers");
        assertThat(sql("Which month brought in the most revenue in 2025?")).contains("sum(order_total)");
    }

    @Test
    void what_sold_the_most_in_dollars_is_ranked_by_revenue() {
        assertThat(sql("Give me the 3 cities of Texas that sold more in 2025, in dollars")).contains(
                "sum(order_total) AS revenue", "ship_state = 'TX'").endsWith("LIMIT 3");
    }

    @Test
    void a_number_of_days_after_top_ranks_days_rather_than_bounding_a_length_of_time() {
        assertThat(sql("top ten revenue days ever?")).startsWith(
                "SELECT CAST(order_ts AS DATE) AS day, sum(order_total) AS revenue").endsWith("LIMIT 10");
        assertThat(sql("top 10 days by revenue")).doesNotContain("date_diff").endsWith("LIMIT 10");
        assertThat(sql("orders delivered in 10 days or more")).contains(">= 10");
    }

    @Test
    void a_year_before_the_rows_counts_no_groups() {
        assertThat(sql("For 2025 orders that had three or more support tickets: how many orders is that, and how"
                + " much did we refund on them?")).startsWith("SELECT count(*) AS orders, sum(refund_amount) AS refunds"
                        + " FROM orders WHERE support_tickets >= 3");
    }

    @Test
    void a_value_left_out_with_a_word_between_it_and_out_is_left_out() {
        assertThat(sql("Return rate by carrier for H2 2025, leaving the Nimbus X2 earbuds out of it")).contains(
                "NOT IN ('Nimbus X2 wireless earbuds')");
    }

    @Test
    void top_groups_by_a_number_of_tickets_are_ranked_on_the_tickets() {
        assertThat(sql("Top 5 products by number of support tickets in 2025.")).startsWith(
                "SELECT product_name, sum(support_tickets) AS support_tickets").endsWith("LIMIT 5");
        assertThat(sql("orders by number of support tickets")).startsWith("SELECT support_tickets, count(*)");
    }

    @Test
    void a_flag_said_both_ways_sets_its_two_groups_side_by_side() {
        assertThat(sql("Give me the average CSAT for late deliveries and for on-time ones, across all the data we"
                + " have.")).startsWith("SELECT is_late, avg(csat_score)").doesNotContain("is_late = true");
    }

    @Test
    void all_the_others_before_a_year_are_the_other_rows_of_that_year() {
        assertThat(sql("Average CSAT for orders over $300 compared with all the others, 2025.")).contains(
                "WHEN order_total > 300", "order_ts >= TIMESTAMP '2025-01-01 00:00:00'").doesNotContain("NOT (");
    }

    @Test
    void scores_said_as_survey_responses_are_read() {
        assertThat(sql("Count of 2025 orders whose CSAT response was a 1 or a 2, broken down by category.")).contains(
                "csat_score >= 1 AND csat_score <= 2", "GROUP BY category");
        assertThat(sql("For 2025, how many survey responses did we get at each CSAT score, 1 through 5?")).startsWith(
                "SELECT csat_score, count(*) AS orders").doesNotContain("csat_score = 1");
        assertThat(sql("Of the 2025 orders that actually got a CSAT response, what proportion rated us 4 or 5?"))
                .startsWith("SELECT count(*) AS orders, 100.0 * (count(*) FILTER (WHERE csat_score >= 4 AND"
                        + " csat_score <= 5))").contains("WHERE csat_score > 0");
    }

    @Test
    void a_gloss_in_brackets_or_quotes_the_model_cannot_read_is_set_aside() {
        assertThat(sql("Compare the average order value (the \"ticket medio\") of orders paid with paypal vs apple"
                + " pay in 2025")).startsWith("SELECT payment_method, sum(order_total) / count(*)");
        assertThat(sql("I need the net revenue of Electronics in march/2025 (already discounting the refunds)"))
                .contains("sum(refund_amount)", "category = 'Electronics'", "TIMESTAMP '2025-03-01 00:00:00'");
    }

    @Test
    void then_typed_for_than_a_day_first_range_with_a_dash_and_booked_for_recorded_are_read() {
        assertThat(sql("Orders where quantity is more then 5 - how many is it for each channel?")).contains(
                "quantity > 5", "GROUP BY channel");
        assertThat(sql("Refunds on Returned Orders by Return Reason, 1 Jun\u201315 Aug 2025")).contains(
                "order_ts >= TIMESTAMP '2025-06-01 00:00:00' AND order_ts < TIMESTAMP '2025-08-16 00:00:00'")
                .doesNotContain("CASE WHEN");
        assertThat(sql("How much shipping fee income did we book last year vs the year before?")).doesNotContain(
                "Books").contains("sum(shipping_fee)");
    }

    @Test
    void their_after_a_sentence_naming_a_product_means_that_product() {
        assertThat(sql("Heard the Nimbus X2 earbuds had some battery problem while I was away \u2014 what was their"
                + " return rate May through July 2025?")).contains("product_name = 'Nimbus X2 wireless earbuds'");
    }

    @Test
    void next_years_budget_says_what_the_figures_are_for_not_a_period() {
        assertThat(sql("For next year's promo budget: what did we give away in discounts in Q4 2025, split by"
                + " category?")).contains("TIMESTAMP '2025-10-01 00:00:00'").doesNotContain("2027");
        assertThat(sql("What will next year's revenue be?")).contains("TIMESTAMP '2027-01-01 00:00:00'");
    }

    @Test
    void narrowing_the_answer_before_to_the_rows_counted_only_is_a_refinement() {
        GeneratedSql narrowed = followUp("Which 5 products had the most return trips in 2025?", "narrow that to the"
                + " top 3, counting only the ones sent back for size or fit");
        assertThat(narrowed.sql()).contains("status = 'returned'", "return_reason = 'size_fit'").endsWith("LIMIT 3");
        assertThat(narrowed.notes()).noneMatch(note -> note.contains("narrow"));
    }

    @Test
    void a_year_said_before_a_named_day_is_that_days_year() {
        assertThat(followUp("Daily order counts for Black Friday week 2025, please", "Same view for the 2024 Black"
                + " Friday week").sql()).contains("order_ts >= TIMESTAMP '2024-11-25 00:00:00' AND order_ts <"
                        + " TIMESTAMP '2024-12-02 00:00:00'").doesNotContain("2025-11-24");
        assertThat(sql("orders on the 2024 Black Friday")).contains("TIMESTAMP '2024-11-29 00:00:00'")
                .doesNotContain("2025");
    }

    @Test
    void an_event_window_against_the_rest_of_the_year_said_first_is_counted_before_it() {
        assertThat(sql("For FedEx parcels going to the Southeast in 2025, average delivery days inside the hurricane"
                + " disruption window versus the rest of the year")).contains("CASE WHEN order_ts >= TIMESTAMP"
                        + " '2025-09-08 00:00:00' AND order_ts < TIMESTAMP '2025-09-20 00:00:00' THEN",
                "THEN 'the rest of 2025' END", "carrier = 'FedEx'", "ship_region = 'Southeast'");
        assertThat(sql("revenue 2025 vs Q4 2025")).contains("THEN 'Q4 2025' WHEN", "THEN 'the rest of 2025' END");
    }

    @Test
    void a_figure_joined_to_a_count_of_rows_said_before_it_is_measured_too() {
        assertThat(sql("orders with 3 support tickets or more: how many, and the average CSAT")).startsWith(
                "SELECT count(*) AS orders, avg(csat_score)");
        assertThat(sql("Order have 3 support ticket or more, how many order like that, and CSAT average of them is"
                + " how much?")).startsWith("SELECT count(*) AS orders, avg(csat_score)");
        assertThat(sql("Black Friday week 2025: what did we ring up in delivery charges, and what did that average"
                + " out to per order?")).startsWith("SELECT sum(shipping_fee)").contains("avg(shipping_fee)");
    }

    @Test
    void a_firm_that_carries_parcels_is_a_carrier_and_a_late_delivered_order_is_a_late_one() {
        assertThat(sql("Which cargo firm has the highest late rate in 2025?")).contains("GROUP BY carrier");
        assertThat(sql("How many late delivered order we have to Georgia in December 2025?")).contains(
                "is_late = true", "ship_state = 'GA'").doesNotContain("status");
    }

    @Test
    void a_spreadsheets_conditional_count_counts_the_rows_its_condition_names() {
        assertThat(sql("COUNTIF order_total > 500 across the whole orders table (all statuses, all dates)?"))
                .startsWith("SELECT count(*)").contains("order_total > 500").doesNotContain("status");
    }

    @Test
    void sizing_a_figure_measures_it_and_is_no_return_reason() {
        assertThat(sql("Benchmark FY2024 against FY2025 on revenue. I need both figures to size the delta."))
                .contains("THEN '2024'", "THEN '2025'").doesNotContain("return_reason");
        assertThat(sql("Size the Black Friday 2025 uplift for me: revenue on the day vs the Friday one week"
                + " earlier.")).contains("TIMESTAMP '2025-11-21 00:00:00'").doesNotContain("return_reason");
    }

    @Test
    void order_to_delivery_days_are_delivery_days() {
        assertThat(sql("For the carrier benchmark: average order-to-delivery days per carrier in 2025, slowest"
                + " first.")).contains("date_diff('second', order_ts, delivered_at)", "GROUP BY carrier")
                        .doesNotContain("order_total");
    }

    @Test
    void a_share_driven_by_a_segment_is_that_segments_share_not_a_breakdown() {
        assertThat(sql("What share of 2025 revenue is driven by the VIP segment?")).contains(
                "FILTER (WHERE customer_segment = 'vip')").doesNotContain("GROUP BY");
    }

    @Test
    void rolling_figures_up_to_a_grain_shows_them_by_it() {
        assertThat(followUp("Revenue by month for 2025.", "Roll that up to quarters instead.").sql())
                .contains("date_trunc('quarter', order_ts)").doesNotContain("'month'");
    }

    @Test
    void a_greeting_or_exclamation_before_the_question_is_set_aside() {
        assertThat(sql("Mornin'! Fixin' to put together my Monday huddle -- what was our late delivery rate across"
                + " the Southeast last week?")).contains("ship_region = 'Southeast'", "is_late");
        assertThat(sql("Lord have mercy, how many orders placed over Christmas week ended up with a CSAT of 2 or"
                + " lower?")).contains("csat_score <= 2", "TIMESTAMP '2025-12-22 00:00:00'");
        assertThat(sql("Georgia vs everywhere else -- late delivery rate on orders placed in 2025?")).contains(
                "CASE WHEN ship_state = 'GA'");
    }

    @Test
    void the_storm_is_the_hurricane_window() {
        assertThat(sql("What was the average CSAT on Georgia orders that went FedEx during the storm stretch in"
                + " September?")).contains("TIMESTAMP '2025-09-08 00:00:00'", "TIMESTAMP '2025-09-20 00:00:00'");
    }

    @Test
    void a_calendar_day_asked_for_is_a_day() {
        assertThat(sql("Which single calendar day in 2025 had the highest order count, all statuses included?"))
                .contains("CAST(order_ts AS DATE)", "ORDER BY count(*) DESC").doesNotContain("delivered_at");
    }

    @Test
    void a_day_left_out_or_the_rest_of_a_month_after_a_question_of_it_narrows_that_question() {
        assertThat(followUp("What was total revenue last month?", "Could I have the same figure again but leaving out"
                + " Cyber Monday?").sql()).contains("TIMESTAMP '2025-12-01 00:00:00' AND order_ts < TIMESTAMP"
                        + " '2026-01-01 00:00:00'", "NOT (order_ts >= TIMESTAMP '2025-12-01 00:00:00'");
        assertThat(followUp("How many orders paid with klarna were cancelled on 14/03/2025?", "And in the rest of days"
                + " of march, how many in total?").sql()).contains("payment_method = 'klarna'",
                        "TIMESTAMP '2025-04-01 00:00:00'", "NOT (order_ts >= TIMESTAMP '2025-03-14 00:00:00'");
    }

    @Test
    void the_days_of_a_week_said_beside_it_are_no_breakdown_by_weekday() {
        assertThat(sql("For the board memo: support tickets on orders placed in Christmas week 2025 (Mon-Sun) versus"
                + " the week before.")).contains("TIMESTAMP '2025-12-15 00:00:00'").doesNotContain("dayname");
    }

    @Test
    void all_other_orders_of_a_carrier_named_keep_that_carrier() {
        assertThat(sql("CSAT on the FedEx Southeast orders caught in the hurricane disruption (placed Sept 8-19,"
                + " 2025) vs all other FedEx Southeast orders placed in 2025?")).contains("carrier = 'FedEx'",
                        "THEN 'the rest of 2025'").doesNotContain("NOT IN ('FedEx')");
    }

    @Test
    void dates_written_year_first_after_an_event_are_its_days() {
        assertThat(sql("How many orders in Home and Kitchen category were placed during Spring Refresh sale"
                + " (2025/04/01 - 2025/04/07), please?")).contains("order_ts >= TIMESTAMP '2025-04-01 00:00:00' AND"
                        + " order_ts < TIMESTAMP '2025-04-08 00:00:00'");
        assertThat(sql("orders during the hurricane window (2025-09-08 to 2025-09-19)")).contains(
                "order_ts >= TIMESTAMP '2025-09-08 00:00:00' AND order_ts < TIMESTAMP '2025-09-20 00:00:00'");
    }

    @Test
    void iso_weeks_from_a_monday_are_the_datas_weeks_and_order_to_shipped_is_the_days_to_ship() {
        assertThat(sql("Order count, all statuses, per ISO week (Monday start) for the weeks starting 2025-12-01"
                + " through the week starting 2025-12-22.")).contains("date_trunc('week', order_ts)",
                        "order_ts >= TIMESTAMP '2025-12-01 00:00:00' AND order_ts < TIMESTAMP '2025-12-29 00:00:00'");
        assertThat(sql("average days from order placed to shipped, marketplace vs app, Q4 2025")).contains(
                "date_diff('second', order_ts, shipped_at)", "GROUP BY channel");
        assertThat(sql("Q4 2025 fulfilment speed, marketplace vs app")).contains(
                "date_diff('second', order_ts, shipped_at)");
    }

    @Test
    void the_shorthand_of_reports_and_support_floors_is_read_in_words() {
        assertThat(sql("OTD% by carrier for Q4'25, best to worst")).startsWith("SELECT carrier, 100.0 * avg(CASE WHEN"
                + " is_late THEN 0.0 ELSE 1.0 END) AS on_time_rate").contains(
                        "order_ts >= TIMESTAMP '2025-10-01 00:00:00' AND order_ts < TIMESTAMP '2026-01-01 00:00:00'");
        assertThat(sql("RMA count by reason code L12M, biggest bucket first")).startsWith(
                "SELECT return_reason, count(*)").contains("status = 'returned'",
                        "order_ts >= TIMESTAMP '2025-01-01 00:00:00' AND order_ts < TIMESTAMP '2026-01-01 00:00:00'");
        assertThat(sql("top 5 SKUs by units Q1'25, excl cxl")).contains("status <> 'cancelled'",
                "order_ts >= TIMESTAMP '2025-01-01 00:00:00' AND order_ts < TIMESTAMP '2025-04-01 00:00:00'");
        assertThat(sql("which region had the lowest net rev LQ?")).contains("sum(order_total) - sum(refund_amount)",
                "order_ts >= TIMESTAMP '2025-10-01 00:00:00'", "ORDER BY sum(order_total) - sum(refund_amount) ASC");
        assertThat(sql("CSAT for '25 - orders w/ 2+ tix vs orders w/ zero tix")).contains(
                "WHEN support_tickets >= 2 THEN", "WHEN support_tickets = 0 THEN", "avg(csat_score)");
        assertThat(sql("BF vs CM 2024 - order count")).contains("TIMESTAMP '2024-11-29 00:00:00'",
                "TIMESTAMP '2024-12-02 00:00:00'");
    }

    @Test
    void how_weeks_run_and_the_length_of_a_range_said_beside_its_dates_change_nothing() {
        assertThat(sql("tix volume Xmas week vs the wk before (2025), mon-sun weeks")).contains(
                "TIMESTAMP '2025-12-15 00:00:00'", "TIMESTAMP '2025-12-22 00:00:00'", "sum(support_tickets)")
                .doesNotContain("dayname", "2024");
        assertThat(followUp("How many units did we sell to the West region in November 2025?",
                "Okay. And for just Black Friday week, Monday to Sunday?").sql()).contains(
                        "order_ts >= TIMESTAMP '2025-11-24 00:00:00' AND order_ts < TIMESTAMP '2025-12-01 00:00:00'")
                .doesNotContain("dayname");
        assertThat(sql("Give me the weekly order count for the eight weeks from Monday November 3 through Sunday"
                + " December 28, 2025.")).contains(
                        "order_ts >= TIMESTAMP '2025-11-03 00:00:00' AND order_ts < TIMESTAMP '2025-12-29 00:00:00'");
    }

    @Test
    void the_most_orders_ranks_before_a_figure_whose_verb_comes_after_it_and_book_is_a_verb() {
        assertThat(sql("Which channel in 2025 had the most orders, and how much revenue did it bring in?")).startsWith(
                "SELECT channel, count(*) AS orders, sum(order_total)").contains("ORDER BY count(*) DESC");
        assertThat(sql("what was the most expensive order in 2025?")).startsWith("SELECT order_id, sum(order_total)")
                .contains("ORDER BY sum(order_total) DESC");
        assertThat(sql("how much revenue did it book in 2025?")).startsWith("SELECT sum(order_total)")
                .doesNotContain("Books");
        assertThat(sql("Share of surveyed orders scoring CSAT 2 or below, per month, Q4 2025.")).contains(
                "FILTER (WHERE csat_score <= 2)", "WHERE csat_score > 0");
    }

    @Test
    void a_rate_or_an_average_said_per_so_many_orders_is_scaled_to_them() {
        assertThat(sql("Support tickets per 1,000 orders by carrier, orders placed in 2025. Worst first.")).startsWith(
                "SELECT carrier, (avg(support_tickets)) * 1000 AS avg_support_tickets_per_1000_orders").contains(
                        "ORDER BY (avg(support_tickets)) * 1000 DESC");
        assertThat(sql("Cancellations per 1,000 Klarna orders, by quarter, 2025.")).contains(
                "* 10 AS cancellation_rate_per_1000_orders", "payment_method = 'klarna'", "date_trunc('quarter'")
                .doesNotContain("status = 'cancelled' AND");
        assertThat(sql("Late deliveries per 100 delivered orders in H2 2025: Southeast vs all other regions combined."))
                .contains("AS late_delivery_rate_per_100_orders", "ELSE 'all others'")
                .doesNotContain("status = 'delivered'");
        assertThat(followUp("cancellations per thousand orders in 2025", "and for paypal?").sql()).contains(
                "* 10 AS cancellation_rate_per_1000_orders", "payment_method = 'paypal'");
    }

    @Test
    void a_count_said_per_so_many_orders_is_given_as_it_is_and_says_so() {
        assertThat(sql("revenue per 1000 orders in 2025")).doesNotContain("* 1000");
        assertThat(ORDERS.generator().generate("revenue per 1000 orders in 2025", Conversation.empty("s"),
                SqlDialect.DUCKDB).notes()).singleElement().asString().contains("'per 1000 orders'",
                        "only a rate or an average per order");
        assertThat(sql("Defective returns per 1,000 delivered-or-returned Electronics orders: 2024 vs 2025."))
                .contains("return_reason = 'defective'").doesNotContain("return_rate");
    }

    @Test
    void dispatch_words_and_weeks_by_number_or_commencing_date_are_read() {
        assertThat(sql("Carrier split for week 48 of 2025 - how many consignments went with each carrier?")).startsWith(
                "SELECT carrier, count(*)").contains(
                        "order_ts >= TIMESTAMP '2025-11-24 00:00:00' AND order_ts < TIMESTAMP '2025-12-01 00:00:00'");
        assertThat(sql("Units per week on SKU APP-1001, w/c 3 Nov through w/c 24 Nov 2025")).contains(
                "date_trunc('week', order_ts)",
                "order_ts >= TIMESTAMP '2025-11-03 00:00:00' AND order_ts < TIMESTAMP '2025-12-01 00:00:00'");
        assertThat(sql("Avg order-to-door days per carrier on Q3 2025 consignments, leave DHL out, slowest first"))
                .contains("date_diff('second', order_ts, delivered_at)", "carrier NOT IN ('DHL')", "DESC");
        assertThat(sql("orders in week 53 of 2025")).doesNotContain("2025-12-29");
    }

    @Test
    void a_field_left_blank_and_no_score_are_orders_without_it_and_members_are_customers() {
        assertThat(sql("Year by year, what % of order rows have the support_note field left blank?")).contains(
                "year(order_ts)", "support_note IS NULL");
        assertThat(sql("how many 2025 orders have the csat score left empty")).contains("csat_score IS NULL");
        assertThat(sql("how many 2025 orders with no csat score")).contains("csat_score IS NULL");
        assertThat(sql("how many null-CSAT orders in 2025")).startsWith("SELECT count(*) AS orders").contains(
                "csat_score IS NULL");
        assertThat(sql("how many orders with no csat in 2025")).contains("csat_score IS NULL");
        assertThat(sql("Day by day for last week, how many orders still have no delivered_at timestamp?")).contains(
                "delivered_at IS NULL", "CAST(order_ts AS DATE)");
        assertThat(sql("how many orders have no delivery date")).contains("delivered_at IS NULL");
        assertThat(sql("Average basket for VIP members against everyone else (consumer + business together), first"
                + " half of 2025")).contains("ELSE 'all others'").doesNotContain("IN ('vip', 'consumer', 'business')");
        assertThat(sql("Top 5 VIP members by spend in 2025")).startsWith("SELECT customer_id").contains(
                "customer_segment = 'vip'", "LIMIT 5");
    }

    @Test
    void two_parts_of_a_year_set_side_by_side_without_a_year_are_of_one_year() {
        assertThat(sql("late rate first half vs second half")).contains("TIMESTAMP '2025-01-01 00:00:00'",
                "TIMESTAMP '2025-07-01 00:00:00'").doesNotContain("2026-07-01");
        assertThat(sql("late rate Q1 vs Q2")).contains("TIMESTAMP '2025-01-01 00:00:00'", "TIMESTAMP '2025-07-01 00:00:00'")
                .doesNotContain("2026-04-01");
        assertThat(sql("orders Q4 vs Q1")).contains("TIMESTAMP '2025-10-01 00:00:00'", "TIMESTAMP '2026-01-01 00:00:00'");
    }

    @Test
    void groups_whose_rate_is_above_a_percentage_keep_only_those_groups() {
        assertThat(sql("Which categories had a return rate above 7% in 2025?")).contains(
                "category IN (SELECT category FROM orders", "HAVING 100.0 * avg(CASE WHEN status = 'returned'", "> 7)");
        assertThat(sql("Which categories breached a 7% return-rate threshold in 2025?")).contains("HAVING", "> 7)");
        assertThat(ORDERS.generator().generate("which carriers had a late delivery rate over 8 percent in 2025",
                Conversation.empty("s"), SqlDialect.DUCKDB).notes()).isEmpty();
    }

    @Test
    void days_after_the_promised_date_bound_the_days_late_of_each_order_and_hours_to_ship_are_hours() {
        assertThat(sql("Q4 2025: how many orders were delivered three or more days after their promised date?"))
                .contains("date_diff('day', promised_date, CAST(delivered_at AS DATE))) >= 3")
                .doesNotContain("date_diff('second', order_ts");
        assertThat(sql("average days late by carrier in 2025")).startsWith(
                "SELECT carrier, avg(date_diff('day', promised_date, CAST(delivered_at AS DATE))) AS days_late");
        assertThat(sql("how many orders arrived after the promised date in 2025")).contains("is_late = true");
        assertThat(sql("What was the average time from order to ship, in hours, for orders placed in November 2025"
                + " versus December 2025?")).contains("avg(date_diff('second', order_ts, shipped_at)) / 3600.0 AS"
                        + " hours_to_ship");
    }

    @Test
    void a_user_storys_role_and_labels_frame_what_it_asks() {
        assertThat(sql("As a support lead, I want to see the return rate for each category in 2025, so that I can"
                + " decide which guides to rewrite first.")).contains("GROUP BY category", "status = 'returned'");
        assertThat(sql("Story: as a planner I want the average delivery time in days by carrier for the West region"
                + " in 2025. Acceptance: orders that were never delivered are excluded; output = carrier + avg"
                + " days.")).contains("GROUP BY carrier", "ship_region = 'West'", "delivered_at IS NOT NULL");
    }

    @Test
    void days_with_a_dash_between_them_run_from_one_to_the_other() {
        assertThat(sql("Black Friday week 2025 (Mon Nov 24 - Sun Nov 30): revenue by channel")).contains(
                "GROUP BY channel", "'2025-11-24 00:00:00'", "'2025-12-01 00:00:00'").doesNotContain("CASE");
        assertThat(sql("revenue 22 Dec \u2013 28 Dec 2025")).contains("'2025-12-22 00:00:00'",
                "'2025-12-29 00:00:00'").doesNotContain("CASE");
    }

    @Test
    void a_range_up_to_now_runs_to_today() {
        assertThat(sql("From 2025/7/1 until now, top 5 states by orders")).contains("'2025-07-01 00:00:00'",
                "'2026-01-02 00:00:00'", "LIMIT 5");
    }

    @Test
    void the_other_group_said_as_none_beside_a_count_of_tickets_is_zero_tickets() {
        assertThat(sql("compare average CSAT between orders that had at least one support ticket and orders that had"
                + " none in 2025")).contains("WHEN support_tickets >= 1", "WHEN support_tickets = 0")
                .doesNotContain("support_tickets IS NULL");
        assertThat(sql("CSAT in 2025 for orders with 2+ tickets vs orders with no tickets")).contains(
                "WHEN support_tickets >= 2", "WHEN support_tickets = 0");
    }

    @Test
    void discounts_said_as_promo_full_price_or_there_being_one_are_conditions_on_the_discount() {
        assertThat(sql("Cyber Monday 2025: AOV of promo orders (any discount) vs full-price orders?")).contains(
                "CASE WHEN discount_amount > 0");
        assertThat(sql("orders in 2025 where the unit price was over $100 and there was a discount")).contains(
                "unit_price > 100", "discount_amount > 0");
        assertThat(sql("revenue of the spring refresh promo orders")).contains("'2025-04-01 00:00:00'")
                .doesNotContain("discount_amount");
    }

    @Test
    void orders_said_to_be_stripped_out_are_left_out() {
        assertThat(sql("average order value in 2025 once marketplace orders are stripped out")).contains(
                "channel NOT IN ('marketplace')");
    }

    @Test
    void a_quarter_written_after_its_year_is_that_quarter() {
        assertThat(sql("Quarterly time series of gross revenue, 2024Q1 through 2025Q4")).contains(
                "date_trunc('quarter'", "'2024-01-01 00:00:00'", "'2026-01-01 00:00:00'");
    }

    @Test
    void the_biggest_money_maker_is_the_most_revenue() {
        assertThat(sql("Which product category was our biggest money-maker in 2025?")).contains("sum(order_total)",
                "GROUP BY category");
    }

    @Test
    void months_listed_one_after_another_are_their_span_unless_asked_one_by_one() {
        assertThat(sql("how many orders placed in May, June and July of 2025 were returned as defective?")).contains(
                "'2025-05-01 00:00:00'", "'2025-08-01 00:00:00'").doesNotContain("CASE");
        assertThat(sql("units sold in may, june and july 2025, month for month")).contains("date_trunc('month'",
                "'2025-05-01 00:00:00'", "'2025-08-01 00:00:00'");
        assertThat(sql("orders in May, June and July 2025 respectively")).contains("CASE WHEN");
        assertThat(sql("revenue in Q1, Q2 and Q3 2025")).contains("'2025-01-01 00:00:00'", "'2025-10-01 00:00:00'")
                .doesNotContain("2026");
    }

    @Test
    void a_new_story_with_the_same_criteria_refines_the_last_one() {
        assertThat(followUp("As a category owner I want quarterly revenue for Electronics for 2025, one row per"
                + " quarter.", "New story, same acceptance criteria, but for Home & Kitchen instead of Electronics.")
                .sql()).contains("category = 'Home & Kitchen'", "date_trunc('quarter'");
        assertThat(followUp("how many orders placed in 2025 were returned as defective?", "And of that number, how"
                + " many concerned the Nimbus X2 wireless earbuds?").sql()).contains("return_reason = 'defective'",
                "product_name = 'Nimbus X2 wireless earbuds'");
    }

    @Test
    void the_busiest_single_day_is_a_day_not_a_day_of_delivery() {
        assertThat(sql("What's our all-time busiest single day by number of orders?")).contains(
                "GROUP BY CAST(order_ts AS DATE)").doesNotContain("delivered_at");
        assertThat(sql("orders delivered in a single day in 2025")).contains("delivered_at");
    }

    @Test
    void a_delay_and_a_lag_are_lateness_and_delivery_time() {
        assertThat(followUp("How many orders paid with Klarna in March 2025?", "And from these, how many arrived with"
                + " delay;").sql()).contains("payment_method = 'klarna'", "is_late = true");
        assertThat(sql("Mean lag in days from order to delivery, 2025 as a whole?")).contains(
                "date_diff('second', order_ts, delivered_at)");
    }

    @Test
    void a_window_named_after_its_months_is_those_months_and_one_order_is_per_order() {
        assertThat(sql("return rate of the Nimbus X2 wireless earbuds during the May-July 2025 defect window, versus"
                + " the same product in all other months")).contains("'2025-05-01 00:00:00'", "'2025-08-01 00:00:00'")
                .doesNotContain("return_reason");
        assertThat(sql("Which is the average shipping cost for one order in the mobile app, for the 2025;")).startsWith(
                "SELECT avg(shipping_fee)").contains("channel = 'mobile'");
        assertThat(sql("what was the biggest single order in 2025")).contains("sum(order_total)")
                .doesNotContain("count(*)");
    }

    @Test
    void a_term_said_with_its_meaning_is_read_as_that_meaning() {
        assertThat(sql("Loss ratio by category for 2025, meaning refunds as a percentage of revenue. Highest first."))
                .contains("sum(refund_amount)", "GROUP BY category", "DESC");
        assertThat(sql("Claims paid by carrier in 2025, i.e. refunds")).contains("sum(refund_amount)",
                "GROUP BY carrier");
    }

    @Test
    void what_a_table_is_for_said_first_is_set_aside() {
        assertThat(sql("To illustrate seasonality, tabulate unit sales by quarter for 2024 and 2025.")).contains(
                "sum(quantity)", "date_trunc('quarter'").doesNotContain("sum(order_total)");
        assertThat(sql("For Exhibit 1 of the teaching case, please report the firm's revenue, excluding cancelled"
                + " orders, for calendar years 2024 and 2025, so that students can compute year-on-year growth."))
                .contains("sum(order_total)", "'2024-01-01 00:00:00'", "'2026-01-01 00:00:00'");
    }

    @Test
    void a_day_month_and_two_digit_year_is_that_date() {
        assertThat(sql("FedEx / Southeast / orders placed 08 SEP 25 thru 19 SEP 25. Late delivery rate.")).contains(
                "'2025-09-08 00:00:00'", "'2025-09-20 00:00:00'", "carrier = 'FedEx'");
    }

    @Test
    void a_yes_no_flag_set_to_false_or_true_is_that_answer() {
        assertThat(sql("orders placed in Christmas week 2025, count delivered with late flag FALSE")).contains(
                "is_late = false", "delivered_at IS NOT NULL");
        assertThat(sql("orders in 2025 with is_late == true")).contains("is_late = true");
    }

    @Test
    void the_one_which_has_the_most_and_a_total_asked_after_it_are_read_in_any_order() {
        assertThat(sql("In December 2025 the city which have the most many order is which one?")).contains(
                "GROUP BY ship_city");
        assertThat(sql("Order where customer give 3 star or less, the support ticket total is how many, for 2025?"))
                .contains("sum(support_tickets)", "csat_score <= 3");
        assertThat(sql("Average how many day until the order arrive to customer in Southeast region, for last"
                + " quarter?")).contains("date_diff", "ship_region = 'Southeast'");
    }

    @Test
    void the_whole_period_of_the_data_is_every_day_and_a_payout_is_a_refund() {
        assertThat(sql("Over the full two-year period covered by the data, which three payment methods exhibited the"
                + " highest cancellation rates?")).contains("GROUP BY payment_method", "LIMIT 3")
                .doesNotContain("order_ts >=");
        assertThat(sql("What was our average payout per refunded order in 2025? Only count orders where a refund"
                + " actually went out (refund amount above zero).")).startsWith("SELECT avg(refund_amount)")
                .contains("refund_amount > 0").doesNotContain("count(*)");
    }

    @Test
    void a_name_written_as_code_is_read_word_by_word() {
        assertThat(sql("getRevenue({ date: '2025-11-28' }) // black friday")).contains("sum(order_total)",
                "'2025-11-28 00:00:00'", "'2025-11-29 00:00:00'");
        assertThat(sql("revenue.groupBy('day').where(order_ts >= '2025-11-27' && order_ts < '2025-12-02')"))
                .contains("'2025-11-27 00:00:00'", "'2025-12-02 00:00:00'", "GROUP BY CAST(order_ts AS DATE)");
        assertThat(sql("orders where order_date > '2025-01-01' and order_date <= '2025-03-31' by channel"))
                .contains("'2025-01-02 00:00:00'", "'2025-04-01 00:00:00'", "GROUP BY channel");
    }

    @Test
    void named_weeks_at_either_end_of_a_range_are_whole_weeks_and_a_numbered_half_is_that_half() {
        assertThat(sql("Order volume week by week, from Black Friday week (W/C MON 24 NOV 25) through Christmas week"
                + " (W/C MON 22 DEC 25).")).contains("date_trunc('week'", "'2025-11-24 00:00:00'",
                "'2025-12-29 00:00:00'").doesNotContain("CASE");
        assertThat(sql("orders from black friday week 2024 to cyber monday week 2024")).contains(
                "'2024-11-25 00:00:00'", "'2024-12-09 00:00:00'").doesNotContain("CASE");
        assertThat(sql("Revenue of business customer and consumer customer in semester 1 2025 (January until June)"))
                .contains("'2025-01-01 00:00:00'", "'2025-07-01 00:00:00'").doesNotContain("2024");
    }

    @Test
    void a_value_left_out_or_set_aside_after_it_is_left_out() {
        assertThat(sql("Top 3 return reasons by refund value across all orders, with the Nimbus X2 wireless earbuds"
                + " set aside.")).contains("product_name NOT IN ('Nimbus X2 wireless earbuds')", "LIMIT 3");
        assertThat(sql("refunds by return reason in 2025, FedEx left out")).contains("carrier NOT IN ('FedEx')");
    }

    @Test
    void a_score_or_credit_of_something_else_is_not_the_review_score_or_the_card() {
        assertThat(sql("Revenue in 2025 from accounts with a health score under 60?")).doesNotContain("csat_score");
        assertThat(sql("Refunds are our credit notes. Total refunds by month for orders placed in 2025, please."))
                .contains("sum(refund_amount)").doesNotContain("payment_method");
        assertThat(sql("orders paid by credit in 2025")).contains("payment_method = 'credit_card'");
    }

    @Test
    void a_word_one_letter_from_a_month_that_is_a_word_of_its_own_is_no_month() {
        assertThat(sql("How much revenue did we take on match days in 2025?")).doesNotContain("'2025-03-01");
        assertThat(sql("orders in Marhc 2025")).contains("'2025-03-01 00:00:00'", "'2025-04-01 00:00:00'");
    }

    @Test
    void the_last_full_weeks_are_whole_weeks_before_this_one() {
        assertThat(sql("What's our form over the last five full weeks? Orders per week, Monday-to-Sunday weeks, oldest"
                + " first.")).contains("'2025-11-24 00:00:00'", "'2025-12-29 00:00:00'", "date_trunc('week'");
        assertThat(sql("orders in the last 4 weeks")).contains("'2025-12-04 00:00:00'");
    }

    @Test
    void a_league_table_is_a_ranking_and_head_to_head_a_comparison() {
        assertThat(sql("Give me the 2025 league table for categories, ranked on revenue, from the top of the table"
                + " down to the bottom.")).contains("GROUP BY category", "DESC");
        assertThat(sql("Black Friday 2025 vs Black Friday 2024, head-to-head on revenue.")).contains(
                "'2025-11-28 00:00:00'", "'2024-11-29 00:00:00'", "sum(order_total)");
        assertThat(sql("Show me the support case load week by week for December 2025: total support tickets on orders"
                + " placed in each Monday-to-Sunday week.")).contains("sum(support_tickets)", "date_trunc('week'")
                .doesNotContain("dayofweek");
    }

    @Test
    void pieces_are_units_and_lifetime_is_all_the_data() {
        assertThat(sql("SKU SPO-1001 sell already how many piece in 2025? Order cancel not count ka")).contains(
                "sum(quantity)", "sku = 'SPO-1001'");
        assertThat(sql("Who are my ten biggest accounts by lifetime revenue?")).contains("GROUP BY customer_id",
                "LIMIT 10").doesNotContain("order_ts >=");
    }

    @Test
    void a_follow_up_sets_the_one_value_before_against_the_rest() {
        assertThat(followUp("West region return rate for the 2025 season?", "How does that stack up with the other"
                + " four regions combined, the rest of the league?").sql()).contains(
                "CASE WHEN ship_region = 'West' THEN 'West' ELSE 'all others' END");
        assertThat(followUp("What did our business accounts bring in, revenue-wise, in Q3 2025?", "Take out anything"
                + " that came through the marketplace. What's left?").sql()).contains("customer_segment = 'business'",
                "NOT IN ('marketplace')");
        assertThat(followUp("On 14/3/2025 have order cancel how many ka?", "Among that, how many customer pay with"
                + " Klarna na?").sql()).contains("status = 'cancelled'", "payment_method = 'klarna'",
                "'2025-03-14 00:00:00'");
    }

    @Test
    void a_word_glossed_in_brackets_is_read_as_its_gloss() {
        assertThat(sql("Patient satisfaction by category for 2025: average CSAT per category, sickest (lowest)"
                + " first.")).contains("avg(csat_score)", "GROUP BY category", "ASC");
    }

    @Test
    void a_period_said_aside_is_not_read_as_what_a_later_sentence_excludes() {
        assertThat(sql("For the VAT quarter October to December 2025, what was the gross value of sales? Order totals"
                + " including shipping, cancelled orders left out.")).contains("NOT IN ('cancelled')",
                "order_ts >= TIMESTAMP '2025-10-01 00:00:00'").doesNotContain("NOT (order_ts");
    }

    @Test
    void recent_days_without_how_many_are_asked_back_by_the_reader_itself() {
        assertThatThrownBy(() -> sql("Please give me the numbers of the last days;"))
                .isInstanceOf(ClarificationNeededException.class)
                .hasMessageStartingWith("How far back do you mean by 'the last days'");
        assertThat(sql("orders in the last 7 days")).contains("count(*)");
    }

    @Test
    void the_last_calendar_year_is_last_year_and_as_of_today_is_every_order_so_far() {
        assertThat(sql("Orders by channel in the last calendar year")).contains("'2025-01-01 00:00:00'",
                "'2026-01-01 00:00:00'");
        assertThat(sql("As of today, how many orders are still processing?")).contains("status = 'processing'")
                .doesNotContain("order_ts");
    }

    @Test
    void an_address_names_where_orders_went_and_how_they_were_paid_is_left_out_from_afar() {
        assertThat(sql("How many 2025 orders with a delivery address in Texas, excluding any order paid by Klarna?"))
                .contains("ship_state = 'TX'", "NOT IN ('klarna')");
        assertThat(sql("Total revenue from orders settled by gift card in 2025")).contains(
                "payment_method = 'gift_card'");
    }

    @Test
    void a_heading_names_no_breakdown_but_its_values_still_say_which_rows() {
        assertThat(sql("Monthly update: daily orders for the first week of December 2025")).contains(
                "CAST(order_ts AS DATE) AS day").doesNotContain("date_trunc('month'");
        assertThat(sql("Vendor review, UPS: average delivery days in 2025. Did the supplier get better?")).contains(
                "carrier = 'UPS'");
    }

    @Test
    void down_there_points_back_at_the_place_a_sentence_before_named() {
        assertThat(sql("The storm hit the Southeast hard in September. What was the late delivery rate for UPS down"
                + " there in September 2025?")).contains("ship_region = 'Southeast'", "carrier = 'UPS'");
    }

    @Test
    void people_at_home_and_sizing_something_up_name_no_category_or_return_reason() {
        assertThat(sql("Listeners at home ask: what was the average order value in 2025?")).doesNotContain(
                "category");
        assertThat(sql("Units per order by segment in 2025. We're sizing our cartons.")).contains(
                "GROUP BY customer_segment").doesNotContain("return_reason");
    }

    @Test
    void right_through_to_ends_a_range_and_a_day_of_use_is_no_day_asked_about() {
        assertThat(sql("From Monday, 3 November right through to Sunday, 14 December 2025, orders each week"))
                .contains("'2025-11-03 00:00:00'", "'2025-12-15 00:00:00'");
        assertThat(sql("For tomorrow's meeting: how many orders on Black Friday 2024?")).contains(
                "'2024-11-29 00:00:00'").doesNotContain("2026");
        assertThat(sql("For last month's ops review: late rate by carrier")).contains("'2025-12-01 00:00:00'");
    }

    @Test
    void a_figure_said_with_how_it_is_worked_out_keeps_the_rest_of_the_question() {
        assertThat(sql("What was the return rate, meaning returned orders as a share of orders delivered or returned,"
                + " for Electronics in 2025?")).contains("category = 'Electronics'").doesNotContain("GROUP BY");
        assertThat(sql("To fill in the risk register I need the return rate by category for Q4 2025.")).contains(
                "GROUP BY category", "'2025-10-01 00:00:00'");
    }

    @Test
    void a_follow_up_names_the_same_weekday_a_week_before_and_orders_that_were_the_subject_of_tickets() {
        assertThat(followUp("How many orders on Cyber Monday 2025?", "And the Monday one week before that?").sql())
                .contains("'2025-11-24 00:00:00'", "'2025-11-25 00:00:00'");
        assertThat(followUp("How many 2025 orders got a CSAT score of 1?", "How many of those were the subject of a"
                + " support ticket?").sql()).contains("csat_score = 1", "support_tickets");
    }

    @Test
    void a_known_term_defined_with_let_is_set_aside_and_a_segment_s_customers_are_no_breakdown() {
        assertThat(sql("Let 'late' mean delivered after the promised date. Of the 2025 orders by customers in the VIP"
                + " segment that were delivered, what share constituted late deliveries?")).contains(
                "customer_segment = 'vip'", "is_late").doesNotContain("GROUP BY");
    }

    @Test
    void values_listed_as_examples_say_no_rows_and_a_range_of_months_may_run_up_to_the_last() {
        assertThat(sql("Orders for December 2025 per status: delivered, shipped, cancelled and so on.")).contains(
                "GROUP BY status").doesNotContain("status IN", "status =");
        assertThat(sql("Refunds for defective, damaged etc. in 2025")).contains("return_reason IN");
        assertThat(sql("Return rate for Apparel from March upto May 2025")).contains("'2025-03-01 00:00:00'",
                "'2025-06-01 00:00:00'");
    }

    @Test
    void help_with_a_figure_asks_for_it_and_starting_with_the_most_orders_it_highest_first() {
        assertThat(sql("Kindly assist with the support tickets per carrier for Q3 2025, starting with the carrier"
                + " having the most.")).contains("sum(support_tickets)", "GROUP BY carrier", "DESC");
    }

    @Test
    void both_of_them_asks_for_a_figure_for_each_value_said_before() {
        assertThat(sql("Am comparing the business customers and the normal consumers. Their average order value for"
                + " 2025 was how much? Both of them please.")).contains("GROUP BY customer_segment");
    }

    @Test
    void bounds_written_as_a_formula_are_a_range_of_order_dates() {
        assertThat(sql("Late rate (%) for carrier = UPS, order date \u2208 [2025-03-01, 2025-03-10]")).contains(
                "'2025-03-01 00:00:00'", "'2025-03-11 00:00:00'").doesNotContain("GROUP BY");
        assertThat(sql("orders for 2025-11-03 \u2264 order date < 2025-11-17")).contains(
                "'2025-11-03 00:00:00'", "'2025-11-17 00:00:00'").doesNotContain("GROUP BY");
        assertThat(sql("\u03a3 discount_amount for Q1 2025 (~first quarter)")).contains("sum(discount_amount)",
                "'2025-04-01 00:00:00'").doesNotContain("GROUP BY");
    }

    @Test
    void the_whole_book_a_weekday_before_the_nth_and_next_year_s_rota_name_no_category_or_period() {
        assertThat(sql("average refund per returned order by return reason across the whole book")).doesNotContain(
                "Books");
        assertThat(sql("orders for each day from Monday the 1st through Sunday the 7th of December 2025")).contains(
                "'2025-12-01 00:00:00'", "'2025-12-08 00:00:00'");
        assertThat(sql("For next year's rota: orders by day of the week in 2025")).doesNotContain("2027");
    }

    @Test
    void refund_losses_are_refunds_and_an_order_mix_is_a_breakdown() {
        assertThat(sql("Which state ran the heaviest refund losses in 2025? Top one only.")).contains(
                "sum(refund_amount)", "GROUP BY ship_state", "LIMIT 1");
        assertThat(sql("Order mix by channel in 2025 as % of all orders")).contains("GROUP BY channel");
    }

    @Test
    void the_rest_of_the_book_is_the_rest_and_a_frequency_of_late_deliveries_their_rate() {
        assertThat(sql("Late-delivery frequency, VIP customers against the rest of the book, 2025")).contains(
                "is_late", "ELSE 'all others'").doesNotContain("Books");
        assertThat(sql("Top 3 products by units during the Spring Refresh event window, Apr 1-7 2025")).contains(
                "sum(quantity)", "LIMIT 3");
    }

    @Test
    void the_same_three_months_of_another_year_are_the_months_asked_before_in_that_year() {
        assertThat(followUp("Total refunds on Apparel for orders placed May through July 2025?", "And the same three"
                + " months of 2024?").sql()).contains("'2024-05-01 00:00:00'", "'2024-08-01 00:00:00'",
                "category = 'Apparel'");
    }
}
