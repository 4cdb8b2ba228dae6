package dev.orderlens.core.ingest;

import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.domain.order.OrderEvent;
import dev.orderlens.core.domain.order.OrderEventType;
import dev.orderlens.core.domain.order.OrderValues;
import dev.orderlens.core.domain.table.ColumnType;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads order events in the EventBridge envelope ({@code version, id, detail-type, source, account, time,
 * region, resources, detail}) from a JSON tree: one event object, or an array of them. Each event is checked
 * on its own, so one bad event in a batch is refused with its reason while the others go through.
 */
public final class OrderEventReader {

    /** The most events one request may carry. */
    public static final int MAX_BATCH = 1_000;

    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final int MAX_ID_CHARS = 256;
    private static final int MAX_TEXT_CHARS = 500;
    private static final int MAX_NOTE_CHARS = 4_000;
    // The orders table keeps money in DECIMAL(10,2): 999 units at the largest price, plus shipping, still fit.
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999.99");
    private static final long MAX_QUANTITY = 999;

    /** The events of one request: those that passed and the refusals, each with its position. */
    public record Batch(List<OrderEvent> events, List<Integer> positions, List<EventRejection> rejections) {
    }

    /**
     * @param body the request body as a JSON tree: a {@code Map} (one event) or a {@code List} (a batch)
     * @throws IllegalArgumentException when the body is neither, or the batch is empty or too large
     */
    public Batch read(Object body) {
        List<?> items;
        if (body instanceof Map<?, ?>) {
            items = List.of(body);
        } else if (body instanceof List<?> list) {
            if (list.isEmpty()) {
                throw new IllegalArgumentException("the batch holds no events");
            }
            if (list.size() > MAX_BATCH) {
                throw new IllegalArgumentException("a batch holds at most " + MAX_BATCH + " events (this one holds "
                        + list.size() + ")");
            }
            items = list;
        } else {
            throw new IllegalArgumentException("the body must be an event object or an array of events");
        }
        List<OrderEvent> events = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<EventRejection> rejections = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            try {
                events.add(readEvent(item));
                positions.add(i);
            } catch (InvalidEventException e) {
                rejections.add(new EventRejection(i, idOf(item), e.field(), e.getMessage()));
            }
        }
        return new Batch(events, positions, rejections);
    }

    /**
     * Reads one event envelope.
     *
     * @throws InvalidEventException naming the field at fault
     */
    OrderEvent readEvent(Object item) throws InvalidEventException {
        if (!(item instanceof Map<?, ?> raw)) {
            throw new InvalidEventException("", "an event must be a JSON object");
        }
        Map<String, Object> envelope = stringKeys(raw);
        String id = text(envelope, "", "id", MAX_ID_CHARS, true);
        String detailType = text(envelope, "", "detail-type", MAX_ID_CHARS, true);
        OrderEventType type = OrderEventType.ofDetailType(detailType).orElseThrow(() -> new InvalidEventException(
                "detail-type", "unknown detail-type '" + detailType + "'; expected one of "
                        + String.join(", ", OrderEventType.detailTypes())));
        String source = text(envelope, "", "source", MAX_ID_CHARS, true);
        Instant time = instant(envelope.get("time"), "time");
        for (String optional : List.of("version", "account", "region")) {
            text(envelope, "", optional, MAX_ID_CHARS, false);
        }
        if (envelope.get("resources") != null && !(envelope.get("resources") instanceof List<?>)) {
            throw new InvalidEventException("resources", "must be an array");
        }
        if (!(envelope.get("detail") instanceof Map<?, ?> rawDetail)) {
            throw new InvalidEventException("detail", envelope.get("detail") == null ? "is required"
                    : "must be an object");
        }
        Map<String, Object> detail = stringKeys(rawDetail);
        String orderId = text(detail, "detail.", "orderId", 64, true);
        if (!ORDER_ID.matcher(orderId).matches()) {
            throw new InvalidEventException("detail.orderId", "must be 1 to 64 letters, digits, '.', '_', ':' or '-'"
                    + " starting with a letter or digit");
        }
        Map<OrderColumn, Object> values = new EnumMap<>(OrderColumn.class);
        for (OrderEventType.Field field : type.fields()) {
            Object value = detail.get(field.name());
            if (value == null) {
                if (field.required()) {
                    throw new InvalidEventException("detail." + field.name(), "is required for " + type.detailType());
                }
                continue;
            }
            values.put(field.column(), value(field, value));
        }
        defaults(type, time, values);
        return new OrderEvent(id, type, source, time, orderId, values, envelope);
    }

    /** Times an event leaves out are the event's own time: an order is created, shipped, delivered when it says. */
    private static void defaults(OrderEventType type, Instant time, Map<OrderColumn, Object> values) {
        LocalDateTime at = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        switch (type) {
            case CREATED -> values.putIfAbsent(OrderColumn.ORDER_TS, at);
            case SHIPPED -> values.putIfAbsent(OrderColumn.SHIPPED_AT, at);
            case DELIVERED -> values.putIfAbsent(OrderColumn.DELIVERED_AT, at);
            default -> {
            }
        }
    }

    private static Object value(OrderEventType.Field field, Object value) throws InvalidEventException {
        String path = "detail." + field.name();
        ColumnType type = field.column().type();
        switch (type) {
            case STRING -> {
                if (!(value instanceof String text)) {
                    throw new InvalidEventException(path, "must be a string");
                }
                int max = field.column() == OrderColumn.SUPPORT_NOTE ? MAX_NOTE_CHARS : MAX_TEXT_CHARS;
                return checkedText(path, text, max);
            }
            case INTEGER -> {
                long number = integer(path, value);
                if (number < 1 || number > MAX_QUANTITY) {
                    throw new InvalidEventException(path, "must be between 1 and " + MAX_QUANTITY);
                }
                return number;
            }
            case DECIMAL -> {
                BigDecimal amount = decimal(path, value);
                if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2) {
                    throw new InvalidEventException(path, "must be an amount from 0 to " + MAX_AMOUNT
                            + " with at most two decimals");
                }
                return OrderValues.canonical(ColumnType.DECIMAL, amount);
            }
            case DATE -> {
                try {
                    return OrderValues.canonical(ColumnType.DATE, requireString(path, value));
                } catch (DateTimeException e) {
                    throw new InvalidEventException(path, "must be a date like 2025-09-18");
                }
            }
            case TIMESTAMP -> {
                return LocalDateTime.ofInstant(instant(value, path), ZoneOffset.UTC);
            }
            default -> throw new IllegalStateException("no event field is of type " + type);
        }
    }

    private static long integer(String path, Object value) throws InvalidEventException {
        if (!(value instanceof Number)) {
            throw new InvalidEventException(path, "must be a whole number");
        }
        try {
            return new BigDecimal(value.toString()).toBigIntegerExact().longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new InvalidEventException(path, "must be a whole number");
        }
    }

    private static BigDecimal decimal(String path, Object value) throws InvalidEventException {
        if (!(value instanceof Number)) {
            throw new InvalidEventException(path, "must be a number");
        }
        try {
            return new BigDecimal(value.toString()).stripTrailingZeros();
        } catch (NumberFormatException e) {
            throw new InvalidEventException(path, "must be a finite number");
        }
    }

    private static Instant instant(Object value, String path) throws InvalidEventException {
        String text = requireString(path, value);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidEventException(path, "must be an ISO-8601 time with a zone, like 2025-09-18T14:03:00Z");
        }
    }

    private static String requireString(String path, Object value) throws InvalidEventException {
        if (value == null) {
            throw new InvalidEventException(path, "is required");
        }
        if (!(value instanceof String text)) {
            throw new InvalidEventException(path, "must be a string");
        }
        return text;
    }

    private static String text(Map<String, Object> object, String prefix, String key, int maxChars,
            boolean required) throws InvalidEventException {
        Object value = object.get(key);
        String path = prefix + key;
        if (value == null) {
            if (required) {
                throw new InvalidEventException(path, "is required");
            }
            return null;
        }
        if (!(value instanceof String text)) {
            throw new InvalidEventException(path, "must be a string");
        }
        if (required && text.isBlank()) {
            throw new InvalidEventException(path, "must not be blank");
        }
        return checkedText(path, text, maxChars);
    }

    private static String checkedText(String path, String text, int maxChars) throws InvalidEventException {
        if (text.length() > maxChars) {
            throw new InvalidEventException(path, "must be at most " + maxChars + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) ? !validSurrogatePair(text, i) : c < 0x20 && c != '\n' && c != '\t') {
                throw new InvalidEventException(path, "must not contain control characters or broken unicode");
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return text;
    }

    private static boolean validSurrogatePair(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    private static Map<String, Object> stringKeys(Map<?, ?> raw) throws InvalidEventException {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : raw.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new InvalidEventException("", "field names must be strings");
            }
            copy.put(key, entry.getValue());
        }
        return copy;
    }

    private static String idOf(Object item) {
        return Optional.ofNullable(item instanceof Map<?, ?> map ? map.get("id") : null)
                .filter(String.class::isInstance).map(String.class::cast)
                .filter(id -> !id.isBlank() && id.length() <= MAX_ID_CHARS).orElse(null);
    }
}
