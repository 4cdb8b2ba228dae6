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
    void an_order_id_is_grouped_by_only_when_asked_for_by_name() {
        assertThat(sql("refunds by order id for DHL")).contains("GROUP BY order_id");
    }
}
