package dev.orderlens.core.domain.conversation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A session's recent turns (oldest first) and the context they established. */
public record Conversation(String sessionId, List<Turn> turns, ConversationContext context) {

    public Conversation {
        Objects.requireNonNull(sessionId, "sessionId");
        turns = List.copyOf(turns);
        context = context == null ? ConversationContext.empty() : context;
    }

    public static Conversation empty(String sessionId) {
        return new Conversation(sessionId, List.of(), ConversationContext.empty());
    }

    public boolean isEmpty() {
        return turns.isEmpty() && context.isEmpty();
    }

    public Optional<Turn> lastTurn() {
        return turns.isEmpty() ? Optional.empty() : Optional.of(turns.get(turns.size() - 1));
    }

    /** The last {@code n} turns, oldest first. */
    public List<Turn> recent(int n) {
        return turns.subList(Math.max(0, turns.size() - n), turns.size());
    }

    /** This conversation with {@code turn} appended, keeping at most {@code maxTurns}, and the new context. */
    public Conversation plus(Turn turn, ConversationContext newContext, int maxTurns) {
        List<Turn> all = new java.util.ArrayList<>(turns);
        all.add(turn);
        List<Turn> kept = all.subList(Math.max(0, all.size() - maxTurns), all.size());
        return new Conversation(sessionId, kept, newContext);
    }
}
