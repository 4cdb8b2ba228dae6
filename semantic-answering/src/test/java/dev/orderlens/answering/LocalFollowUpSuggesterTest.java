package dev.orderlens.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.answering.semantic.ValueCatalog;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.RagAnswer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.route.RouteOutcome;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.telemetry.StageTimings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalFollowUpSuggesterTest {

    private static JdbcTestWarehouse warehouse;
    private static LocalSqlGenerator generator;
    private static LocalFollowUpSuggester suggester;

    @BeforeAll
    static void setUp() {
        warehouse = SmallOrders.warehouse();
        SemanticModelFile model = SemanticModelFile.loadDefault();
        ValueCatalog catalog = SmallOrders.catalog(model, warehouse);
        generator = SmallOrders.generator(model, catalog);
        suggester = LocalFollowUpSuggester.builder().model(model).sqlGenerator(generator).catalog(catalog).build();
    }

    @AfterAll
    static void tearDown() {
        warehouse.close();
    }

    private static SqlAnswer sqlAnswer(String question) {
        String sql = generator.generate(question, Conversation.empty("s"), SqlDialect.DUCKDB).sql();
        return new SqlAnswer("m", "s", question, "…", sql, null, null, null, List.of(), null,
                new RouteOutcome(Route.SQL, 0.9, false, false, ""), List.of(), StageTimings.none());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Late delivery rate by carrier in 2025",
        "How many orders did we get in 2025?",
        "revenue for FedEx in September 2025",
        "average unit price by category",
        "Daily orders from April 1 to April 7, 2025",
        "show order ORD-000123"
    })
    void suggests_two_or_three_questions_the_generator_understands(String question) {
        List<String> suggestions = suggester.suggest(sqlAnswer(question), Conversation.empty("s"));

        assertThat(suggestions).hasSizeBetween(2, 3).doesNotHaveDuplicates();
        for (String suggestion : suggestions) {
            assertThat(generator.generate(suggestion, Conversation.empty("s"), SqlDialect.DUCKDB).sql()).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"revenue for FedEx in September 2025"})
    void drills_down_compares_with_the_previous_period_and_switches_metric(String question) {
        List<String> suggestions = suggester.suggest(sqlAnswer(question), Conversation.empty("s"));

        assertThat(suggestions).anyMatch(s -> s.contains(" by ") && s.contains("FedEx"));
        assertThat(suggestions).anyMatch(s -> s.contains("September 2025 vs August 2025"));
        assertThat(suggestions).anyMatch(s -> !s.toLowerCase().startsWith("revenue"));
    }

    @Test
    void puts_a_day_after_on_as_it_is_said() {
        List<String> suggestions = suggester.suggest(sqlAnswer("how many orders were cancelled on March 14, 2025"),
                Conversation.empty("s"));

        assertThat(suggestions).isNotEmpty().anyMatch(s -> s.contains(" on March 14, 2025"))
                .noneMatch(s -> s.contains("in March 14"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Why did late deliveries spike in September 2025?", "What does the returns policy say?"})
    void suggests_figures_after_a_document_answer(String question) {
        Answer answer = new RagAnswer("m", "s", question, "…", List.of(), false, null,
                new RouteOutcome(Route.RAG, 0.9, false, false, ""), List.of(), StageTimings.none());

        List<String> suggestions = suggester.suggest(answer, Conversation.empty("s"));

        assertThat(suggestions).hasSizeBetween(2, 3);
        suggestions.forEach(s -> assertThat(generator.generate(s, Conversation.empty("s"), SqlDialect.DUCKDB).sql()).isNotBlank());
    }

    @Test
    void names_a_breakdown_by_half_year_so_that_it_reads_back() {
        List<String> suggestions = suggester.suggest(sqlAnswer("late delivery rate for each half-year of 2025"),
                Conversation.empty("s"));

        assertThat(suggestions).anyMatch(s -> s.contains("by half year"))
                .noneMatch(s -> s.matches(".*by half(?! year).*"));
    }

    @Test
    void offers_the_record_a_document_answer_is_about() {
        Answer answer = new RagAnswer("m", "s", "What happened to order ORD-000123?", "…", List.of(), false, null,
                new RouteOutcome(Route.RAG, 0.9, false, false, ""), List.of(), StageTimings.none());

        assertThat(suggester.suggest(answer, Conversation.empty("s"))).first().isEqualTo("Show ORD-000123");
    }

    @Test
    void offers_only_periods_the_data_covers() {
        LocalSqlGenerator bounded = LocalSqlGenerator.builder().model(SemanticModelFile.loadDefault())
                .catalog(SmallOrders.catalog(SemanticModelFile.loadDefault(), warehouse))
                .clock(SmallOrders.NEW_YEAR_2026)
                .dataRange(new DataRange(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 12, 31)))
                .build();
        LocalFollowUpSuggester onTheData = LocalFollowUpSuggester.builder().model(SemanticModelFile.loadDefault())
                .sqlGenerator(bounded).catalog(SmallOrders.catalog(SemanticModelFile.loadDefault(), warehouse)).build();

        List<String> unbounded = suggester.suggest(sqlAnswer("How many orders did we get in 2025?"),
                Conversation.empty("s"));
        List<String> suggestions = onTheData.suggest(sqlAnswer("How many orders did we get in 2025?"),
                Conversation.empty("s"));

        assertThat(unbounded).anyMatch(s -> s.contains("2024"));
        assertThat(suggestions).isNotEmpty().noneMatch(s -> s.contains("2024"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"revenue for FedEx in September 2025", "How many orders did we get in 2025?",
        "average unit price by category", "orders in California last month"})
    void drills_down_only_by_columns_with_few_enough_values_to_chart(String question) {
        SemanticModelFile model = SemanticModelFile.loadDefault();
        Map<String, List<String>> manyValues = new HashMap<>();
        for (String column : List.of("customer_segment", "ship_region", "category", "payment_method", "status",
                "carrier", "return_reason")) {
            manyValues.put(column, IntStream.range(0, ValueCatalog.CATEGORY_MAX_VALUES + 1)
                    .mapToObj(i -> column + " " + i).toList());
        }
        ValueCatalog catalog = ValueCatalog.of(model.model(), manyValues);
        LocalSqlGenerator wide = SmallOrders.generator(model, catalog);
        LocalFollowUpSuggester onlyCategories = LocalFollowUpSuggester.builder().model(model).sqlGenerator(wide)
                .catalog(catalog).build();

        List<String> suggestions = onlyCategories.suggest(sqlAnswer(question), Conversation.empty("s"));

        assertThat(suggestions).filteredOn(s -> s.contains(" by ") && !question.contains(" by "))
                .allMatch(s -> s.contains(" by channel"));
    }
}
