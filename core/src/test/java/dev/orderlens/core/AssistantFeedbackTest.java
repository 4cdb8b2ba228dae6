package dev.orderlens.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.feedback.FeedbackQuery;
import dev.orderlens.core.domain.feedback.Rating;
import dev.orderlens.core.domain.route.Classification;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.fixtures.Fakes.Index;
import dev.orderlens.core.fixtures.Fakes.Warehouse;
import dev.orderlens.core.fixtures.Fakes.Writer;
import dev.orderlens.core.fixtures.Fakes;
import dev.orderlens.core.fixtures.TestModels;
import dev.orderlens.core.memory.InMemoryFeedbackStore;
import dev.orderlens.core.pipeline.AskCommand;
import dev.orderlens.core.port.SqlGenerator.GeneratedSql;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AssistantFeedbackTest {

    private static final String SESSION = "session-0001";
    private static final Instant AT = Instant.parse("2026-01-01T12:00:00Z");

    private final InMemoryFeedbackStore store = new InMemoryFeedbackStore();

    private Assistant.Builder assistant() {
        return Assistant.builder()
                .semanticModel(TestModels.orders())
                .sqlWarehouse(Warehouse.returning(Fakes.carrierRows()))
                .vectorIndexes(Index.of("orders", Fakes.passage("orders", "order-ORD-000001", "FedEx was late.")))
                .questionClassifier((question, conversation) -> new Classification(Route.SQL, 0.9, "figures"))
                .sqlGenerator((question, conversation, dialect) -> new GeneratedSql(
                        "SELECT carrier, count(*) AS late_orders FROM orders GROUP BY 1", null))
                .answerWriter(new Writer(Writer.Mode.WORKING))
                .followUpSuggester(new Fakes.FixedFollowUps())
                .feedbackStore(store);
    }

    @Test
    void feedback_on_an_answer_the_conversation_holds_is_kept_with_its_question_answer_and_route() {
        Assistant assistant = assistant().build();
        Answer answer = assistant.ask(new AskCommand("late orders by carrier", SESSION));

        assistant.recordFeedback(new Feedback(answer.messageId(), SESSION, Rating.DISLIKE, "FedEx looks low",
                "something the page made up", null, AT));

        assertThat(store.all()).containsExactly(new Feedback(answer.messageId(), SESSION, Rating.DISLIKE,
                "FedEx looks low", "late orders by carrier", answer.text(), Route.SQL, AT));
    }

    @Test
    void feedback_on_an_answer_no_longer_held_is_kept_as_sent() {
        Assistant assistant = assistant().build();
        Feedback sent = new Feedback("msg-from-yesterday", SESSION, Rating.LIKE, null, "Revenue in May?", "$1.2M",
                AT);

        assistant.recordFeedback(sent);

        assertThat(store.all()).containsExactly(sent);
    }

    @Test
    void feedback_is_kept_as_sent_when_the_conversation_cannot_be_read() {
        Assistant assistant = assistant().conversationStore(new Fakes.BrokenStore()).build();
        Feedback sent = new Feedback("msg-1", SESSION, Rating.LIKE, "clear", "q", "a", AT);

        assistant.recordFeedback(sent);

        assertThat(store.all()).containsExactly(sent);
    }

    @Test
    void feedback_reads_back_the_latest_verdict_per_answer_from_the_store() {
        Assistant assistant = assistant().build();
        assistant.recordFeedback(new Feedback("msg-1", SESSION, Rating.LIKE, null, "q", "a", AT));
        Feedback changed = new Feedback("msg-1", SESSION, Rating.DISLIKE, "wrong", "q", "a", AT.plusSeconds(5));
        assistant.recordFeedback(changed);

        assertThat(assistant.feedback(FeedbackQuery.newest(10))).containsExactly(changed);
        assertThat(assistant.feedback(FeedbackQuery.newest(10).withRating(Rating.LIKE))).isEmpty();
    }
}
