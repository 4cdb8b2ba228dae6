package dev.orderlens.testsupport;

import dev.orderlens.core.domain.table.SqlResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text mentions, and whether each can be read from what the writer was given: an answer that
 * states a figure found nowhere in its rows or passages made it up.
 *
 * <p>A written number is taken as its magnitude (a sign belongs to the words around it) and matches a given one
 * when that rounds to it at the precision written, so "$2,962,532.60", "7.4%" and "4.1 days" all count as read.
 */
final class MentionedNumbers {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    private final List<Double> known = new ArrayList<>();

    /** The numbers written in {@code text}. */
    static List<BigDecimal> in(String text) {
        List<BigDecimal> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(new BigDecimal(matcher.group().replace(",", "")));
        }
        return numbers;
    }

    /** The numbers written in the texts given. */
    MentionedNumbers fromText(String... texts) {
        for (String text : texts) {
            in(text).forEach(number -> known.add(number.doubleValue()));
        }
        return this;
    }

    /** Numbers the given ones count out to. */
    MentionedNumbers counting(long... counts) {
        for (long count : counts) {
            known.add((double) count);
        }
        return this;
    }

    /**
     * What a summary may say about rows: their values and the parts of their dates, how many rows there are, and
     * what a reader derives from a numeric column: its total, and the difference and relative change between any
     * two of its values.
     */
    MentionedNumbers fromRows(SqlResult rows) {
        counting(rows.rows().size(), rows.totalRows(), rows.columns().size());
        for (int column = 0; column < rows.columns().size(); column++) {
            List<Double> values = new ArrayList<>();
            for (List<Object> row : rows.rows()) {
                Object value = row.get(column);
                if (value instanceof Number number) {
                    values.add(number.doubleValue());
                } else if (value instanceof LocalDate || value instanceof LocalDateTime) {
                    addDate(value instanceof LocalDateTime time ? time : ((LocalDate) value).atStartOfDay());
                } else if (value != null) {
                    fromText(value.toString());
                }
            }
            known.addAll(values);
            known.add(values.stream().mapToDouble(Double::doubleValue).sum());
            for (double from : values) {
                for (double to : values) {
                    known.add(Math.abs(to - from));
                    if (from != 0) {
                        known.add(Math.abs((to - from) / from * 100.0));
                    }
                }
            }
        }
        return this;
    }

    private void addDate(LocalDateTime time) {
        counting(time.getYear(), time.getMonthValue(), (time.getMonthValue() - 1) / 3 + 1, time.getDayOfMonth(),
                time.getHour(), time.getMinute(), time.getSecond());
    }

    /** The numbers of {@code text} that none of the known ones rounds to. */
    List<BigDecimal> unknownIn(String text) {
        return in(text).stream().filter(number -> !isKnown(number)).toList();
    }

    private boolean isKnown(BigDecimal written) {
        double tolerance = 0.5 * Math.pow(10, -Math.max(written.scale(), 0)) + 1e-9;
        return known.stream().anyMatch(value -> Math.abs(Math.abs(value) - written.doubleValue()) <= tolerance);
    }
}
