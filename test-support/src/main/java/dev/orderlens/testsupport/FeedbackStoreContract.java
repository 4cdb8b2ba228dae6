package dev.orderlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.feedback.FeedbackQuery;
import dev.orderlens.core.domain.feedback.Rating;
import dev.orderlens.core.domain.route.Route;
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

    /** What the store keeps of {@code feedback}: all of it, unless its backend has no place for a part. */
    protected Feedback asKept(Feedback feedback) {
        return feedback;
    }

    @Test
    void keeps_recorded_feedback_with_its_comment_and_exchange() {
        Feedback feedback = new Feedback("msg-1", "session-1", Rating.DISLIKE, "FedEx numbers look too low",
                "Which carrier was late most often in September?", "UPS was late most often.", Route.SQL, AT);

        newStore().record(feedback);

        assertThat(storedFeedback()).containsExactly(asKept(feedback));
    }

    @Test
    void keeps_feedback_without_comment_question_or_answer() {
        Feedback feedback = new Feedback("msg-2", "session-1", Rating.LIKE, null, null, null, AT);

        newStore().record(feedback);

        assertThat(storedFeedback()).containsExactly(asKept(feedback));
    }

    @Test
    void keeps_text_verbatim_whatever_characters_it_holds() {
        Feedback feedback = new Feedback("msg-'3'", "session-\"x\"", Rating.DISLIKE,
                "it's wrong'); DROP TABLE message_feedback; --", "line one\nline two\ttabbed",
                "émoji 😀 and ünïcode, plus \\ backslash", AT);

        newStore().record(feedback);

        assertThat(storedFeedback()).containsExactly(asKept(feedback));
    }

    @Test
    void keeps_every_feedback_recorded_concurrently() throws Exception {
        FeedbackStore store = newStore();
        List<Feedback> sent = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            sent.add(new Feedback("msg-" + i, "session-" + i % 7, i % 2 == 0 ? Rating.LIKE : Rating.DISLIKE,
                    i % 3 == 0 ? "comment " + i : null, "question " + i, "answer " + i, i % 2 == 0 ? Route.RAG : null,
                    AT.plusMillis(i)));
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

        assertThat(storedFeedback()).containsExactlyInAnyOrderElementsOf(sent.stream().map(this::asKept).toList());
    }

    @Test
    void lists_nothing_before_any_feedback() {
        assertThat(newStore().list(FeedbackQuery.newest(10))).isEmpty();
    }

    @Test
    void lists_feedback_newest_first_with_the_exchange_it_rates() {
        FeedbackStore store = newStore();
        Feedback oldest = rated("msg-a", Rating.LIKE, null, 0);
        Feedback newest = new Feedback("msg-b", "session-1", Rating.DISLIKE, "it's off; \"quoted\"\nnext line",
                "Why were returns high in June?", "Returns rose because of a **defective battery** [1].", Route.RAG,
                AT.plusSeconds(120));
        Feedback middle = rated("msg-c", Rating.LIKE, "spot on", 60);
        store.record(oldest);
        store.record(newest);
        store.record(middle);

        assertThat(store.list(FeedbackQuery.newest(10))).containsExactly(asKept(newest), asKept(middle),
                asKept(oldest));
    }

    @Test
    void lists_only_the_rating_asked_for() {
        FeedbackStore store = newStore();
        Feedback liked = rated("msg-1", Rating.LIKE, null, 0);
        Feedback disliked = rated("msg-2", Rating.DISLIKE, "wrong month", 1);
        Feedback likedLater = rated("msg-3", Rating.LIKE, "clear", 2);
        List.of(liked, disliked, likedLater).forEach(store::record);

        assertThat(store.list(FeedbackQuery.newest(10).withRating(Rating.LIKE)))
                .containsExactly(asKept(likedLater), asKept(liked));
        assertThat(store.list(FeedbackQuery.newest(10).withRating(Rating.DISLIKE))).containsExactly(asKept(disliked));
    }

    @Test
    void lists_feedback_from_a_moment_on_and_at_most_the_limit() {
        FeedbackStore store = newStore();
        for (int i = 0; i < 6; i++) {
            store.record(rated("msg-" + i, i % 2 == 0 ? Rating.LIKE : Rating.DISLIKE, null, i * 60L));
        }

        assertThat(store.list(FeedbackQuery.newest(10).withSince(AT.plusSeconds(180))))
                .extracting(Feedback::messageId).containsExactly("msg-5", "msg-4", "msg-3");
        assertThat(store.list(FeedbackQuery.newest(2))).extracting(Feedback::messageId)
                .containsExactly("msg-5", "msg-4");
        assertThat(store.list(new FeedbackQuery(Rating.LIKE, AT.plusSeconds(60), 1)))
                .extracting(Feedback::messageId).containsExactly("msg-4");
    }

    @Test
    void lists_only_the_latest_verdict_on_each_answer() {
        FeedbackStore store = newStore();
        Feedback firstLike = rated("msg-1", Rating.LIKE, null, 0);
        Feedback changedToDislike = rated("msg-1", Rating.DISLIKE, "wrong after all", 30);
        Feedback rating = rated("msg-2", Rating.LIKE, null, 10);
        Feedback sameRatingWithComment = rated("msg-2", Rating.LIKE, "clear and cited", 20);
        Feedback sameMessageIdOtherSession = new Feedback("msg-1", "session-2", Rating.LIKE, null, null, null,
                AT.plusSeconds(5));
        List.of(firstLike, rating, sameMessageIdOtherSession, sameRatingWithComment, changedToDislike)
                .forEach(store::record);

        assertThat(store.list(FeedbackQuery.newest(10))).containsExactly(asKept(changedToDislike),
                asKept(sameRatingWithComment), asKept(sameMessageIdOtherSession));
        assertThat(store.list(FeedbackQuery.newest(10).withRating(Rating.LIKE)))
                .extracting(Feedback::messageId, Feedback::sessionId)
                .containsExactly(tuple("msg-2", "session-1"),
                        tuple("msg-1", "session-2"));
    }

    private static Feedback rated(String messageId, Rating rating, String comment, long secondsAfter) {
        return new Feedback(messageId, "session-1", rating, comment, "question on " + messageId,
                "answer to " + messageId, Route.SQL, AT.plusSeconds(secondsAfter));
    }
}
