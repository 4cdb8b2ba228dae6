package dev.orderlens.core.domain.conversation;

import java.time.Instant;
import java.util.Objects;

/**
 * One message of an archived chat, as the chat UI shows it.
 *
 * @param role {@code user} or {@code assistant}
 * @param content the question or the answer's text; blank for an answer that is pending or failed
 * @param payload the UI's own JSON for the message (table, sources, the error of a failed answer…), stored as
 *     given; may be {@code null}
 * @param status {@link MessageStatus#COMPLETE} for every question; pending or failed only for answers
 */
public record ArchivedMessage(String id, String role, String content, String payload, Instant at,
        MessageStatus status) {

    public static final String USER = "user";
    public static final String ASSISTANT = "assistant";

    public ArchivedMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        if (role.equals(USER) && status != MessageStatus.COMPLETE) {
            throw new IllegalArgumentException("a question is always complete; only answers are pending or failed");
        }
    }
}
