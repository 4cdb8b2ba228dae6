package dev.orderlens.core.port;

import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.conversation.Turn;

/** Keeps each session's recent turns and context, so that follow-up questions work. */
public interface ConversationStore {

    /** The session's conversation, or an empty one when none is kept. */
    Conversation load(String sessionId);

    /** Appends a turn and replaces the session's context; old turns beyond the store's bound are dropped. */
    void append(String sessionId, Turn turn, ConversationContext context);

    /** Forgets the session. */
    void clear(String sessionId);
}
