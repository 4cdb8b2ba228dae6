package dev.orderlens.answering;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A span of days {@code [start, end)} a question is about. Its label is written so that the time parser reads
 * it back ("September 2025", "Q4 2025", "H1 2025", "April 1, 2025 to April 7, 2025"); a period the question called
 * by a name has the name first and its dates in brackets ("Cyber Monday 2025 (December 1, 2025)"). Two periods of
 * the same days are equal whatever they are called.
 *
 * @param name what the question called the period ("Cyber Monday 2025"), or {@code null}
 */
record Period(LocalDate start, LocalDate end, String name) {

    /** How the label of the rest of a period opens: "the rest of 2025", set beside a period inside it. */
    static final String REST_OF = "the rest of ";

    Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a period must end after it starts");
        }
    }

    Period(LocalDate start, LocalDate end) {
        this(start, end, null);
    }

    Period named(String called) {
        return new Period(start, end, called);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Period period && start.equals(period.start) && end.equals(period.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    static Period day(LocalDate day) {
        return new Period(day, day.plusDays(1));
    }

    /** The week, Monday to Sunday, that {@code day} is in. */
    static Period week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(monday, monday.plusWeeks(1));
    }

    static Period month(int year, int month) {
        LocalDate start = LocalDate.of(year, month, 1);
        return new Period(start, start.plusMonths(1));
    }

    static Period quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
        return new Period(start, start.plusMonths(3));
    }

    static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** The Saturday and Sunday of the week, Monday to Sunday, that {@code day} is in. */
    static Period weekend(LocalDate day) {
        LocalDate saturday = week(day).start().plusDays(5);
        return new Period(saturday, saturday.plusDays(2));
    }

    /**
     * As long a period right before this one ({@code steps} -1) or after it (+1): whole months as months ("March" then
     * February), a weekend as the weekend a week away, anything else by its days ("the 10 days before" then the 10
     * before those).
     */
    Period shifted(int steps) {
        if (start.getDayOfMonth() == 1 && end.getDayOfMonth() == 1) {
            long months = ChronoUnit.MONTHS.between(start, end);
            return new Period(start.plusMonths(months * steps), end.plusMonths(months * steps));
        }
        long days = equals(weekend(start)) ? 7 : ChronoUnit.DAYS.between(start, end);
        return new Period(start.plusDays(days * steps), end.plusDays(days * steps));
    }

    boolean isWholeYear() {
        return start.getDayOfYear() == 1 && end.equals(start.plusYears(1));
    }

    boolean isWholeQuarter() {
        return start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % 3 == 0 && end.equals(start.plusMonths(3));
    }

    boolean isWholeHalf() {
        return start.getDayOfMonth() == 1 && (start.getMonthValue() == 1 || start.getMonthValue() == 7)
                && end.equals(start.plusMonths(6));
    }

    boolean isWholeMonth() {
        return start.getDayOfMonth() == 1 && end.equals(start.plusMonths(1));
    }

    /** The period of the same kind just before this one (the previous month, quarter, half, year or span of days). */
    Period previous() {
        if (isWholeYear()) {
            return new Period(start.minusYears(1), start);
        }
        if (isWholeHalf()) {
            return new Period(start.minusMonths(6), start);
        }
        if (isWholeQuarter()) {
            return new Period(start.minusMonths(3), start);
        }
        if (isWholeMonth()) {
            return new Period(start.minusMonths(1), start);
        }
        long days = end.toEpochDay() - start.toEpochDay();
        return new Period(start.minusDays(days), start);
    }

    /**
     * Periods compared side by side, each one inside another put before it ("2025: the hurricane window versus the
     * rest of the year" sets the window first): an order counts in the first period it falls in, so a period holding
     * a later one would leave it empty.
     */
    static List<Period> innerFirst(List<Period> compared) {
        List<Period> ordered = new ArrayList<>();
        for (Period period : compared) {
            int holder = IntStream.range(0, ordered.size()).filter(i -> ordered.get(i).holds(period)).findFirst()
                    .orElse(ordered.size());
            ordered.add(holder, period);
        }
        return List.copyOf(ordered);
    }

    /** Whether this period holds every day of {@code other} and more. */
    private boolean holds(Period other) {
        return covers(other) && !(other.start.equals(start) && other.end.equals(end));
    }

    /** Whether every day of {@code other} is in this period. */
    private boolean covers(Period other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /**
     * The labels of periods compared side by side, in order. Each order counts in the first period it falls in, so
     * one holding a period before it is labelled for what it keeps: "the rest of 2025" beside "May 1, 2025 to July 31,
     * 2025".
     */
    static List<String> comparedLabels(List<Period> compared) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            Period period = compared.get(i);
            boolean holdsEarlier = compared.subList(0, i).stream().anyMatch(period::covers);
            labels.add(holdsEarlier ? REST_OF + period.label() : period.label());
        }
        return labels;
    }

    String label() {
        return name == null ? dates() : name + " (" + dates() + ")";
    }

    private String dates() {
        if (isWholeYear()) {
            return String.valueOf(start.getYear());
        }
        if (isWholeQuarter()) {
            return "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear();
        }
        if (isWholeHalf()) {
            return "H" + (start.getMonthValue() == 1 ? 1 : 2) + " " + start.getYear();
        }
        if (isWholeMonth()) {
            return monthName(start) + " " + start.getYear();
        }
        if (end.equals(start.plusDays(1))) {
            return date(start);
        }
        return date(start) + " to " + date(end.minusDays(1));
    }

    /** As kept in a conversation's context: {@code 2025-09-01..2025-10-01}. */
    String encode() {
        return start + ".." + end;
    }

    static Period decode(String text) {
        int dots = text.indexOf("..");
        if (dots < 0) {
            throw new IllegalArgumentException("not a period: " + text);
        }
        return new Period(LocalDate.parse(text.substring(0, dots).strip()), LocalDate.parse(text.substring(dots + 2).strip()));
    }

    private static String date(LocalDate day) {
        return monthName(day) + " " + day.getDayOfMonth() + ", " + day.getYear();
    }

    private static String monthName(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
