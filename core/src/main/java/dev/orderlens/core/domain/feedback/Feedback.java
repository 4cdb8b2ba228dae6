package dev.orderlens.core.domain.feedback;

import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.domain.route.Route;
import java.time.Instant;
import java.util.Objects;

/**
 * A like or dislike on an answer, with an optional comment and the exchange it is about.
 *
 * @param comment may be {@code null}
 * @param question may be {@code null}
 * @param answer may be {@code null}
 * @param route the route that produced the answer; {@code null} when the answer's turn is not known
 */
public record Feedback(String messageId, String sessionId, Rating rating, String comment, String question,
        String answer, Route route, Instant at) {
    public Feedback {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(at, "at");
        comment = blankToNull(comment);
        question = blankToNull(question);
        answer = blankToNull(answer);
    }

    /** Feedback as a user gives it: the route is filled in from the answered turn when that is still known. */
    public Feedback(String messageId, String sessionId, Rating rating, String comment, String question, String answer,
            Instant at) {
        this(messageId, sessionId, rating, comment, question, answer, null, at);
    }

    public boolean hasComment() {
        return comment != null;
    }

    /**
     * This feedback about {@code turn}, the answer it rates: the question, answer and route as the server
     * gave them, in place of what the client sent.
     */
    public Feedback about(Turn turn) {
        if (!turn.messageId().equals(messageId)) {
            throw new IllegalArgumentException("turn " + turn.messageId() + " is not message " + messageId);
        }
        return new Feedback(messageId, sessionId, rating, comment, turn.question(),
                turn.answer().isBlank() ? answer : turn.answer(), turn.route(), at);
    }

    /** This feedback without its route, as a store that has no place for it keeps it. */
    public Feedback withoutRoute() {
        return new Feedback(messageId, sessionId, rating, comment, question, answer, null, at);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
