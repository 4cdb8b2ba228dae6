package dev.orderlens.redis;

import dev.orderlens.core.domain.Conversation;
import dev.orderlens.core.domain.ConversationContext;
import dev.orderlens.core.domain.Turn;
import dev.orderlens.core.port.ConversationStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The fallback store of the failover tests: a map of conversations. */
final class MemoryConversationStore implements ConversationStore {

    private final Map<String, Conversation> conversations = new ConcurrentHashMap<>();

    @Override
    public Conversation load(String sessionId) {
        return conversations.getOrDefault(sessionId, Conversation.empty(sessionId));
    }

    @Override
    public void append(String sessionId, Turn turn, ConversationContext context) {
        conversations.compute(sessionId, (id, kept) -> (kept == null ? Conversation.empty(id) : kept)
                .plus(turn, context, 20));
    }

    @Override
    public void clear(String sessionId) {
        conversations.remove(sessionId);
    }
}
