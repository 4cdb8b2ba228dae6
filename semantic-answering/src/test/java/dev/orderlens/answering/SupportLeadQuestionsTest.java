package dev.orderlens.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Phrasings support leads use that the parser reads through the semantic model's roles, units and synonyms. */
class SupportLeadQuestionsTest {

    private static JdbcTestWarehouse warehouse;
    private static LocalSqlGenerator generator;

    @BeforeAll
    static void setUp() {
        warehouse = SmallOrders.warehouse();
        SemanticModelFile model = SemanticModelFile.loadDefault();
        generator = SmallOrders.generator(model, SmallOrders.catalog(model, warehouse));
    }

    @AfterAll
    static void tearDown() {
        warehouse.close();
    }

    private static String sql(String question) {
        String sql = generator.generate(question, Conversation.empty("s"), SqlDialect.DUCKDB).sql();
        warehouse.execute(new SqlQuery(sql, 1000, Duration.ofSeconds(10)));
        return sql;
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
        assertThat(sql("late rate for single-unit orders")).contains("quantity = 1");
    }

    @Test
    void a_number_after_a_named_money_column_stays_with_that_column() {
        assertThat(sql("orders whose refund was larger than $25")).contains("refund_amount > 25")
                .doesNotContain("order_total");
    }

    @Test
    void stars_and_ratings_compare_the_score() {
        assertThat(sql("how many 4-star reviews came from mobile")).contains("csat_score = 4", "channel = 'mobile'");
        assertThat(sql("orders rated 3 or higher")).contains("csat_score >= 3");
        assertThat(sql("share of surveys with 1 star")).contains("FILTER (WHERE csat_score = 1)", "WHERE csat_score > 0");
    }

    @Test
    void having_or_lacking_something_filters_on_its_column() {
        assertThat(sql("AOV of orders that got a coupon")).contains("discount_amount > 0");
        assertThat(sql("late rate for orders with no discount")).contains("discount_amount = 0");
        assertThat(sql("how many apparel orders were refunded")).contains("refund_amount > 0", "count(*)");
        assertThat(sql("revenue from free delivery orders")).contains("shipping_fee = 0");
        assertThat(sql("orders by channel that never got delivered")).contains("delivered_at IS NULL", "GROUP BY channel");
        assertThat(sql("how many orders having a support note came from mobile")).contains("support_note IS NOT NULL");
        assertThat(sql("orders without any tickets last month")).contains("support_tickets = 0");
    }

    @Test
    void a_word_that_can_be_had_still_names_its_measure_without_a_cue() {
        assertThat(sql("total discount by channel")).contains("sum(discount_amount)").doesNotContain("discount_amount > 0");
        assertThat(sql("refunds by month")).contains("sum(refund_amount)").doesNotContain("refund_amount > 0");
    }

    @Test
    void broken_down_by_is_grammar_even_where_broken_is_a_value() {
        assertThat(sql("refunds broken down by carrier")).contains("GROUP BY carrier").doesNotContain("defective");
    }

    @Test
    void an_order_id_is_grouped_by_only_when_asked_for_by_name() {
        assertThat(sql("refunds by order id for DHL")).contains("GROUP BY order_id");
    }
}
