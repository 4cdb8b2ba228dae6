package dev.orderlens.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.answering.SemanticQueryJson.InvalidSemanticQueryException;
import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.table.SqlDialect;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SemanticQueryJsonTest {

    private static JdbcTestWarehouse warehouse;
    private static LocalSqlGenerator local;
    private static SemanticQueryJson json;

    @BeforeAll
    static void setUp() {
        warehouse = SmallOrders.warehouse();
        SemanticModelFile model = SemanticModelFile.loadDefault();
        local = SmallOrders.generator(model, SmallOrders.catalog(model, warehouse));
        json = new SemanticQueryJson(model.model(), local.catalog());
    }

    @AfterAll
    static void tearDown() {
        warehouse.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"revenue by carrier in 2025", "top 3 states by late delivery rate last quarter",
        "orders by month in 2025", "revenue in 2025 vs 2024", "share of revenue from mobile in 2025",
        "average unit price by category", "orders not shipped by UPS", "late orders by carrier",
        "late delivery rate for the West vs the rest of the country", "top 3 products by revenue in each category",
        "best selling product each month in 2025", "how many customers ordered more than once in 2025",
        "revenue and orders by channel", "what's the change in revenue, 2025 vs 2024",
        "orders under $50, between $50 and $200 and over $200 in 2025", "revenue in 2025 excluding Black Friday"})
    void reads_back_what_it_writes_for_the_parsers_queries(String question) {
        QuerySpec spec = local.parser().parse(question, ConversationContext.empty(), LocalDate.of(2026, 1, 1));

        assertThat(json.read(json.write(spec), false)).contains(spec);
    }

    @Test
    void reads_a_query_as_a_model_writes_it_and_spells_values_as_the_data_does() {
        QuerySpec spec = json.read("""
                {"expressible": true, "refines_previous": false,
                 "measures": [{"metric": "late_delivery_rate", "aggregate": null, "column": null}],
                 "filters": [{"column": "carrier", "op": "in", "values": ["fedex", "ups"]}],
                 "period": {"start": "2025-09-01", "end": "2025-10-01"}, "compared_periods": [],
                 "group_by": ["ship_state"], "grain": null, "order": "desc", "limit": 5, "share_of": null}""",
                false).orElseThrow();

        assertThat(spec.filters()).containsExactly(Filter.in("carrier", List.of("FedEx", "UPS")));
        assertThat(spec.period()).isEqualTo(Period.month(2025, 9));
        assertThat(spec.groupBy()).containsExactly("ship_state");
        assertThat(spec.ascending()).isFalse();
        assertThat(spec.limit()).isEqualTo(5);
    }

    @Test
    void an_average_said_per_so_many_orders_is_read_and_written_back() {
        QuerySpec spec = json.read("{\"measures\":[{\"aggregate\":\"avg\",\"column\":\"order_total\",\"per\":1000}]}",
                false).orElseThrow();

        assertThat(spec.measures()).containsExactly(MeasureRef.aggregate("avg", "order_total").per(1000));
        assertThat(json.write(spec)).contains("\"per\":1000");
        assertThat(local.compiled(spec, SqlDialect.DUCKDB).sql()).startsWith(
                "SELECT (avg(order_total)) * 1000 AS avg_order_total_per_1000_orders");
    }

    @Test
    void a_query_the_form_cannot_express_is_none() {
        assertThat(json.read("{\"expressible\": false, \"measures\": []}", false)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"measures\":[{\"metric\":\"revenu\"}]}|unknown metric 'revenu' (closest: revenue); known: orders, revenue",
        "{\"measures\":[{\"metric\":\"orders\"}],\"filters\":[{\"column\":\"carier\",\"op\":\"in\",\"values\":[\"UPS\"]}]}"
            + "|unknown filter column 'carier' (closest: carrier); known: order_id",
        "{\"measures\":[{\"metric\":\"orders\"}],\"filters\":[{\"column\":\"carrier\",\"op\":\"in\",\"values\":[\"Fedexx\"]}]}"
            + "|unknown value of carrier 'Fedexx' (closest: FedEx); known: ",
        "{\"measures\":[{\"metric\":\"orders\"}],\"group_by\":[\"order_total\"]}|unknown group_by column 'order_total'",
        "{\"measures\":[{\"aggregate\":\"avg\",\"column\":\"carrier\"}]}|unknown measure column 'carrier'",
        "{\"measures\":[{\"metric\":\"orders\"}],\"filters\":[{\"column\":\"carrier\",\"op\":\"true\",\"values\":[]}]}"
            + "|carrier true: true and false apply to flag columns only (is_late)",
        "{\"measures\":[{\"metric\":\"orders\"}],\"filters\":[{\"column\":\"order_total\",\"op\":\"gt\",\"values\":[\"lots\"]}]}"
            + "|order_total gt: needs exactly one number",
        "{\"measures\":[{\"metric\":\"orders\"}],\"period\":{\"start\":\"2025-10-01\",\"end\":\"2025-09-01\"}}"
            + "|period: a period must end after it starts",
        "{\"measures\":[{\"metric\":\"orders\"}],\"grain\":\"fortnight\"}|unknown grain 'fortnight'",
        "{\"measures\":[{\"metric\":\"orders\"}],\"limit\":0}|limit must be a whole number of at least 1",
        "{\"measures\":[{\"metric\":\"orders\"}],\"filters\":[{\"column\":\"order_total\",\"op\":\"in\",\"values\":[\"5\"]}]}"
            + "|order_total in: in and not_in apply to dimension and identifier columns only",
        "{\"measures\":[],\"group_by\":[\"carrier\"]}|need at least one measure",
        "{\"measures\":[{\"metric\":\"orders\"}],\"group_by\":[\"carrier\",\"category\"],\"limit_per\":\"category\"}"
            + "|limit_per must be one of two or more groups (group_by or the grain) and needs a limit",
        "{\"measures\":[{\"metric\":\"orders\"}],\"group_by\":[\"carrier\"],\"limit\":1,\"limit_per\":\"carrier\"}"
            + "|limit_per must be one of two or more groups",
        "{\"measures\":[{\"metric\":\"orders\"}],\"group_by\":[\"carrier\"],\"limit\":1,\"limit_per\":\"warehouse\"}"
            + "|unknown limit_per group 'warehouse'",
        "{\"measures\":[{\"metric\":\"customers\"}],\"per_entity\":{\"column\":\"customer_id\",\"metric\":\"orders\","
            + "\"op\":\"in\",\"value\":\"1\"}}|per_entity needs op eq, gt, ge, lt or le and one number as value",
        "{\"measures\":[{\"metric\":\"orders\"}],\"change\":true}|change needs two or more compared_periods",
        "{\"measures\":[{\"metric\":\"orders\"}],\"bands\":[[{\"column\":\"order_total\",\"op\":\"lt\",\"values\":[\"50\"]}]]}"
            + "|bands needs two or more ranges of one number column",
        "{\"refines_previous\":true,\"measures\":[{\"metric\":\"orders\"}]}|the conversation has no previous query",
        "{\"measures\":[{\"metric\":\"orders\",\"per\":1000}]}|per applies to a rate or an average per order only,"
            + " not orders",
        "{\"measures\":[{\"aggregate\":\"avg\",\"column\":\"order_total\",\"per\":7}]}|per is 100, 1000 or 10000"
            + " orders, or null, not 7",
        "SELECT 1|the answer is not JSON"
    })
    void names_the_mistake_and_what_exists(String answer, String message) {
        assertThatThrownBy(() -> json.read(answer, false)).isInstanceOf(InvalidSemanticQueryException.class)
                .hasMessageContaining(message);
    }

    @Test
    void reports_every_mistake_at_once() {
        assertThatThrownBy(() -> json.read("{\"measures\":[{\"metric\":\"revenu\"}],\"group_by\":[\"carier\"]}", false))
                .hasMessageContaining("'revenu'").hasMessageContaining("'carier'");
    }
}
