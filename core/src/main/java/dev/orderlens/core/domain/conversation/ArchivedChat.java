package dev.orderlens.core.domain.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A chat kept in the server-side archive for the sidebar.
 *
 * @param ownerId the browser or user the chat belongs to; one owner never sees another's chats
 */
public record ArchivedChat(String id, String ownerId, String title, boolean pinned, List<ArchivedMessage> messages,
        Instant updatedAt) {
    public ArchivedChat {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        title = title == null ? "" : title;
        messages = List.copyOf(messages);
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public ChatSummary summary() {
        return new ChatSummary(id, title, pinned, messages.size(), updatedAt);
    }
}
