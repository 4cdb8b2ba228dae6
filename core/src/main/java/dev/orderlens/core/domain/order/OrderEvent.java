package dev.orderlens.core.domain.order;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An order event that passed validation.
 *
 * @param id the event's unique id: a second event with the same id is a duplicate
 * @param time when the event happened; of two events writing the same column, the later one wins
 * @param values the typed values the event writes, by column (see {@link OrderValues} for the types)
 * @param envelope the event as it arrived, as a JSON tree (maps, lists, strings, numbers, booleans), for the journal
 */
public record OrderEvent(String id, OrderEventType type, String source, Instant time, String orderId,
        Map<OrderColumn, Object> values, Map<String, Object> envelope) {

    public OrderEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(orderId, "orderId");
        values = Map.copyOf(values);
        envelope = Objects.requireNonNull(envelope, "envelope");
    }
}
