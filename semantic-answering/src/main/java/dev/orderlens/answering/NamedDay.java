package dev.orderlens.answering;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/** Days of the US retail calendar people name instead of a date ("Black Friday 2025", "christmas week"). */
enum NamedDay {
    THANKSGIVING(List.of("thanksgiving"), NamedDay::thanksgiving),
    BLACK_FRIDAY(List.of("black", "friday"), year -> thanksgiving(year).plusDays(1)),
    CYBER_MONDAY(List.of("cyber", "monday"), year -> thanksgiving(year).plusDays(4)),
    CHRISTMAS_EVE(List.of("christmas", "eve"), year -> MonthDay.of(12, 24).atYear(year)),
    CHRISTMAS(List.of("christmas"), year -> MonthDay.of(12, 25).atYear(year)),
    HALLOWEEN(List.of("halloween"), year -> MonthDay.of(10, 31).atYear(year));

    private final List<String> words;
    private final IntFunction<LocalDate> date;

    NamedDay(List<String> words, IntFunction<LocalDate> date) {
        this.words = words;
        this.date = date;
    }

    LocalDate in(int year) {
        return date.apply(year);
    }

    /** The day in {@code year}, called by its name: "Black Friday 2025". */
    Period periodIn(int year) {
        return Period.day(in(year)).named(title() + " " + year);
    }

    /** The day's name as written: "Black Friday", "Christmas Eve". */
    String title() {
        return words.stream().map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining(" "));
    }

    int length() {
        return words.size();
    }

    /** A pattern matching any named day's words, the longest first ("christmas eve" before "christmas"). */
    static String pattern() {
        return Arrays.stream(values()).map(day -> String.join("\\s+", day.words))
                .sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.joining("|"));
    }

    /** The named day whose words start at {@code i} (the longest: "christmas eve" before "christmas"). */
    static Optional<NamedDay> at(List<String> question, int i) {
        NamedDay best = null;
        for (NamedDay day : values()) {
            boolean matches = i + day.words.size() <= question.size()
                    && question.subList(i, i + day.words.size()).equals(day.words);
            if (matches && (best == null || day.words.size() > best.words.size())) {
                best = day;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The fourth Thursday of November. */
    private static LocalDate thanksgiving(int year) {
        return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    }
}
