package dev.orderlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.Feedback;
import dev.orderlens.core.domain.Rating;
import dev.orderlens.core.port.FeedbackStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FeedbackStore} must do. Times in the scenarios are whole milliseconds, so a store may keep
 * them at millisecond precision.
 */
public abstract class FeedbackStoreContract {

    private static final Instant AT = Instant.parse("2026-01-01T09:30:15.250Z");

    /** A store with nothing recorded yet. */
    protected abstract FeedbackStore newStore();

    /** Everything the store last made by {@link #newStore()} has kept, in any order. */
    protected abstract List<Feedback> storedFeedback();

    @Test
    void keeps_recorded_feedback_with_its_comment_and_exchange() {
        Feedback feedback = new Feedback("msg-1", "session-1", Rating.DISLIKE, "FedEx numbers look too low",
                "Which carrier was late most often in September?", "UPS was late most often.", AT);

        newStore().record(feedback);

        assertThat(storedFeedback()).containsExactly(feedback);
    }

    @Test
    void keeps_feedback_without_comment_question_or_answer() {
        Feedback feedback = new Feedback("msg-2", "session-1", Rating.LIKE, null, null, null, AT);

        newStore().record(feedback);

        assertThat(storedFeedback()).containsExactly(feedback);
    }

    @Test
    void keeps_text_verbatim_whatever_characters_it_holds() {
        Feedback feedback = new Feedback("msg-'3'", "session-\"x\"", Rating.DISLIKE,
                "it's wrong'); DROP TABLE message_feedback; --", "line one\nline two\ttabbed",
                "émoji 😀 and ünïcode, plus \\ backslash", AT);

        newStore().record(feedback);

        assertThat(storedFeedback()).containsExactly(feedback);
    }

    @Test
    void keeps_every_feedback_recorded_concurrently() throws Exception {
        FeedbackStore store = newStore();
        List<Feedback> sent = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            sent.add(new Feedback("msg-" + i, "session-" + i % 7, i % 2 == 0 ? Rating.LIKE : Rating.DISLIKE,
                    i % 3 == 0 ? "comment " + i : null, "question " + i, "answer " + i, AT.plusMillis(i)));
        }
        ExecutorService users = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> records = new ArrayList<>();
            for (Feedback feedback : sent) {
                records.add(users.submit(() -> store.record(feedback)));
            }
            for (Future<?> record : records) {
                record.get();
            }
        } finally {
            users.shutdownNow();
        }

        assertThat(storedFeedback()).containsExactlyInAnyOrderElementsOf(sent);
    }
}
