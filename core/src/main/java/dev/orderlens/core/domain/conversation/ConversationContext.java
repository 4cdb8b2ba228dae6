package dev.orderlens.core.domain.conversation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a conversation has established so far, as named values (the carrier, month or order ids just
 * discussed, the last query's structure), so that follow-up questions can be understood.
 */
public record ConversationContext(Map<String, String> values) {

    private static final ConversationContext EMPTY = new ConversationContext(Map.of());

    public ConversationContext {
        values = Map.copyOf(values);
    }

    public static ConversationContext empty() {
        return EMPTY;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** This context with {@code updates} laid over it; a blank value removes its key. */
    public ConversationContext merge(Map<String, String> updates) {
        Map<String, String> merged = new LinkedHashMap<>(values);
        updates.forEach((key, value) -> {
            if (value == null || value.isBlank()) {
                merged.remove(key);
            } else {
                merged.put(key, value);
            }
        });
        return new ConversationContext(merged);
    }

    public ConversationContext merge(ConversationContext other) {
        return merge(other.values);
    }
}
