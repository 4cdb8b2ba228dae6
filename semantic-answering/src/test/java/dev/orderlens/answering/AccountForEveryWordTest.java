package dev.orderlens.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.route.Clarification;
import dev.orderlens.core.domain.route.Classification;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.port.SqlGenerator.ClarificationNeededException;
import dev.orderlens.core.port.SqlGenerator.GeneratedSql;
import dev.orderlens.core.port.SqlGenerator.QuestionNotUnderstoodException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Questions with words the model cannot use: they are named, asked back, or refused, never answered silently. */
class AccountForEveryWordTest {

    /** The words a small set of support documents would hold. */
    private static final Set<String> DOCUMENT_WORDS = Set.of("weather", "delay", "storm", "recall", "battery",
            "policy", "refund", "earbuds", "nimbus");

    private static JdbcTestWarehouse warehouse;
    private static LocalSqlGenerator generator;
    private static LocalQuestionClassifier classifier;

    @BeforeAll
    static void setUp() {
        warehouse = SmallOrders.warehouse();
        SemanticModelFile model = SemanticModelFile.loadDefault();
        generator = LocalSqlGenerator.builder().model(model).catalog(SmallOrders.catalog(model, warehouse))
                .clock(SmallOrders.NEW_YEAR_2026).dataRange(new DataRange(LocalDate.of(2024, 1, 1),
                        LocalDate.of(2025, 12, 31))).build();
        classifier = LocalQuestionClassifier.builder().sqlGenerator(generator)
                .embeddingModel(new HashedWordsEmbedding()).documentWords(DOCUMENT_WORDS::contains).build();
    }

    @AfterAll
    static void tearDown() {
        warehouse.close();
    }

    private static GeneratedSql generate(String question) {
        return generator.generate(question, Conversation.empty("s"), SqlDialect.DUCKDB);
    }

    @Test
    void a_question_about_something_outside_the_data_and_documents_is_out_of_scope() {
        Classification classification = classifier.classify("What is the weather in Paris today?",
                Conversation.empty("s"));

        Clarification refusal = classification.askBack().orElseThrow();
        assertThat(refusal.reason()).isEqualTo(Clarification.Reason.OUT_OF_SCOPE);
        assertThat(refusal.text()).contains("'weather' or 'Paris'", "orders", "revenue");
        assertThat(refusal.choices()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"How many orders will we get tomorrow?", "revenue next month",
        "how much will we sell in March 2026?"})
    void a_question_about_a_period_still_to_come_is_refused_as_a_forecast(String question) {
        Clarification refusal = classifier.classify(question, Conversation.empty("s")).askBack().orElseThrow();

        assertThat(refusal.reason()).isEqualTo(Clarification.Reason.OUT_OF_SCOPE);
        assertThat(refusal.text()).startsWith("I cannot forecast: ").contains("runs from 2024-01-01 to 2025-12-31");
        assertThat(refusal.choices()).isNotEmpty();
    }

    @Test
    void a_period_the_data_covers_or_that_has_begun_is_no_forecast() {
        assertThat(classifier.classify("How many orders did we get in December 2025?", Conversation.empty("s"))
                .askBack()).isEmpty();
        assertThat(classifier.classify("revenue this month", Conversation.empty("s")).askBack()).isEmpty();
    }

    @Test
    void a_question_like_labelled_ones_about_other_things_is_out_of_scope_though_it_names_a_city() {
        String examples = """
                {"question": "orders in Chicago by month", "route": "sql"}
                {"question": "revenue in Atlanta last year", "route": "sql"}
                {"question": "what does the refund policy say", "route": "rag"}
                {"question": "what is the weather in Chicago", "route": "none"}
                {"question": "will it rain in Phoenix tomorrow", "route": "none"}
                {"question": "what is the temperature like in Atlanta", "route": "none"}
                """;
        LocalQuestionClassifier labelled = LocalQuestionClassifier.builder().sqlGenerator(generator)
                .embeddingModel(new HashedWordsEmbedding()).documentWords(DOCUMENT_WORDS::contains).neighbours(3)
                .examples(new java.io.ByteArrayInputStream(examples.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        "test examples")
                .build();

        Clarification refusal = labelled.classify("what is the weather like in Chicago?", Conversation.empty("s"))
                .askBack().orElseThrow();

        assertThat(refusal.reason()).isEqualTo(Clarification.Reason.OUT_OF_SCOPE);
        assertThat(refusal.text()).contains("This question is about something else.");
        assertThat(labelled.classify("orders in Chicago", Conversation.empty("s")).askBack())
                .as("every word is the data's, whatever its neighbours").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"what's amazon's revenue this year?", "What was our conversion rate in November 2025?"})
    void a_figure_owned_by_or_of_a_kind_the_model_does_not_know_is_out_of_scope(String question) {
        Clarification refusal = classifier.classify(question, Conversation.empty("s")).askBack().orElseThrow();

        assertThat(refusal.reason()).isEqualTo(Clarification.Reason.OUT_OF_SCOPE);
        assertThat(refusal.text()).containsAnyOf("'amazon'", "'conversion rate'");
    }

    @Test
    void a_figure_of_a_known_owner_is_answered() {
        assertThat(classifier.classify("What was FedEx's late delivery rate in 2025?", Conversation.empty("s"))
                .askBack()).isEmpty();
        assertThat(classifier.classify("our return rate in 2025", Conversation.empty("s")).askBack()).isEmpty();
    }

    @Test
    void a_question_the_documents_answer_is_not_out_of_scope() {
        Classification classification = classifier.classify("What is the recall policy for the Nimbus earbuds?",
                Conversation.empty("s"));

        assertThat(classification.askBack()).isEmpty();
    }

    @Test
    void a_question_for_the_documents_names_the_words_neither_the_data_nor_the_documents_know() {
        Classification classification = classifier.classify("What is the recall policy for drone deliveries?",
                Conversation.empty("s"));

        assertThat(classification.askBack()).isEmpty();
        assertThat(classification.caveats()).singleElement().asString().contains("'drone deliveries'");
        assertThat(classifier.classify("What is the recall policy for the Nimbus earbuds?", Conversation.empty("s"))
                .caveats()).isEmpty();
    }

    @Test
    void a_figure_asked_of_something_the_data_cannot_narrow_to_says_no_figure_is_computed() {
        Classification classification = classifier.classify("how many orders with a battery recall in December 2025?",
                Conversation.empty("s"));

        assertThat(classification.caveats()).singleElement().asString()
                .startsWith("The orders data has no value or column for 'battery recall', so no figure is computed");
        assertThat(classifier.classify("why was there a battery recall in 2025?", Conversation.empty("s")).caveats())
                .as("a question for an explanation").isEmpty();
    }

    @Test
    void words_that_say_what_to_do_with_the_documents_are_not_named_as_uncovered() {
        assertThat(classifier.classify("summarize the nimbus recall", Conversation.empty("s")).caveats()).isEmpty();
        assertThat(classifier.classify("what caused the battery recall", Conversation.empty("s")).caveats()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"How are we doing?", "show me the numbers", "is it bad?", "how did we do vs before?",
            "what should I be worried about"})
    void a_question_of_general_words_only_is_asked_back_with_choices_that_each_compute(String question) {
        Clarification back = classifier.classify(question, Conversation.empty("s")).askBack().orElseThrow();

        assertThat(back.reason()).isEqualTo(Clarification.Reason.AMBIGUOUS);
        assertThat(back.choices()).hasSizeBetween(3, 4).allSatisfy(choice -> {
            assertThat(choice).endsWith("in 2025");
            String sql = generate(choice).sql();
            assertThat(warehouse.execute(new SqlQuery(sql, 100, Duration.ofSeconds(10))).rows()).isNotEmpty();
        });
        assertThat(back.choices().stream().map(c -> c.split(" by ")[0]).distinct()).hasSameSizeAs(back.choices());
    }

    @Test
    void a_request_to_write_about_something_neither_the_data_nor_the_documents_hold_is_out_of_scope() {
        Clarification refusal = classifier.classify("write me a python script that emails customers when their "
                + "order ships", Conversation.empty("s")).askBack().orElseThrow();

        assertThat(refusal.reason()).isEqualTo(Clarification.Reason.OUT_OF_SCOPE);
        assertThat(refusal.text()).contains("'python script'").doesNotContain("'write");
        assertThat(classifier.classify("write me an email to the carrier about the storm delay",
                Conversation.empty("s")).askBack()).get().extracting(Clarification::reason)
                .isEqualTo(Clarification.Reason.OUT_OF_SCOPE);
        assertThat(classifier.classify("write a summary of the nimbus recall", Conversation.empty("s")).askBack())
                .isEmpty();
        assertThat(classifier.classify("Please write short poem for say sorry to customer who wait parcel long time",
                Conversation.empty("s")).askBack()).get().extracting(Clarification::reason)
                .isEqualTo(Clarification.Reason.OUT_OF_SCOPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"what does Target charge for the same earbuds we sell?", "how much is best buy charging for them",
        "how many nimbus earbuds do we still have in stock", "what is fedex's stock price today"})
    void a_price_others_set_or_stock_on_hand_is_out_of_scope(String question) {
        assertThat(classifier.classify(question, Conversation.empty("s")).askBack()).get()
                .extracting(Clarification::reason).isEqualTo(Clarification.Reason.OUT_OF_SCOPE);
    }

    @Test
    void a_question_the_model_reads_is_not_asked_back() {
        assertThat(classifier.classify("How many orders did we get in 2025?", Conversation.empty("s")).askBack())
                .isEmpty();
    }

    @Test
    void one_group_set_beside_the_whole_is_named_as_not_said() {
        GeneratedSql generated = generate("is the FedEx late rate in 2025 above or below the company-wide number?");

        assertThat(generated.sql()).contains("carrier = 'FedEx'");
        assertThat(generated.notes()).singleElement().asString().contains("'above or below overall'",
                "the group named alone");
        assertThat(generate("which city had the most orders overall").notes()).isEmpty();
    }

    @Test
    void a_filter_word_the_data_does_not_know_is_named_in_a_note() {
        GeneratedSql generated = generate("How many orders came from tiktok?");

        assertThat(generated.sql()).doesNotContain("tiktok");
        assertThat(generated.notes()).singleElement().asString().contains("'tiktok'", "not narrowed");
    }

    @Test
    void a_sentence_naming_nothing_of_the_data_or_a_question_unread_alone_is_set_aside_in_a_note() {
        GeneratedSql generated = generate("I'm reconciling against the processor statements. Total refunded in 2025,"
                + " split by payment method.");

        assertThat(generated.sql()).contains("sum(refund_amount)", "GROUP BY payment_method", "2025-01-01");
        assertThat(generated.notes()).singleElement().asString()
                .contains("'I'm reconciling against the processor statements' as part of the query");
        GeneratedSql twoQuestions = generate("Do late parcels drag satisfaction down? Average CSAT for late vs on-time"
                + " deliveries, 2025.");
        assertThat(twoQuestions.sql()).contains("avg(csat_score)", "is_late");
        assertThat(twoQuestions.notes()).singleElement().asString()
                .contains("'Do late parcels drag satisfaction down' as part of the query");
        assertThat(generate("Status breakdown of last quarter's orders - how many sit in each status?").sql())
                .as("a dash between two sentences").contains("GROUP BY status");
        assertThatThrownBy(() -> generate("The processor statements look odd. Which statements are off?"))
                .as("no sentence of it names the data").isInstanceOf(QuestionNotUnderstoodException.class);
    }

    @Test
    void a_clause_saying_why_the_question_is_asked_is_set_aside_in_a_note() {
        GeneratedSql generated = generate("Cancellation rate in each region for H1 2025, highest first, so that the"
                + " outlier is obvious.");

        assertThat(generated.sql()).contains("GROUP BY ship_region", "2025-07-01");
        assertThat(generated.notes()).singleElement().asString()
                .contains("'so that the outlier is obvious' as part of the query");
    }

    @Test
    void the_period_of_a_sentence_set_aside_still_bounds_the_question() {
        GeneratedSql generated = generate("Thinking about the orders placed in December 2025, where do they all stand"
                + " in the grand scheme? Give me the number of those orders sitting in each status.");

        assertThat(generated.sql()).contains("GROUP BY status", "'2025-12-01 00:00:00'", "'2026-01-01 00:00:00'");
        assertThat(generated.notes()).anySatisfy(note -> assertThat(note)
                .contains("I read only its period, December 2025"));
    }

    @Test
    void a_question_that_reads_whole_once_its_idioms_are_known_needs_no_sentence_set_aside() {
        GeneratedSql generated = generate("Thinking about the orders placed in December 2025, where do they all stand"
                + " at this point? Give me the number of those orders sitting in each status.");

        assertThat(generated.sql()).contains("GROUP BY status", "'2025-12-01 00:00:00'", "'2026-01-01 00:00:00'");
        assertThat(generated.notes()).isEmpty();
    }

    @Test
    void a_column_taken_whole_drops_a_value_of_it_said_only_to_tell_the_day_apart() {
        String sql = generate("On March 14, 2025 (the day Klarna went down), how many orders were cancelled in total,"
                + " all payment types included?").sql();

        assertThat(sql).contains("status = 'cancelled'").doesNotContain("payment_method");
        assertThat(generate("FedEx orders in 2025 regardless of the region").notes()).isEmpty();
    }

    @Test
    void a_word_of_the_metric_s_own_name_beside_its_synonym_is_not_named_as_unused() {
        GeneratedSql generated = generate("Net revenue after refunds, per year");

        assertThat(generated.sql()).contains("sum(refund_amount)");
        assertThat(generated.notes()).isEmpty();
    }

    @Test
    void a_word_read_as_a_measure_only_through_a_typo_and_left_unused_is_named() {
        GeneratedSql generated = generate("revenue from in-store orders in 2025");

        assertThat(generated.sql()).doesNotContain("csat_score");
        assertThat(generated.notes()).singleElement().asString().contains("'store'");
        assertThat(generate("average revnue by month").notes()).as("a misspelt word that is used").isEmpty();
    }

    @Test
    void a_comparison_no_column_takes_is_named_in_a_note_and_one_a_column_takes_is_not() {
        GeneratedSql unused = generate("average order value for customers over 40");

        assertThat(unused.sql()).doesNotContain("40");
        assertThat(unused.notes()).singleElement().asString().contains("'customers over 40'");
        assertThat(generate("cancel rate for customers over 50 years old").notes()).singleElement().asString()
                .contains("'customers over 50 years old'");
        assertThat(generate("orders from ppl over 65 last mo").notes()).singleElement().asString()
                .contains("'ppl over 65'");
        assertThat(generate("AOV for customers under 25 in 2025").notes()).singleElement().asString()
                .contains("'customers under 25'");
    }

    @Test
    void which_customers_the_data_cannot_tell_apart_are_named() {
        assertThat(generate("how many first-time buyers did we get in november 2025").notes()).singleElement()
                .asString().contains("'first time buyers'");
        assertThat(generate("AOV for new customers").notes()).singleElement().asString().contains("'new customers'");
        GeneratedSql used = generate("how many orders over $200 in 2025");
        assertThat(used.sql()).contains("200");
        assertThat(used.notes()).isEmpty();
        assertThat(generate("orders with at least 3 items").notes()).isEmpty();
    }

    @Test
    void the_week_of_black_friday_is_the_monday_to_sunday_around_it() {
        GeneratedSql generated = generate("orders during the week of Black Friday 2025");

        assertThat(generated.sql()).contains("order_ts >= TIMESTAMP '2025-11-24 00:00:00'",
                "order_ts < TIMESTAMP '2025-12-01 00:00:00'");
        assertThat(generated.notes()).isEmpty();
    }

    @Test
    void a_name_beside_a_year_that_would_narrow_it_is_named_with_the_period_read() {
        GeneratedSql generated = generate("orders during the Anniversary Bash 2025");

        assertThat(generated.notes()).anySatisfy(note -> assertThat(note).contains("'Anniversary Bash'", "2025"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"show me revenue by month please", "Can you give me our revenue in 2025?",
        "list the data on orders by channel", "which carrier had the fewest orders in november",
        "what was the greatest revenue by category in 2025"})
    void harmless_words_give_no_note(String question) {
        assertThat(generate(question).notes()).isEmpty();
    }

    @Test
    void items_per_order_is_the_average_quantity_not_a_group_by_order() {
        String sql = generate("items per order").sql();

        assertThat(sql).contains("avg(quantity)").doesNotContain("order_id");
    }

    @Test
    void a_breakdown_by_order_status_groups_by_status_not_by_order() {
        String sql = generate("breakdown of orders by order status").sql();

        assertThat(sql).contains("GROUP BY status").doesNotContain("order_id");
    }

    @Test
    void revenue_per_order_is_the_average_order_value() {
        assertThat(generate("revenue per order in 2025").sql()).contains("AS average_order_value", "status <> 'cancelled'")
                .doesNotContain("GROUP BY");
    }

    @Test
    void a_star_review_is_read_as_the_score_without_a_note() {
        GeneratedSql generated = generate("How many orders got a 1-star review?");

        assertThat(generated.sql()).contains("csat_score = 1");
        assertThat(generated.notes()).isEmpty();
    }

    @Test
    void a_breakdown_by_something_the_data_has_nothing_near_is_asked_back_with_the_breakdowns_it_has() {
        assertThatThrownBy(() -> generate("late delivery rate by warehouse"))
                .isInstanceOfSatisfying(ClarificationNeededException.class, e -> {
                    assertThat(e.clarification().text()).contains("nothing called 'warehouse'");
                    assertThat(e.clarification().choices()).containsExactly(
                            "late delivery rate by customer segment", "late delivery rate by channel",
                            "late delivery rate");
                });
    }

    @Test
    void a_breakdown_by_something_the_data_nearly_has_is_asked_back_with_complete_questions() {
        assertThatThrownBy(() -> generate("revenue by statehood in 2025"))
                .isInstanceOfSatisfying(ClarificationNeededException.class, e -> {
                    assertThat(e.clarification().reason()).isEqualTo(Clarification.Reason.AMBIGUOUS);
                    assertThat(e.clarification().text()).contains("'statehood'");
                    assertThat(e.clarification().choices()).hasSize(2);
                    assertThat(e.clarification().choices().get(0)).matches("revenue by states? in 2025");
                    assertThat(e.clarification().choices().get(1)).isEqualTo("revenue in 2025");
                    e.clarification().choices().forEach(choice -> assertThat(generate(choice).sql()).isNotBlank());
                });
        assertThat(classifier.classify("revenue by statehood in 2025", Conversation.empty("s")).askBack()).isPresent();
    }

    @Test
    void all_other_months_is_the_rest_of_the_days_the_data_holds_never_left_out() {
        assertThat(generate("return rate for orders placed May-July 2025 versus all other months").sql()).contains(
                "THEN 'May 1, 2025 to July 31, 2025'", "THEN 'the rest of January 1, 2024 to December 31, 2025'");
        assertThat(generate("return rate in Q4 2025 vs all other months of 2025").sql()).contains(
                "THEN 'the rest of 2025'");
    }
}
