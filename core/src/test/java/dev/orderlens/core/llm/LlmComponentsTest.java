package dev.orderlens.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.Assistant;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.domain.llm.CompletionRequest;
import dev.orderlens.core.domain.llm.ResponseFormat;
import dev.orderlens.core.domain.llm.TokenUsage;
import dev.orderlens.core.domain.route.Classification;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.fixtures.Fakes;
import dev.orderlens.core.fixtures.ScriptedLanguageModel;
import dev.orderlens.core.fixtures.TestModels;
import dev.orderlens.core.memory.InMemoryTelemetry;
import dev.orderlens.core.pipeline.AskCommand;
import dev.orderlens.core.port.SqlGenerator.GeneratedSql;
import dev.orderlens.core.port.SqlGenerator.QuestionNotUnderstoodException;
import dev.orderlens.core.prompt.PromptTemplates;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LlmComponentsTest {

    private static final Clock NEW_YEAR = Clock.fixed(Instant.parse("2026-01-01T09:00:00Z"), ZoneOffset.UTC);
    private final PromptTemplates prompts = PromptTemplates.fromClasspath();

    private static Conversation oneTurn() {
        Turn turn = new Turn("m-1", "Revenue in Q1 2025", "It was $5.", Route.SQL, "SELECT sum(order_total) FROM orders",
                Instant.EPOCH);
        return new Conversation("session-0001", List.of(turn), ConversationContext.empty());
    }

    private static String prompt(CompletionRequest request) {
        return request.messages().get(0).content();
    }

    @Test
    void classifier_asks_for_the_json_schema_with_schema_history_and_today_and_parses_fenced_output() {
        ScriptedLanguageModel model = new ScriptedLanguageModel()
                .answering("```json\n{\"route\":\"sql\",\"confidence\":0.82,\"reasoning\":\"a period\",\"sql\":null}\n```");
        LlmQuestionClassifier classifier = new LlmQuestionClassifier(model, prompts, TestModels.orders(), NEW_YEAR);

        Classification classification = classifier.classify("and Q2?", oneTurn());

        assertThat(classification).isEqualTo(new Classification(Route.SQL, 0.82, "a period"));
        CompletionRequest request = model.requests().get(0);
        assertThat(request.responseFormat().kind()).isEqualTo(ResponseFormat.Kind.JSON_SCHEMA);
        assertThat(request.temperature()).isZero();
        assertThat(prompt(request)).contains("Question: and Q2?", "User: Revenue in Q1 2025", "Today is 2026-01-01",
                "sum(order_total) WHERE status <> 'cancelled'");
        // SQL is the generator's to write, through the semantic query form; the classifier only routes.
        assertThat(request.responseFormat().jsonSchema()).doesNotContain("\"sql\":");
        assertThat(prompt(request)).doesNotContain("\"sql\": for the sql route");
    }

    @Test
    void sql_generator_strips_fences_and_refuses_when_the_model_says_no_sql() {
        ScriptedLanguageModel model = new ScriptedLanguageModel()
                .answering("```sql\nSELECT count(*) FROM orders\n```", "NO_SQL");
        LlmSqlGenerator generator = new LlmSqlGenerator(model, prompts, TestModels.orders(), NEW_YEAR);

        GeneratedSql generated = generator.generate("How many orders?", Conversation.empty("session-0001"),
                SqlDialect.DUCKDB);

        assertThat(generated.sql()).isEqualTo("SELECT count(*) FROM orders");
        assertThat(prompt(model.requests().get(0))).contains("DuckDB", "order_ts >= start", "2026-01-01");
        assertThatThrownBy(() -> generator.generate("What is the weather?", Conversation.empty("session-0001"),
                SqlDialect.DUCKDB)).isInstanceOf(QuestionNotUnderstoodException.class);
    }

    @Test
    void summary_prompt_holds_the_sample_rows_and_the_true_total() {
        ScriptedLanguageModel model = new ScriptedLanguageModel().answering("FedEx leads.");
        List<List<Object>> rows = new ArrayList<>();
        for (long i = 0; i < 3; i++) {
            rows.add(List.of("carrier|" + i, i));
        }
        SqlResult sample = new SqlResult(List.of(new Column("carrier", ColumnType.STRING),
                new Column("n", ColumnType.INTEGER)), rows, 9_000, true);

        String summary = new LlmAnswerWriter(model, prompts).summarizeSql("late by carrier?", "SELECT 1", sample);

        assertThat(summary).isEqualTo("FedEx leads.");
        assertThat(prompt(model.requests().get(0))).contains("9000 rows in all; these are the first 3",
                "| carrier | n |", "| carrier/2 | 2 |");
    }

    @Test
    void summary_prompt_shows_the_first_rows_and_figures_over_every_row() {
        ScriptedLanguageModel model = new ScriptedLanguageModel().answering("The peak was 2025-12-01.");
        List<List<Object>> rows = new ArrayList<>();
        for (int day = 1; day <= 365; day++) {
            rows.add(List.of(java.time.LocalDate.ofYearDay(2025, day), day == 335 ? 396L : 60L + day % 7));
        }
        SqlResult year = SqlResult.of(List.of(new Column("day", ColumnType.DATE),
                new Column("orders", ColumnType.INTEGER)), rows);

        new LlmAnswerWriter(model, prompts).summarizeSql("orders by day in 2025", "SELECT 1", year);

        String prompt = prompt(model.requests().get(0));
        assertThat(prompt).contains("365 rows in all; these are the first 20", "| 2025-01-20 |")
                .doesNotContain("| 2025-01-21 |")
                .contains("- orders: highest 396 (2025-12-01), lowest 60 (2025-01-07)");
    }

    @Test
    void summary_prompt_gives_figures_per_series_for_months_by_carrier() {
        ScriptedLanguageModel model = new ScriptedLanguageModel().answering("FedEx peaked in September.");
        List<List<Object>> rows = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            java.time.LocalDate first = java.time.LocalDate.of(2025, month, 1);
            rows.add(List.of(first, "FedEx", month == 9 ? 16.6 : 7.0));
            rows.add(List.of(first, "UPS", month == 12 ? 9.4 : 6.0));
        }
        SqlResult months = SqlResult.of(List.of(new Column("month", ColumnType.DATE),
                new Column("carrier", ColumnType.STRING), new Column("late_delivery_rate", ColumnType.DOUBLE)), rows);

        new LlmAnswerWriter(model, prompts).summarizeSql("plot it by month", "SELECT 1", months);

        assertThat(prompt(model.requests().get(0)))
                .contains("- shape: 2 series (one per carrier) over 12 distinct month values, 24 rows in all")
                .contains("- late_delivery_rate: highest 16.6 (2025-09-01 / FedEx)")
                .contains("  - late_delivery_rate for carrier FedEx: highest 16.6 (2025-09-01), lowest 7.0 (2025-01-01)")
                .contains("  - late_delivery_rate for carrier UPS: highest 9.4 (2025-12-01)");
    }

    @Test
    void grounded_answer_numbers_the_sources_and_streams_tokens() {
        ScriptedLanguageModel model = new ScriptedLanguageModel().answering("A hurricane hit [1].");
        List<String> tokens = new ArrayList<>();

        var answer = new LlmAnswerWriter(model, prompts).writeGrounded("why late?",
                List.of(Fakes.passage("analytics", "incident-1", "Hurricane in the Southeast.")),
                Conversation.empty("session-0001"), tokens::add);

        assertThat(String.join("", tokens)).isEqualTo("A hurricane hit [1].");
        assertThat(answer.cited()).extracting(p -> p.id()).containsExactly("incident-1");
        assertThat(prompt(model.requests().get(0))).contains("[1] Title of incident-1\nHurricane in the Southeast.");
    }

    @Test
    void title_is_held_to_six_words_without_quotes_or_final_punctuation() {
        ScriptedLanguageModel model = new ScriptedLanguageModel()
                .answering("Title: \"Late FedEx deliveries in the Southeast during September.\"\nextra line");

        String title = new LlmTitleGenerator(model, prompts).title("why were FedEx deliveries late?");

        assertThat(title).isEqualTo("Late FedEx deliveries in the Southeast");
    }

    @Test
    void follow_ups_are_the_questions_of_the_answer_lines() {
        ScriptedLanguageModel model = new ScriptedLanguageModel()
                .answering("1. Revenue by region in 2025?\n- What about FedEx?\nHere you go\n3) And last year?\n4. Q4?");
        Answer answer = new SqlAnswer("m", "session-0001", "Revenue in 2025", "It was $5.", "SELECT 1", null, null,
                null, List.of(), null, new dev.orderlens.core.domain.route.RouteOutcome(Route.SQL, 1, false, false, ""), List.of(),
                dev.orderlens.core.domain.telemetry.StageTimings.none());

        List<String> followUps = new LlmFollowUpSuggester(model, prompts, TestModels.orders()).suggest(answer,
                Conversation.empty("session-0001"));

        assertThat(followUps).containsExactly("Revenue by region in 2025?", "What about FedEx?", "And last year?");
    }

    @Test
    void an_assistant_on_a_language_model_routes_answers_and_meters_tokens() {
        ScriptedLanguageModel model = new ScriptedLanguageModel().answering(
                "{\"route\":\"sql\",\"confidence\":0.9,\"reasoning\":\"a count\",\"sql\":\"SELECT carrier, count(*) FROM orders GROUP BY 1\"}",
                "FedEx leads with 412.",
                "By region?\nLast year?");
        InMemoryTelemetry telemetry = new InMemoryTelemetry();
        Assistant assistant = Assistant.builder().semanticModel(TestModels.orders())
                .sqlWarehouse(Fakes.Warehouse.returning(Fakes.carrierRows()))
                .vectorIndexes(Fakes.Index.of("analytics"))
                .languageModel(model).telemetry(telemetry).clock(NEW_YEAR).build();

        SqlAnswer answer = (SqlAnswer) assistant.ask(new AskCommand("late orders by carrier", "session-0001"));

        assertThat(answer.text()).isEqualTo("FedEx leads with 412.");
        assertThat(answer.followUps()).containsExactly("By region?", "Last year?");
        assertThat(telemetry.requests().get(0).tokenUsage()).isEqualTo(new TokenUsage(30, 15));
        assertThat(telemetry.requests().get(0).models()).containsEntry("language_model", "scripted");
    }

    @Test
    void when_the_language_model_goes_down_the_local_fallbacks_still_answer_and_it_is_recorded() {
        ScriptedLanguageModel model = new ScriptedLanguageModel().down();
        InMemoryTelemetry telemetry = new InMemoryTelemetry();
        Assistant assistant = Assistant.builder().semanticModel(TestModels.orders())
                .sqlWarehouse(Fakes.Warehouse.returning(Fakes.carrierRows()))
                .vectorIndexes(Fakes.Index.of("analytics"))
                .languageModel(model)
                .fallbackClassifier((question, conversation) -> new Classification(Route.SQL, 0.9, "local"))
                .fallbackSqlGenerator((question, conversation, dialect) -> new GeneratedSql(
                        "SELECT carrier, count(*) FROM orders GROUP BY 1", null))
                .fallbackAnswerWriter(new Fakes.Writer(Fakes.Writer.Mode.WORKING))
                .telemetry(telemetry).build();

        SqlAnswer answer = (SqlAnswer) assistant.ask(new AskCommand("late orders by carrier", "session-0001"));

        assertThat(answer.result().rows()).hasSize(2);
        assertThat(answer.text()).isEqualTo("2 rows, led by FedEx");
        assertThat(telemetry.requests().get(0).failures()).contains("classifier_failed", "classifier_fallback",
                "sql_generator_fallback", "summary_fallback", "follow_ups_failed");
        assertThat(assistant.title("why were FedEx deliveries late in September?"))
                .isEqualTo("why were FedEx deliveries late in");
    }

    @Test
    void sample_rows_in_prompts_are_cut_short() {
        SqlResult sample = SqlResult.of(List.of(new Column("note", ColumnType.STRING)),
                List.of(List.of("x".repeat(500))));

        assertThat(LlmAnswerWriter.table(sample)).hasSizeLessThan(120);
    }
}
