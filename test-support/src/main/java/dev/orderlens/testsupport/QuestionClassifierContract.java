package dev.orderlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.domain.route.Classification;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.port.QuestionClassifier;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link QuestionClassifier} must do over the sample's orders table, with a working backend behind it:
 * give a verdict on whatever a person types. The pipeline routes on that verdict alone, so a classifier may not
 * answer with nothing, with a confidence outside 0..1, or with an exception other than the documented ones.
 *
 * <p>Which route a question should take is not part of the contract: an LLM-backed classifier routes as its model
 * does, and how well a classifier routes is measured by the evaluation set, not here.
 */
public abstract class QuestionClassifierContract {

    /** A classifier over the sample's orders table, with a working backend. */
    protected abstract QuestionClassifier classifier();

    static Stream<String> anyQuestion() {
        return AnsweringQuestions.all();
    }

    @ParameterizedTest
    @MethodSource("anyQuestion")
    void gives_a_route_and_a_confidence_within_0_and_1_for_any_question(String question) {
        Classification classification = classifier().classify(question, Conversation.empty("contract-session"));

        assertValid(classification);
    }

    @Test
    void gives_a_verdict_on_a_follow_up_that_only_makes_sense_after_the_conversation() {
        Turn earlier = new Turn("m-1", "Revenue by carrier in 2025", "UPS leads with $1,204,331.20.", Route.SQL,
                "SELECT carrier, sum(order_total) AS revenue FROM orders GROUP BY carrier", Instant.EPOCH);
        Conversation conversation = new Conversation("contract-session", List.of(earlier), ConversationContext.empty());

        assertValid(classifier().classify("and just for FedEx?", conversation));
    }

    @Test
    void gives_the_same_verdicts_from_many_threads_as_from_one() throws Exception {
        QuestionClassifier classifier = classifier();
        List<String> questions = AnsweringQuestions.all().toList();
        List<Classification> alone = questions.stream()
                .map(question -> classifier.classify(question, Conversation.empty("contract-session"))).toList();

        List<Classification> together = Concurrently.map(questions,
                question -> classifier.classify(question, Conversation.empty("contract-session")));

        assertThat(together).isEqualTo(alone);
    }

    private static void assertValid(Classification classification) {
        assertThat(classification).as("classification").isNotNull();
        assertThat(classification.route()).isIn(Route.SQL, Route.RAG);
        assertThat(classification.confidence()).isBetween(0.0, 1.0);
        assertThat(classification.reasoning()).isNotNull();
    }
}
