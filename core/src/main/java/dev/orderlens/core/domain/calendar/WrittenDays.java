package dev.orderlens.core.domain.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar days written out in full, with their year: "March 14, 2025", "march 14th 2025", "14 March 2025",
 * "2025-03-14". Only a day with its year is read; "March 14" alone could be any year's.
 */
public final class WrittenDays {

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?";
    private static final Pattern WRITTEN = Pattern.compile("\\b(?:"
            + "(?<m1>" + MONTH + ")\\s+(?<d1>" + DAY + "),?\\s+(?<y1>\\d{4})"
            + "|(?<d2>" + DAY + ")\\s+(?:of\\s+)?(?<m2>" + MONTH + "),?\\s+(?<y2>\\d{4})"
            + "|(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2})"
            + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTH_STARTS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    private WrittenDays() {
    }

    /** The days the text writes out, in the order written, each once; a date that does not exist is skipped. */
    public static List<LocalDate> in(String text) {
        Set<LocalDate> days = new LinkedHashSet<>();
        Matcher matcher = WRITTEN.matcher(text);
        while (matcher.find()) {
            day(matcher).ifPresent(days::add);
        }
        return new ArrayList<>(days);
    }

    /** The day as a heading or a sentence writes it: "March 14, 2025". */
    public static String spelled(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth() + ", "
                + day.getYear();
    }

    /** Every way {@link #in} reads a day that a title is likely to use, the usual one first. */
    public static List<String> spellings(LocalDate day) {
        return List.of(spelled(day),
                day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                        + day.getYear(),
                day.toString());
    }

    private static Optional<LocalDate> day(Matcher matcher) {
        try {
            return Optional.of(LocalDate.of(number(matcher, "y"), month(matcher), number(matcher, "d")));
        } catch (DateTimeException notADay) {
            // "February 30, 2025" names no day.
            return Optional.empty();
        }
    }

    private static int month(Matcher matcher) {
        String numeric = matcher.group("m3");
        if (numeric != null) {
            return Integer.parseInt(numeric);
        }
        String name = matcher.group("m1") != null ? matcher.group("m1") : matcher.group("m2");
        return MONTH_STARTS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    /** The digits of the first of the groups {@code prefix}1..3 that matched, without an ordinal's letters. */
    private static int number(Matcher matcher, String prefix) {
        for (int i = 1; i <= 3; i++) {
            String group = matcher.group(prefix + i);
            if (group != null) {
                return Integer.parseInt(group.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("the pattern matched without a " + prefix);
    }
}
