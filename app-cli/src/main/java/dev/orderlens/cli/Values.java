package dev.orderlens.cli;

import dev.orderlens.core.semantic.ColumnFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** How result values are written: rounded for people, exact for machines. */
final class Values {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Values() {
    }

    /** For tables people read: numbers in the column's format (12.3%, $1,234.56), other values as {@link #display(Object)}. */
    static String display(Object value, ColumnFormat column) {
        return value instanceof Number number ? column.text(number) : display(value);
    }

    /** For people: a midnight timestamp as its date, NULL as blank, anything else as {@link #exact(Object)}. */
    static String display(Object value) {
        if (value instanceof LocalDateTime time && time.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return time.toLocalDate().toString();
        }
        return exact(value);
    }

    /** For CSV: every digit, no exponent, timestamps as {@code yyyy-MM-dd HH:mm:ss}, NULL as empty. */
    static String exact(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double number && !number.isNaN() && !number.isInfinite()) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        if (value instanceof LocalDateTime time) {
            return time.format(TIMESTAMP);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value.toString();
    }

    /** For JSON: numbers and booleans as they are, dates and anything else as ISO text. */
    static Object json(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value instanceof Double d && (d.isNaN() || d.isInfinite()) ? null : value;
        }
        return value.toString();
    }
}
