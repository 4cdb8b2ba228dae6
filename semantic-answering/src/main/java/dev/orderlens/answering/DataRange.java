package dev.orderlens.answering;

import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.core.semantic.SemanticModel;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The first and last day of the data on the model's time column, so that a question about a period the data
 * does not reach ("this year" on orders that end last December) is told where the data begins and ends rather
 * than answered with a silent zero.
 */
public record DataRange(LocalDate first, LocalDate last) {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    public DataRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the data cannot end before it begins");
        }
    }

    /** The latest calendar year the data covers to its end (or the only year it touches): a period worth offering. */
    public int lastFullYear() {
        boolean endsWithYear = last.getMonthValue() == 12 && last.getDayOfMonth() == 31;
        return endsWithYear || last.getYear() == first.getYear() ? last.getYear() : last.getYear() - 1;
    }

    /**
     * The range of the model's time column in the warehouse, or empty for an empty table, a warehouse that cannot
     * be read now, or values that are not dates: answers then go without the note rather than the start failing.
     */
    public static Optional<DataRange> read(SqlWarehouse warehouse, SemanticModel model) {
        String column = model.timeColumn();
        try {
            SqlResult result = warehouse.execute(new SqlQuery("SELECT min(" + column + ") AS first_day, max("
                    + column + ") AS last_day FROM " + model.table(), 1, TIMEOUT));
            List<Object> row = result.rows().isEmpty() ? List.of() : result.rows().get(0);
            if (row.size() < 2 || row.get(0) == null || row.get(1) == null) {
                return Optional.empty();
            }
            return Optional.of(new DataRange(day(row.get(0)), day(row.get(1))));
        } catch (BackendException | DateTimeException | IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /**
     * Sentences for the periods of a query that the data does not cover, in full or in part; none when every
     * period lies within the data.
     */
    List<String> notesFor(QuerySpec spec) {
        List<Period> periods = new ArrayList<>(spec.compared());
        if (spec.period() != null) {
            periods.add(0, spec.period());
        }
        List<String> notes = new ArrayList<>();
        for (Period period : periods) {
            note(period).filter(note -> !notes.contains(note)).ifPresent(notes::add);
        }
        return notes;
    }

    private Optional<String> note(Period period) {
        LocalDate lastDay = period.end().minusDays(1);
        if (period.start().isAfter(last) || lastDay.isBefore(first)) {
            return Optional.of("The data has nothing for " + period.label() + ": it runs from " + first + " to " + last
                    + ".");
        }
        if (lastDay.isAfter(last)) {
            return Optional.of("The data ends on " + last + ", so " + period.label() + " is counted up to that day.");
        }
        if (period.start().isBefore(first)) {
            return Optional.of("The data begins on " + first + ", so " + period.label() + " is counted from that day.");
        }
        return Optional.empty();
    }

    private static LocalDate day(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof LocalDateTime time) {
            return time.toLocalDate();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toLocalDate();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return LocalDate.parse(value.toString().strip().substring(0, 10));
    }
}
