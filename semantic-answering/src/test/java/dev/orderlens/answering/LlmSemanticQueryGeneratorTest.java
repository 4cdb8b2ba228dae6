package dev.orderlens.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.domain.llm.ResponseFormat;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.port.SqlGenerator;
import dev.orderlens.core.port.SqlGenerator.GeneratedSql;
import dev.orderlens.core.port.SqlGenerator.QuestionNotUnderstoodException;
import dev.orderlens.core.prompt.PromptTemplates;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LlmSemanticQueryGeneratorTest {

    /** What a model writes for "Late delivery rate by carrier in September 2025". */
    private static final String LATE_RATE_BY_CARRIER = """
            {"expressible": true, "refines_previous": false,
             "measures": [{"metric": "late_delivery_rate", "aggregate": null, "column": null}],
             "filters": [], "period": {"start": "2025-09-01", "end": "2025-10-01"}, "compared_periods": [],
             "group_by": ["carrier"], "grain": null, "order": null, "limit": null, "share_of": null}""";

    private static final String REVENUE_BY_CHANNEL_2025 = """
            {"expressible": true, "refines_previous": false,
             "measures": [{"metric": "revenue", "aggregate": null, "column": null}],
             "filters": [], "period": {"start": "2025-01-01", "end": "2026-01-01"}, "compared_periods": [],
             "group_by": ["channel"], "grain": null, "order": null, "limit": null, "share_of": null}""";

    private static final String NOT_EXPRESSIBLE = """
            {"expressible": false, "refines_previous": false, "measures": [], "filters": [], "period": null,
             "compared_periods": [], "group_by": [], "grain": null, "order": null, "limit": null, "share_of": null}""";

    private static JdbcTestWarehouse warehouse;
    private static LocalSqlGenerator local;

    @BeforeAll
    static void setUp() {
        warehouse = SmallOrders.warehouse();
        SemanticModelFile model = SemanticModelFile.loadDefault();
        local = SmallOrders.generator(model, SmallOrders.catalog(model, warehouse));
    }

    @AfterAll
    static void tearDown() {
        warehouse.close();
    }

    private static LlmSemanticQueryGenerator generator(ScriptedModel model, SqlGenerator rawSql) {
        return LlmSemanticQueryGenerator.builder().languageModel(model).promptTemplates(PromptTemplates.fromClasspath())
                .compiler(local).rawSql(rawSql).build();
    }

    private static LlmSemanticQueryGenerator generator(ScriptedModel model) {
        return generator(model, (question, conversation, dialect) -> {
            throw new AssertionError("the form expressed the question; no raw SQL was needed");
        });
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void the_models_query_compiles_to_the_same_sql_as_the_parsers_for_the_same_question(SqlDialect dialect) {
        String question = "Late delivery rate by carrier in September 2025";

        GeneratedSql fromModel = generator(new ScriptedModel().answering(LATE_RATE_BY_CARRIER))
                .generate(question, Conversation.empty("s"), dialect);
        GeneratedSql fromParser = local.generate(question, Conversation.empty("s"), dialect);

        assertThat(fromModel.sql()).isEqualTo(fromParser.sql());
        assertThat(fromModel.context()).isEqualTo(fromParser.context());
        assertThat(fromModel.writtenBy()).isEqualTo("language model, semantic query");
        assertThat(fromParser.writtenBy()).isEqualTo("local parser, semantic query");
    }

    @Test
    void asks_under_the_schema_with_the_models_vocabulary_today_and_the_previous_query() {
        ScriptedModel model = new ScriptedModel().answering(REVENUE_BY_CHANNEL_2025);
        Conversation afterCarriers = answered(Conversation.empty("s"), "late delivery rate by carrier in 2025");

        generator(model).generate("and revenue by channel?", afterCarriers, SqlDialect.DUCKDB);

        ResponseFormat format = model.requests().get(0).responseFormat();
        assertThat(format.kind()).isEqualTo(ResponseFormat.Kind.JSON_SCHEMA);
        assertThat(format.schemaName()).isEqualTo("semantic_query");
        assertThat(format.jsonSchema()).isEqualTo(SemanticQuerySchema.of(local.model().model()));
        assertThat(model.lastMessage(0))
                .contains("- late_delivery_rate: late deliveries / delivered orders, in percent")
                .contains("- carrier").contains("DHL, FedEx, UPS, USPS")
                .contains("Flags (filter with op \"true\" or \"false\"): is_late")
                .contains("Today is 2026-01-01")
                .contains("- Spring Refresh sale (also: spring refresh, spring sale, spring refresh promotion, "
                        + "spring refresh promo): 2025-04-01 to 2025-04-07")
                .contains("\"metric\":\"late_delivery_rate\"").contains("\"group_by\":[\"carrier\"]")
                .contains("User: late delivery rate by carrier in 2025")
                .contains("Question: and revenue by channel?");
    }

    @Test
    void tries_once_more_with_the_mistake_named_and_uses_the_corrected_query() {
        ScriptedModel model = new ScriptedModel().answering(
                LATE_RATE_BY_CARRIER.replace("late_delivery_rate", "late_delivry_rate"), LATE_RATE_BY_CARRIER);

        GeneratedSql generated = generator(model).generate("Late delivery rate by carrier in September 2025",
                Conversation.empty("s"), SqlDialect.DUCKDB);

        assertThat(generated.sql()).contains("AS late_delivery_rate").contains("GROUP BY carrier");
        assertThat(model.requests()).hasSize(2);
        assertThat(model.requests().get(1).messages()).hasSize(3);
        assertThat(model.lastMessage(1)).contains("unknown metric 'late_delivry_rate' (closest: late_delivery_rate); known: orders, revenue")
                .doesNotContain("need at least one measure");
    }

    @Test
    void a_second_answer_that_does_not_fit_is_a_question_not_understood() {
        ScriptedModel model = new ScriptedModel().answering("I think you want the late rate.", "{\"measures\": 7,");

        assertThatThrownBy(() -> generator(model).generate("Late delivery rate by carrier", Conversation.empty("s"),
                SqlDialect.DUCKDB)).isInstanceOf(QuestionNotUnderstoodException.class)
                .hasMessageContaining("does not fit the semantic model").hasMessageContaining("not JSON");
    }

    @Test
    void what_the_form_cannot_express_is_written_as_raw_sql_marked_as_such_and_forgets_the_previous_query() {
        Conversation afterCarriers = answered(Conversation.empty("s"), "late delivery rate by carrier in 2025");
        SqlGenerator rawSql = (question, conversation, dialect) -> new GeneratedSql(
                "SELECT customer_id, count(*) AS orders FROM orders GROUP BY customer_id HAVING count(*) > 5", null)
                .withWrittenBy("language model, raw SQL");

        GeneratedSql generated = generator(new ScriptedModel().answering(NOT_EXPRESSIBLE), rawSql)
                .generate("customers with more than 5 orders", afterCarriers, SqlDialect.DUCKDB);

        assertThat(generated.sql()).contains("HAVING count(*) > 5");
        assertThat(generated.notes()).containsExactly("This query was written directly by the language model, "
                + "outside the semantic model; check it before relying on it.");
        assertThat(generated.writtenBy()).isEqualTo("language model, raw SQL");
        ConversationContext after = afterCarriers.context().merge(generated.context());
        assertThat(ContextCodec.decode(after)).isEmpty();
    }

    @Test
    void the_local_parser_follows_up_on_the_models_query_and_the_model_on_the_parsers() {
        GeneratedSql byModel = generator(new ScriptedModel().answering(REVENUE_BY_CHANNEL_2025))
                .generate("How did revenue split across channels in 2025?", Conversation.empty("s"), SqlDialect.DUCKDB);
        Conversation afterModel = withTurn(Conversation.empty("s"), "How did revenue split across channels in 2025?",
                byModel);

        GeneratedSql followUp = local.generate("and only for FedEx?", afterModel, SqlDialect.DUCKDB);

        assertThat(followUp.sql()).contains("AS revenue").contains("carrier = 'FedEx'").contains("GROUP BY channel")
                .contains("order_ts >= TIMESTAMP '2025-01-01 00:00:00'");
        assertThat(warehouse.execute(new SqlQuery(followUp.sql(), 100, Duration.ofSeconds(10))).totalRows())
                .isPositive();
    }

    private static Conversation answered(Conversation conversation, String question) {
        return withTurn(conversation, question, local.generate(question, conversation, SqlDialect.DUCKDB));
    }

    private static Conversation withTurn(Conversation conversation, String question, GeneratedSql sql) {
        return conversation.plus(new Turn("m", question, "", Route.SQL, sql.sql(), Instant.EPOCH),
                conversation.context().merge(sql.context()), 10);
    }

    @Test
    void a_model_answer_in_a_fence_is_read_like_a_bare_one() {
        GeneratedSql generated = generator(new ScriptedModel().answering("```json\n" + LATE_RATE_BY_CARRIER + "\n```"))
                .generate("late rate by carrier in September 2025", Conversation.empty("s"), SqlDialect.DUCKDB);

        assertThat(generated.context().values()).containsAllEntriesOf(Map.of("query.metric", "late_delivery_rate",
                "query.groupBy", "carrier"));
    }
}
