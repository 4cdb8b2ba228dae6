package dev.orderlens.core.domain.conversation;

import dev.orderlens.core.domain.route.Route;
import java.time.Instant;
import java.util.Objects;

/**
 * One question and its answer in a conversation.
 *
 * @param messageId the id of the answer (what feedback refers to)
 * @param question what the user asked
 * @param answer the answer text
 * @param route the route that produced the answer
 * @param sql the SQL that ran, or {@code null} for a RAG answer
 * @param at when the answer was given
 */
public record Turn(String messageId, String question, String answer, Route route, String sql, Instant at) {
    public Turn {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(question, "question");
        answer = answer == null ? "" : answer;
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(at, "at");
    }
}
