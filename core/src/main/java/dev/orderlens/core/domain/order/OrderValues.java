package dev.orderlens.core.domain.order;

import dev.orderlens.core.domain.table.ColumnType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * One Java type per logical column type for order values, whichever warehouse or JSON they came from:
 * STRING → String, INTEGER → Long, DECIMAL → BigDecimal with two decimals, BOOLEAN → Boolean,
 * DATE → LocalDate, TIMESTAMP → LocalDateTime in UTC. And a text form of each, to store them.
 */
public final class OrderValues {

    private OrderValues() {
    }

    /**
     * The value as its type's Java type; {@code null} stays {@code null}.
     *
     * @throws IllegalArgumentException when the value cannot be of that type
     */
    public static Object canonical(ColumnType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case STRING -> value.toString();
            case INTEGER -> integer(value);
            case DECIMAL -> decimal(value);
            case BOOLEAN -> bool(value);
            case DATE -> date(value);
            case TIMESTAMP -> timestamp(value);
            default -> throw new IllegalArgumentException("order values are never of type " + type);
        };
    }

    /** The canonical value as text, read back by {@link #fromText}. */
    public static String toText(Object canonical) {
        return canonical instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(canonical);
    }

    public static Object fromText(ColumnType type, String text) {
        return text == null ? null : canonical(type, text);
    }

    private static Long integer(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        BigDecimal decimal = value instanceof Number number ? new BigDecimal(number.toString())
                : new BigDecimal(value.toString().strip());
        return decimal.toBigIntegerExact().longValueExact();
    }

    private static BigDecimal decimal(Object value) {
        BigDecimal decimal = value instanceof BigDecimal d ? d
                : value instanceof BigInteger i ? new BigDecimal(i)
                : new BigDecimal(value.toString().strip());
        return decimal.setScale(2, RoundingMode.HALF_UP);
    }

    private static Boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().strip();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        throw new IllegalArgumentException("not a boolean: " + text);
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        return LocalDate.parse(value.toString().strip());
    }

    private static LocalDateTime timestamp(Object value) {
        if (value instanceof LocalDateTime dateTime) {
            return dateTime;
        }
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        String text = value.toString().strip().replace(' ', 'T');
        if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        return LocalDateTime.parse(text);
    }
}
