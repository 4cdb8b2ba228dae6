package dev.orderlens.redis.internal;

import dev.orderlens.core.domain.conversation.ArchivedChat;
import dev.orderlens.core.domain.conversation.ArchivedMessage;
import dev.orderlens.core.domain.conversation.ChatSummary;
import dev.orderlens.core.domain.conversation.MessageStatus;
import java.time.Instant;
import java.util.List;

/** An {@link ArchivedChat} as stored in Redis. */
public record StoredChat(String id, String ownerId, String title, boolean pinned, List<Message> messages,
        String updatedAt) {

    /** {@code status} is absent from chats stored before messages had one; those were all complete. */
    public record Message(String id, String role, String content, String payload, String at, String status) {

        MessageStatus messageStatus() {
            return status == null ? MessageStatus.COMPLETE : MessageStatus.parse(status)
                    .orElseThrow(() -> new IllegalArgumentException("unknown message status " + status));
        }
    }

    /** A {@link ChatSummary} as stored in the owner's index, so that listing never reads messages. */
    public record Summary(String id, String title, boolean pinned, int messageCount, String updatedAt) {

        public static Summary of(ChatSummary summary) {
            return new Summary(summary.id(), summary.title(), summary.pinned(), summary.messageCount(),
                    summary.updatedAt().toString());
        }

        public ChatSummary toSummary() {
            return new ChatSummary(id, title, pinned, messageCount, Instant.parse(updatedAt));
        }
    }

    public static StoredChat of(ArchivedChat chat) {
        List<Message> messages = chat.messages().stream()
                .map(m -> new Message(m.id(), m.role(), m.content(), m.payload(), m.at().toString(),
                        m.status().label()))
                .toList();
        return new StoredChat(chat.id(), chat.ownerId(), chat.title(), chat.pinned(), messages,
                chat.updatedAt().toString());
    }

    public ArchivedChat toChat() {
        List<ArchivedMessage> archived = messages.stream()
                .map(m -> new ArchivedMessage(m.id(), m.role(), m.content(), m.payload(), Instant.parse(m.at()),
                        m.messageStatus()))
                .toList();
        return new ArchivedChat(id, ownerId, title, pinned, archived, Instant.parse(updatedAt));
    }
}
