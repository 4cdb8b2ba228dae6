package dev.orderlens.answering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Questions dictated to a phone (letters spelled out, words heard for others) and written in English as a second
 * language (word order, false friends, abbreviations), read as what they mean.
 */
class SpokenAndSecondLanguageQuestionsTest {

    @RegisterExtension
    static final SmallOrdersGenerator ORDERS = new SmallOrdersGenerator();

    private static String sql(String question) {
        return ORDERS.sql(question);
    }

    @Test
    void letters_said_one_by_one_are_one_word() {
        assertThat(ORDERS.followUp("late delivery rate by region for last quarter", "ok now just u s p s").sql())
                .contains("carrier = 'USPS'", "GROUP BY ship_region");
    }

    @Test
    void words_heard_for_others_are_the_words_meant() {
        assertThat(sql("whats the return rate for sports and outdoors verses toys for twenty twenty four")).contains(
                "GROUP BY category", "category IN ('Sports & Outdoors', 'Toys')");
        assertThat(sql("okay so for apparel witch return reason comes up the most")).startsWith(
                "SELECT return_reason, count(*)").contains("category = 'Apparel'");
    }

    @Test
    void so_many_of_the_same_item_bounds_the_quantity_and_ranks_nothing() {
        assertThat(sql("um orders where somebody bought more than five of the same item how many was that per"
                + " category")).contains("quantity > 5", "GROUP BY category").doesNotContain("LIMIT");
        assertThat(sql("orders with more than 5 items, how many per category")).contains("quantity > 5")
                .doesNotContain("LIMIT");
    }

    @Test
    void an_abbreviated_exclusion_and_a_calendar_grain() {
        assertThat(sql("sum of order_total excl. cancelled, per calendar year")).startsWith(
                "SELECT year(order_ts) AS year, sum(order_total)").contains("NOT IN ('cancelled')");
    }

    @Test
    void a_semester_is_a_half_year() {
        assertThat(sql("Give me the CSAT by region for the first semester of 2025.")).contains(
                "'2025-01-01 00:00:00'", "'2025-07-01 00:00:00'");
    }

    @Test
    void since_the_first_of_a_month_runs_to_today() {
        assertThat(sql("Since the 1st september 2025, FedEx versus UPS : what is the rate of late deliveries for each"
                + " one?")).contains("order_ts >= TIMESTAMP '2025-09-01 00:00:00'", "'2026-01-02 00:00:00'",
                        "GROUP BY carrier");
    }

    @Test
    void a_delay_of_delivery_in_days_is_the_delivery_time() {
        assertThat(sql("The delay of delivery in average (in days) for the orders going to Texas, from 01/10/2025 to"
                + " 31/10/2025?")).contains("AS delivery_days", "ship_state = 'TX'", "'2025-10-01 00:00:00'",
                        "'2025-11-01 00:00:00'");
    }

    @Test
    void the_mode_of_payment_is_the_payment_method() {
        assertThat(sql("Can you give me the number of orders cancelled by mode of payment for the 14/03/2025,"
                + " please?")).contains("GROUP BY payment_method", "status = 'cancelled'", "'2025-03-14 00:00:00'");
    }

    @Test
    void the_most_of_a_flag_counts_its_rows() {
        assertThat(sql("Wich city of the Southeast region had the most of late deliveries in 2025?")).contains(
                "count(*) AS orders", "is_late = true", "ship_region = 'Southeast'");
    }

    @Test
    void dates_written_day_first_with_dots_are_those_days() {
        assertThat(sql("revenue on 14.03.2025")).contains("'2025-03-14 00:00:00'", "'2025-03-15 00:00:00'");
        assertThat(sql("During the disruption (08.09.-19.09.2025): how many days took FedEx on average for the delivery"
                + " into the Southeast, compared with FedEx in all other regions together?")).contains(
                        "AS delivery_days", "carrier = 'FedEx'", "'2025-09-08 00:00:00'", "'2025-09-20 00:00:00'",
                        "ship_region = 'Southeast'");
        assertThat(sql("orders with csat below 4.5 by channel")).doesNotContain("TIMESTAMP");
    }

    @Test
    void ten_thousands_and_an_amount_said_again_in_brackets() {
        assertThat(sql("orders over 1.5万 dollars in 2025")).contains("order_total > 15000");
        assertThat(sql("orders more than 2万 (20,000) dollar in 2025 year")).contains("order_total > 20000")
                .doesNotContain("= 20000");
    }

    @Test
    void articles_other_languages_put_before_years_and_days_and_their_comparatives() {
        assertThat(sql("How many customers different have paid with the PayPal in the second half of the year 2025?"))
                .contains("order_ts >= TIMESTAMP '2025-07-01 00:00:00'", "order_ts < TIMESTAMP '2026-01-01 00:00:00'");
        assertThat(sql("refunds in the week of the Black Friday 2024")).contains(
                "order_ts >= TIMESTAMP '2024-11-25 00:00:00'", "order_ts < TIMESTAMP '2024-12-02 00:00:00'");
        assertThat(sql("Please to show me the three categories with the less orders in the year 2025.")).contains(
                "GROUP BY category", "ASC", "LIMIT 3");
        assertThat(sql("which is the region with the most high return rate in 2025")).contains("GROUP BY ship_region",
                "DESC");
    }

    @Test
    void two_words_typed_without_the_space_between_them() {
        assertThat(sql("refunds cybermonday 2025")).contains("order_ts >= TIMESTAMP '2025-12-01 00:00:00'",
                "order_ts < TIMESTAMP '2025-12-02 00:00:00'");
        assertThat(sql("netrevenue lastmonth")).startsWith("SELECT sum(order_total) - sum(refund_amount)")
                .contains("order_ts >= TIMESTAMP '2025-12-01 00:00:00'");
    }

    @Test
    void a_numbered_quarter_a_lone_v_and_an_event_its_owner_had_are_read() {
        assertThat(sql("Customer VIP, how many people buy from us in quarter 4 year 2025?")).contains(
                "customer_segment = 'vip'", "'2025-10-01 00:00:00'", "'2026-01-01 00:00:00'");
        assertThat(sql("avg days to deliver UPS v FedEx, oct 2025")).startsWith("SELECT carrier,")
                .contains("GROUP BY carrier");
        assertThat(sql("Day Klarna have outage, how many order is cancel?")).contains("'2025-03-14 00:00:00'",
                "status = 'cancelled'").doesNotContain("payment_method");
    }

    @Test
    void a_range_of_months_takes_a_year_in_two_digits_after_it_and_a_name_before_it_stops_at_a_column() {
        assertThat(sql("nimbus x2 returns by reason (may-jul 25)")).contains("'2025-05-01 00:00:00'",
                "'2025-08-01 00:00:00'");
        assertThat(sql("nimbus x2 returns by reason, recall window (may-jul 25)")).startsWith("SELECT return_reason,")
                .contains("GROUP BY return_reason");
    }

    @Test
    void an_adjective_after_its_noun_and_words_of_other_languages_read_as_meant() {
        assertThat(sql("How many clients different have made orders with shipping to Atlanta during 2024?"))
                .startsWith("SELECT count(DISTINCT customer_id)").contains("ship_city = 'Atlanta'");
        assertThat(sql("How many devolutions we had of the Nimbus X2 earbuds in 2025?")).contains(
                "status = 'returned'");
        assertThat(sql("In average how many days pass from the order until the delivery, for the orders of 2025 sent"
                + " with UPS to Georgia?")).contains("date_diff('second', order_ts, delivered_at)",
                        "carrier = 'UPS'", "ship_state = 'GA'");
        assertThat(sql("mktplace cancellation rate per quarter, 2025")).contains("channel = 'marketplace'");
    }

    @Test
    void taglish_questions_are_read_in_their_english_words() {
        assertThat(sql("Hi po! ilan po yung orders na na-cancel last month? thanks po")).startsWith(
                "SELECT count(*)").contains("status = 'cancelled'", "order_ts >= TIMESTAMP '2025-12-01 00:00:00'");
        assertThat(sql("which city po sa Texas ang may pinakamaraming orders? top 1 lang po")).startsWith(
                "SELECT ship_city").contains("ship_state = 'TX'", "ORDER BY count(*) DESC LIMIT 1");
        assertThat(sql("magkano po total refund natin sa apparel na orders from may until july 2025?")).startsWith(
                "SELECT sum(refund_amount)").contains("category = 'Apparel'",
                        "order_ts >= TIMESTAMP '2025-05-01 00:00:00' AND order_ts < TIMESTAMP '2025-08-01 00:00:00'");
        assertThat(sql("how many po orders na 5 pcs pataas yung quantity tapos gift card ang payment? for 2025 lang"
                + " po")).contains("quantity >= 5", "payment_method = 'gift_card'");
    }

    @Test
    void english_words_taglish_also_has_keep_their_english_meaning() {
        assertThat(TaglishWords.inEnglish("orders at the start of may, PO numbers na")).isEqualTo(
                "orders at the start of may, PO numbers na");
        assertThat(sql("how many orders in may 2025 were paid by klarna")).contains(
                "order_ts >= TIMESTAMP '2025-05-01 00:00:00'", "payment_method = 'klarna'");
    }

    @Test
    void italian_habits_a_semester_a_medium_value_and_respect_to_are_read() {
        assertThat(sql("Can you make me see the medium value of the order for the channel mobile respect to the web, in"
                + " the first semester of 2025?")).startsWith("SELECT channel, sum(order_total) / count(*)").contains(
                        "channel IN ('mobile', 'web')",
                        "order_ts >= TIMESTAMP '2025-01-01 00:00:00' AND order_ts < TIMESTAMP '2025-07-01 00:00:00'");
        assertThat(sql("The clients that have payed with Klarna the 14/03/2025, how many orders were cancellated?"))
                .contains("status = 'cancelled'", "payment_method = 'klarna'");
        assertThat(sql("How many returns for defect there have been in apparel from May until July of 2025?"))
                .contains("return_reason = 'defective'", "status = 'returned'");
        assertThat(sql("In the week of Christmas of the 2024 how much money we have refunded to the customers?"))
                .startsWith("SELECT sum(refund_amount)").contains(
                        "order_ts >= TIMESTAMP '2024-12-23 00:00:00' AND order_ts < TIMESTAMP '2024-12-30 00:00:00'");
    }

    @Test
    void words_a_dictation_engine_heard_for_others_are_read_as_meant() {
        assertThat(sql("show me revenue by weak for december twenty twenty five")).contains("date_trunc('week'",
                "'2025-12-01 00:00:00'");
        assertThat(sql("what's the average see sat for orders returned damaged in transit")).startsWith(
                "SELECT avg(csat_score)").contains("return_reason = 'damaged_in_transit'");
        assertThat(sql("how many units of the nimbus ex two wireless ear buds did we sell in twenty twenty five"))
                .contains("product_name = 'Nimbus X2 wireless earbuds'", "sum(quantity)");
        assertThat(sql("which region is weak on late deliveries")).doesNotContain("date_trunc('week'");
    }

    @Test
    void the_courtesy_of_a_formal_letter_is_not_what_it_asks() {
        assertThat(sql("Dear colleagues, I should be most grateful if you would let me know the total revenue we took"
                + " in the year 2024, and likewise in 2025, that I may set the one beside the other. With kind"
                + " regards.")).contains("THEN '2024'", "THEN '2025'", "sum(order_total)");
        assertThat(sql("It would oblige me greatly to learn which five cities furnished us with the greatest net"
                + " revenue during the latter half of 2025.")).contains("GROUP BY ship_city", "LIMIT 5",
                "'2025-07-01 00:00:00'");
        assertThat(sql("Might I trouble you for the number of orders received on each day of the week commencing"
                + " Monday, the 8th of September 2025? I remain, yours faithfully.")).contains(
                "CAST(order_ts AS DATE)", "'2025-09-08 00:00:00'", "'2025-09-15 00:00:00'");
        assertThat(sql("Pray, how many orders of more than five items have been placed since the first of October"
                + " 2025, excepting those which reached us through the marketplace?")).contains("quantity > 5",
                "channel NOT IN ('marketplace')", "'2025-10-01 00:00:00'");
        assertThat(sql("I should be obliged to know what proportion of the customers who ordered from us in 2025"
                + " belonged to the VIP segment.")).contains("count(DISTINCT customer_id) FILTER (WHERE"
                + " customer_segment = 'vip')");
    }

    @Test
    void a_year_with_an_article_or_without_its_of_is_the_year() {
        assertThat(sql("orders with 5 pieces or more from Texas in the first half of the 2025")).contains(
                "'2025-01-01 00:00:00'", "'2025-07-01 00:00:00'").doesNotContain("2026");
        assertThat(sql("first half year 2025, orders paid by paypal, how many?")).contains("'2025-01-01 00:00:00'",
                "'2025-07-01 00:00:00'").doesNotContain("2026");
    }

    @Test
    void a_question_closed_with_a_greek_question_mark_is_a_question() {
        assertThat(QuestionMarks.inEnglish("Why the orders with the Klarna were cancelled on 14/03/2025;")).endsWith(
                "14/03/2025?");
        assertThat(QuestionMarks.inEnglish("revenue by channel; 2025")).isEqualTo("revenue by channel; 2025");
        assertThat(sql("How many orders with 5 pieces or more we had from the Texas in the first half of the 2025;"))
                .contains("quantity >= 5", "ship_state = 'TX'", "'2025-07-01 00:00:00'");
    }
}
