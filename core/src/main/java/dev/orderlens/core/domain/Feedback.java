package dev.orderlens.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A like or dislike on an answer, with an optional comment and the exchange it is about.
 *
 * @param comment may be {@code null}
 * @param question may be {@code null}
 * @param answer may be {@code null}
 */
public record Feedback(String messageId, String sessionId, Rating rating, String comment, String question,
        String answer, Instant at) {
    public Feedback {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(at, "at");
        comment = blankToNull(comment);
        question = blankToNull(question);
        answer = blankToNull(answer);
    }

    public boolean hasComment() {
        return comment != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
