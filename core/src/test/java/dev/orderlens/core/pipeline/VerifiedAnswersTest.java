package dev.orderlens.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.Assistant;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.RagAnswer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.answer.Verification;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.route.Classification;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.route.RoutePreference;
import dev.orderlens.core.domain.telemetry.RequestTelemetry;
import dev.orderlens.core.domain.verified.VerifiedQuestion;
import dev.orderlens.core.fixtures.Fakes;
import dev.orderlens.core.fixtures.Fakes.Index;
import dev.orderlens.core.fixtures.Fakes.Warehouse;
import dev.orderlens.core.fixtures.Fakes.Writer;
import dev.orderlens.core.fixtures.TestModels;
import dev.orderlens.core.memory.InMemoryConversationStore;
import dev.orderlens.core.memory.InMemoryTelemetry;
import dev.orderlens.core.memory.InMemoryVerifiedQuestions;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.SqlGenerator.GeneratedSql;
import dev.orderlens.core.port.VerifiedQuestions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class VerifiedAnswersTest {

    private static final String SESSION = "session-0001";
    private static final String SAVED_SQL = "SELECT count(*) AS late_orders FROM orders WHERE is_late AND year = 2025";
    private static final String WRITTEN_SQL = "SELECT count(*) AS orders FROM orders";
    private static final Instant SAVED_AT = Instant.parse("2026-12-04T09:30:00Z");

    private final AtomicReference<String> generatorSql = new AtomicReference<>(SAVED_SQL);
    private final AtomicInteger generated = new AtomicInteger();
    private final Warehouse warehouse = Warehouse.returning(Fakes.carrierRows());
    private final InMemoryConversationStore conversations = new InMemoryConversationStore(20, 100);
    private final InMemoryTelemetry telemetry = new InMemoryTelemetry();

    private Assistant.Builder assistant(VerifiedQuestions store) {
        return Assistant.builder()
                .semanticModel(TestModels.orders())
                .sqlWarehouse(warehouse)
                .vectorIndexes(Index.of("orders", Fakes.passage("orders", "order-ORD-000001", "FedEx was late.")))
                .questionClassifier((question, conversation) -> new Classification(Route.SQL, 0.9, "test verdict"))
                .sqlGenerator((question, conversation, dialect) -> {
                    generated.incrementAndGet();
                    return new GeneratedSql(generatorSql.get(),
                            new ConversationContext(Map.of("query.metric", "late_orders", "query.year", "2025")));
                })
                .answerWriter(new Writer(Writer.Mode.WORKING))
                .followUpSuggester(new Fakes.FixedFollowUps())
                .conversationStore(conversations)
                .telemetry(telemetry)
                .verifiedQuestions(store)
                .wallClock(Clock.fixed(SAVED_AT, ZoneOffset.UTC));
    }

    /** An assistant where "How many late orders in 2025?" was answered and saved by Ana; the generator now errs. */
    private Assistant withSavedQuestion(Assistant.Builder builder) {
        Assistant assistant = builder.build();
        SqlAnswer liked = (SqlAnswer) assistant.ask(new AskCommand("How many late orders in 2025?", SESSION));
        VerifiedQuestion saved = assistant.verify(liked.messageId(), "Ana");
        assertThat(saved.sql()).isEqualTo(liked.sql());
        generatorSql.set(WRITTEN_SQL);
        generated.set(0);
        warehouse.executed.clear();
        return assistant;
    }


    @Test
    void the_same_question_asked_again_runs_the_saved_query_and_says_it_is_verified() {
        Assistant assistant = withSavedQuestion(assistant(new InMemoryVerifiedQuestions()));

        SqlAnswer again = (SqlAnswer) assistant.ask(new AskCommand("how many LATE orders in 2025", "session-0002"));

        assertThat(generated).hasValue(0);
        assertThat(warehouse.executed).containsExactly(SAVED_SQL + " LIMIT 10000");
        assertThat(again.sql()).isEqualTo(SAVED_SQL + " LIMIT 10000");
        VerifiedQuestion saved = assistant.verifiedQuestions().get(0);
        assertThat(again.verification()).isEqualTo(new Verification(saved.id(), "Ana", SAVED_AT));
        assertThat(again.text()).startsWith("Verified answer (saved by Ana on 4 Dec 2026). ");
        assertThat(again.route().reasoning()).contains("verified", "How many late orders in 2025?");
        assertThat(lastTelemetry().failures()).contains("verified");
    }

    @Test
    void a_reused_query_keeps_what_it_meant_for_the_follow_ups() {
        Assistant assistant = withSavedQuestion(assistant(new InMemoryVerifiedQuestions()));

        assistant.ask(new AskCommand("How many late orders in 2025?", "session-0002"));

        assertThat(conversations.load("session-0002").context().values())
                .containsEntry("query.metric", "late_orders").containsEntry("query.year", "2025");
    }

    @Test
    void a_question_differing_in_a_word_about_the_data_writes_its_own_query_even_when_embeddings_agree() {
        Assistant assistant = withSavedQuestion(assistant(new InMemoryVerifiedQuestions())
                .embeddingModel(Fakes.twoDimensionalEmbedding(text -> new float[] {1, 0})));

        for (String nearMiss : List.of("How many late orders in 2024?", "How many orders in 2025?",
                "How many late orders in 2025 by carrier?", "How many late UPS orders in 2025?")) {
            SqlAnswer answer = (SqlAnswer) assistant.ask(new AskCommand(nearMiss, "session-0003"));

            assertThat(answer.verification()).as(nearMiss).isNull();
            assertThat(answer.sql()).as(nearMiss).isEqualTo(WRITTEN_SQL + " LIMIT 10000");
            assertThat(answer.text()).as(nearMiss).doesNotContain("Verified");
        }
    }

    @Test
    void the_same_data_words_asked_another_way_match_only_when_the_embeddings_are_alike() {
        Function<String, float[]> vectors = text -> text.contains("were there") ? new float[] {0.95f, 0.31f}
                : text.contains("did we have") ? new float[] {0.5f, 0.87f} : new float[] {1, 0};
        Assistant assistant = withSavedQuestion(assistant(new InMemoryVerifiedQuestions())
                .embeddingModel(Fakes.twoDimensionalEmbedding(vectors)));

        SqlAnswer alike = (SqlAnswer) assistant.ask(new AskCommand("How many late orders were there in 2025?",
                SESSION));
        SqlAnswer unlike = (SqlAnswer) assistant.ask(new AskCommand("How many late orders did we have in 2025?",
                SESSION));

        assertThat(alike.verification()).isNotNull();
        assertThat(alike.route().reasoning()).contains("late orders 2025", "similarity 0.95");
        assertThat(unlike.verification()).isNull();
    }

    @Test
    void without_an_embedding_model_only_the_same_question_matches() {
        Assistant assistant = withSavedQuestion(assistant(new InMemoryVerifiedQuestions()));

        SqlAnswer answer = (SqlAnswer) assistant.ask(new AskCommand("How many late orders were there in 2025?",
                SESSION));

        assertThat(answer.verification()).isNull();
        assertThat(generated).hasValue(1);
    }

    @Test
    void a_question_sent_to_the_documents_is_not_answered_by_a_saved_query() {
        Assistant assistant = withSavedQuestion(assistant(new InMemoryVerifiedQuestions()));

        Answer answer = assistant.ask(new AskCommand("How many late orders in 2025?", SESSION, RoutePreference.RAG,
                List.of()));

        assertThat(answer).isInstanceOf(RagAnswer.class);
        assertThat(warehouse.executed).isEmpty();
    }

    @Test
    void a_removed_question_is_answered_as_any_other_again() {
        Assistant assistant = withSavedQuestion(assistant(new InMemoryVerifiedQuestions()));
        String id = assistant.verifiedQuestions().get(0).id();

        assertThat(assistant.removeVerified(id)).isTrue();
        assertThat(assistant.removeVerified(id)).isFalse();
        SqlAnswer answer = (SqlAnswer) assistant.ask(new AskCommand("How many late orders in 2025?", SESSION));

        assertThat(answer.verification()).isNull();
        assertThat(answer.sql()).isEqualTo(WRITTEN_SQL + " LIMIT 10000");
    }

    @Test
    void a_store_that_cannot_be_read_leaves_the_question_answered_as_usual_and_is_recorded() {
        VerifiedQuestions down = new InMemoryVerifiedQuestions();
        Assistant assistant = assistant(new VerifiedQuestions() {
            @Override
            public void save(VerifiedQuestion question) {
                down.save(question);
            }

            @Override
            public List<VerifiedQuestion> list() {
                throw new BackendException("verified file", BackendException.Kind.UNAVAILABLE, "disk gone");
            }

            @Override
            public boolean remove(String id) {
                return false;
            }
        }).build();

        SqlAnswer answer = (SqlAnswer) assistant.ask(new AskCommand("How many late orders in 2025?", SESSION));

        assertThat(answer.error()).isNull();
        assertThat(answer.verification()).isNull();
        assertThat(lastTelemetry().failures()).contains("verified_lookup_failed");
    }

    @Test
    void only_an_answer_whose_query_ran_can_be_saved() {
        Assistant assistant = assistant(new InMemoryVerifiedQuestions()).build();
        generatorSql.set("DELETE FROM orders");
        SqlAnswer refused = (SqlAnswer) assistant.ask(new AskCommand("Remove the late orders", SESSION,
                RoutePreference.SQL, List.of()));

        assertThatThrownBy(() -> assistant.verify(refused.messageId(), "Ana"))
                .isInstanceOf(VerifiedAnswers.UnknownAnswerException.class).hasMessageContaining(refused.messageId());
        assertThatThrownBy(() -> assistant.verify("no-such-message", "Ana"))
                .isInstanceOf(VerifiedAnswers.UnknownAnswerException.class);
        assertThat(assistant.verifiedQuestions()).isEmpty();
    }

    @Test
    void a_short_follow_up_cannot_be_saved_since_it_means_something_else_after_another_answer() {
        Assistant assistant = assistant(new InMemoryVerifiedQuestions()).build();
        assistant.ask(new AskCommand("How many late orders in 2025?", SESSION));
        SqlAnswer followUp = (SqlAnswer) assistant.ask(new AskCommand("And for FedEx?", SESSION));
        SqlAnswer standalone = (SqlAnswer) assistant.ask(new AskCommand("How many late FedEx orders in 2025?",
                SESSION));

        assertThatThrownBy(() -> assistant.verify(followUp.messageId(), "Ana"))
                .isInstanceOf(VerifiedAnswers.UnknownAnswerException.class)
                .hasMessageContaining("standing on its own");
        assertThat(assistant.verify(standalone.messageId(), "Ana").question())
                .isEqualTo("How many late FedEx orders in 2025?");
    }

    private RequestTelemetry lastTelemetry() {
        List<RequestTelemetry> requests = telemetry.requests();
        return requests.get(requests.size() - 1);
    }
}
