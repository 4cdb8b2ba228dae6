package dev.orderlens.local.duckdb;

import dev.orderlens.core.domain.table.ColumnType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Set;

/**
 * Converts CSV text to the Java value of a logical column type. Surrounding blanks are ignored, and a blank
 * field is {@code null} in every type.
 *
 * <ul>
 *   <li>INTEGER: a whole number that fits in 64 bits;
 *   <li>DECIMAL: a plain or scientific number, rounded half-up to two decimals, at most 18 digits;
 *   <li>DOUBLE: a plain or scientific number;
 *   <li>BOOLEAN: true/false, t/f, yes/no, y/n or 1/0, in any case;
 *   <li>DATE: {@code YYYY-MM-DD};
 *   <li>TIMESTAMP: {@code YYYY-MM-DD HH:MM[:SS[.fraction]]} (a {@code T} may stand for the space) or a date
 *       alone (midnight); with an offset ({@code Z}, {@code +02:00}) it becomes UTC;
 *   <li>STRING, OTHER: the text as written.
 * </ul>
 */
final class CsvValues {

    private static final Set<String> TRUE = Set.of("true", "t", "yes", "y", "1");
    private static final Set<String> FALSE = Set.of("false", "f", "no", "n", "0");

    private CsvValues() {
    }

    /**
     * @throws IllegalArgumentException with what is wrong with the value, phrased to follow it ("is not a number")
     */
    static Object parse(String text, ColumnType type) {
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        return switch (type) {
            case STRING, OTHER -> text;
            case INTEGER -> parseInteger(value);
            case DECIMAL -> parseDecimal(value);
            case DOUBLE -> number(value).doubleValue();
            case BOOLEAN -> parseBoolean(value);
            case DATE -> parseDate(value);
            case TIMESTAMP -> parseTimestamp(value);
        };
    }

    private static long parseInteger(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is not a whole number");
        }
    }

    private static BigDecimal parseDecimal(String value) {
        BigDecimal decimal = number(value).setScale(DuckDbTypes.DECIMAL_SCALE, RoundingMode.HALF_UP);
        if (decimal.precision() > DuckDbTypes.DECIMAL_PRECISION) {
            throw new IllegalArgumentException("has more than " + DuckDbTypes.DECIMAL_PRECISION + " digits");
        }
        return decimal;
    }

    private static BigDecimal number(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is not a number");
        }
    }

    private static boolean parseBoolean(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) {
            return true;
        }
        if (FALSE.contains(lower)) {
            return false;
        }
        throw new IllegalArgumentException("is not true or false");
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("is not a date (expected YYYY-MM-DD)");
        }
    }

    private static LocalDateTime parseTimestamp(String value) {
        try {
            if (isPlainTimestamp(value)) {
                return LocalDateTime.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10),
                        digits(value, 11, 13), digits(value, 14, 16), digits(value, 17, 19));
            }
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay();
            }
            String iso = value.length() > 10 && value.charAt(10) == ' '
                    ? value.substring(0, 10) + 'T' + value.substring(11)
                    : value;
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(iso, OffsetDateTime::from,
                    LocalDateTime::from);
            return parsed instanceof OffsetDateTime zoned
                    ? zoned.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
                    : (LocalDateTime) parsed;
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("is not a timestamp (expected YYYY-MM-DD HH:MM:SS)");
        }
    }

    /**
     * Whether the value is {@code YYYY-MM-DD HH:MM:SS} (or with a {@code T}), the form exports use for every row:
     * read digit by digit, it costs a fraction of a general parse.
     */
    private static boolean isPlainTimestamp(String value) {
        if (value.length() != 19 || value.charAt(4) != '-' || value.charAt(7) != '-' || value.charAt(13) != ':'
                || value.charAt(16) != ':' || (value.charAt(10) != ' ' && value.charAt(10) != 'T')) {
            return false;
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digits(String value, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            number = number * 10 + value.charAt(i) - '0';
        }
        return number;
    }
}
