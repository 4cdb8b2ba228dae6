package dev.orderlens.core.memory;

import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.port.ConversationStore;

/** Conversations in memory: the newest {@code maxTurns} turns of the {@code maxSessions} most recent sessions. */
public final class InMemoryConversationStore implements ConversationStore {

    public static final int DEFAULT_MAX_TURNS = 20;
    public static final int DEFAULT_MAX_SESSIONS = 10_000;

    private final int maxTurns;
    private final BoundedLruMap<String, Conversation> sessions;

    public InMemoryConversationStore() {
        this(DEFAULT_MAX_TURNS, DEFAULT_MAX_SESSIONS);
    }

    public InMemoryConversationStore(int maxTurns, int maxSessions) {
        if (maxTurns <= 0) {
            throw new IllegalArgumentException("maxTurns must be positive");
        }
        this.maxTurns = maxTurns;
        this.sessions = new BoundedLruMap<>(maxSessions);
    }

    @Override
    public synchronized Conversation load(String sessionId) {
        Conversation conversation = sessions.get(sessionId);
        return conversation == null ? Conversation.empty(sessionId) : conversation;
    }

    @Override
    public synchronized void append(String sessionId, Turn turn, ConversationContext context) {
        sessions.put(sessionId, load(sessionId).plus(turn, context, maxTurns));
    }

    @Override
    public synchronized void clear(String sessionId) {
        sessions.remove(sessionId);
    }
}
