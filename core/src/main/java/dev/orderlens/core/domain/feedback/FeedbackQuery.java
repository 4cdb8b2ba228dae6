package dev.orderlens.core.domain.feedback;

import java.time.Instant;

/**
 * Which feedback to read back: optionally only likes or only dislikes, optionally only feedback given at or
 * after {@code since}, and at most {@code limit} entries.
 *
 * @param rating {@code null} for both ratings
 * @param since {@code null} for feedback of any age
 * @param limit at least 1
 */
public record FeedbackQuery(Rating rating, Instant since, int limit) {

    public FeedbackQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 (was " + limit + ")");
        }
    }

    /** The newest {@code limit} entries of both ratings. */
    public static FeedbackQuery newest(int limit) {
        return new FeedbackQuery(null, null, limit);
    }

    public FeedbackQuery withRating(Rating only) {
        return new FeedbackQuery(only, since, limit);
    }

    public FeedbackQuery withSince(Instant from) {
        return new FeedbackQuery(rating, from, limit);
    }

    /** Whether {@code feedback} passes the rating and time filters (the limit aside). */
    public boolean matches(Feedback feedback) {
        return (rating == null || feedback.rating() == rating) && (since == null || !feedback.at().isBefore(since));
    }
}
