package dev.orderlens.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One message of an archived chat, as the chat UI shows it.
 *
 * @param role {@code user} or {@code assistant}
 * @param payload the UI's own JSON for the message (table, sources…), stored as given; may be {@code null}
 */
public record ArchivedMessage(String id, String role, String content, String payload, Instant at) {
    public ArchivedMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(at, "at");
    }
}
