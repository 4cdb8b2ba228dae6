package dev.orderlens.core.ingest;

import dev.orderlens.core.domain.order.OrderChange;
import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.domain.order.OrderEvent;
import dev.orderlens.core.domain.order.OrderEventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One order as its events leave it. Every column holds the value of the latest event that wrote it (by event
 * time, then event id), so the result does not depend on the order events arrive in, and an older event
 * never undoes a newer one. Support tickets count the ticket events on top of what the table held before.
 */
final class OrderState {

    private static final Comparator<Stamp> LATEST = Comparator.comparing(Stamp::time).thenComparing(Stamp::eventId);
    private static final Set<OrderColumn> TOTAL_INPUTS = Set.of(OrderColumn.QUANTITY, OrderColumn.UNIT_PRICE,
            OrderColumn.DISCOUNT_AMOUNT, OrderColumn.SHIPPING_FEE);
    private static final List<OrderColumn> ZERO_WHEN_NEW = List.of(OrderColumn.DISCOUNT_AMOUNT,
            OrderColumn.SHIPPING_FEE, OrderColumn.REFUND_AMOUNT);

    private record Stamp(Instant time, String eventId) {
    }

    private record Stamped(Object value, Stamp stamp) {
    }

    private final String orderId;
    private final Map<OrderColumn, Stamped> latest = new EnumMap<>(OrderColumn.class);
    private boolean baseKnown;
    private Map<OrderColumn, Object> base;
    private boolean created;
    private long tickets;

    OrderState(String orderId) {
        this.orderId = orderId;
    }

    void apply(OrderEvent event) {
        Stamp stamp = new Stamp(event.time(), event.id());
        event.values().forEach((column, value) -> write(column, value, stamp));
        event.type().status().ifPresent(status -> write(OrderColumn.STATUS, status, stamp));
        if (event.type() == OrderEventType.CREATED) {
            created = true;
        }
        if (event.type() == OrderEventType.SUPPORT_TICKET_OPENED) {
            tickets++;
        }
    }

    private void write(OrderColumn column, Object value, Stamp stamp) {
        Stamped current = latest.get(column);
        if (current == null || LATEST.compare(stamp, current.stamp()) > 0) {
            latest.put(column, new Stamped(value, stamp));
        }
    }

    /** What the table held before the first event: a row, or {@code null} for an order it did not have. */
    void base(Map<OrderColumn, Object> row) {
        baseKnown = true;
        base = row == null ? null : new EnumMap<>(row);
    }

    boolean baseKnown() {
        return baseKnown;
    }

    /** An order the table does not have, and whose created event has not arrived yet. */
    boolean waitingForCreation() {
        return baseKnown && base == null && !created;
    }

    /** The change to write, or empty while the order waits for its created event. */
    Optional<OrderChange> change() {
        if (!baseKnown) {
            throw new IllegalStateException("the table's row of " + orderId + " has not been read yet");
        }
        if (waitingForCreation()) {
            return Optional.empty();
        }
        boolean isNew = base == null;
        Map<OrderColumn, Object> changed = new EnumMap<>(OrderColumn.class);
        latest.forEach((column, stamped) -> changed.put(column, stamped.value()));
        if (isNew) {
            changed.put(OrderColumn.ORDER_ID, orderId);
            ZERO_WHEN_NEW.forEach(column -> changed.putIfAbsent(column, new BigDecimal("0.00")));
        }
        Map<OrderColumn, Object> row = new EnumMap<>(OrderColumn.class);
        if (!isNew) {
            row.putAll(base);
        }
        row.putAll(changed);
        if (isNew || tickets > 0) {
            long before = row.get(OrderColumn.SUPPORT_TICKETS) instanceof Long count && !isNew ? count : 0;
            changed.put(OrderColumn.SUPPORT_TICKETS, before + tickets);
        }
        if (changed.keySet().stream().anyMatch(TOTAL_INPUTS::contains)) {
            changed.put(OrderColumn.ORDER_TOTAL, orderTotal(row));
        }
        if (changed.containsKey(OrderColumn.DELIVERED_AT) || changed.containsKey(OrderColumn.PROMISED_DATE)) {
            changed.put(OrderColumn.IS_LATE, isLate(row));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        changed.forEach((column, value) -> values.put(column.column(), value));
        return Optional.of(new OrderChange(orderId, !isNew, values));
    }

    /** quantity × unit price − discount + shipping, as the semantic model defines the order total. */
    private static BigDecimal orderTotal(Map<OrderColumn, Object> row) {
        if (!(row.get(OrderColumn.QUANTITY) instanceof Long quantity)
                || !(row.get(OrderColumn.UNIT_PRICE) instanceof BigDecimal price)) {
            return (BigDecimal) row.get(OrderColumn.ORDER_TOTAL);
        }
        return price.multiply(BigDecimal.valueOf(quantity)).subtract(amount(row, OrderColumn.DISCOUNT_AMOUNT))
                .add(amount(row, OrderColumn.SHIPPING_FEE));
    }

    private static BigDecimal amount(Map<OrderColumn, Object> row, OrderColumn column) {
        return row.get(column) instanceof BigDecimal amount ? amount : BigDecimal.ZERO;
    }

    /** Delivered on a day after the promised date; unknown until delivered. */
    private static Boolean isLate(Map<OrderColumn, Object> row) {
        if (!(row.get(OrderColumn.DELIVERED_AT) instanceof LocalDateTime delivered)
                || !(row.get(OrderColumn.PROMISED_DATE) instanceof LocalDate promised)) {
            return null;
        }
        return delivered.toLocalDate().isAfter(promised);
    }
}
