package dev.orderlens.bootstrap.eval;

import dev.orderlens.core.domain.table.SqlResult;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether an answer's table holds the gold rows. Every gold row must have its own answer row in which each
 * gold value appears: numbers within a relative tolerance, text case-insensitively (an underscore as a space),
 * dates as calendar dates (a midnight timestamp is its date). Extra answer rows and columns are allowed. With
 * {@code keyTop} only the first gold row's label (its values that are not numbers) must be in the answer's first row.
 * A gold row of figures alone may also be laid out as one answer row per figure.
 */
public final class ResultComparison {

    /** Below this a gold number counts as zero and the answer must be as close to zero. */
    private static final double ZERO = 1e-9;
    private static final Pattern QUARTER = Pattern.compile("(?i)q([1-4])\\s+(\\d{4})");
    /** A half or quarter written year first: "2025-Q1", "2025 H2". */
    private static final Pattern YEAR_FIRST_PART = Pattern.compile("(?i)(\\d{4})[-\\s]?([hq][1-4])");
    private static final Pattern PART_FIRST = Pattern.compile("(?i)([hq][1-4])\\s+(\\d{4})");
    private static final Pattern PART_NAME = Pattern.compile("(?i)[hq][1-4]");
    private static final Pattern ISO_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern ISO_DAY = Pattern.compile("(?<!\\d)\\d{4}-\\d{2}-\\d{2}(?!\\d)");
    /** A period labelled by its name and its dates: "Cyber Monday 2025 (December 1, 2025)". */
    private static final Pattern NAMED_PERIOD = Pattern.compile("(\\p{L}[^()]*?)\\s+\\(([^()]*\\d{4}[^()]*)\\)");
    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    /**
     * A label for every row but one group's, as a query setting one group against the rest names it: "all others",
     * "other regions", "everyone else", "rest of country", "other months of 2025", "the rest of 2025", "non-VIP", "no
     * tickets", "without a discount".
     */
    private static final Pattern REST_LABEL = Pattern.compile("(?i)(?:all\\s+)?(?:the\\s+)?"
            + "(?:others?(?:\\s+[\\p{L}\\p{N} ]+)?|rest(?:\\s+of\\s+[\\p{L}\\p{N} ,]+)?"
            + "|(?:everyone|everybody|everything|everywhere|anyone)\\s+else|elsewhere|non[- ]?[\\p{L}&' -]+"
            + "|(?:no|without)\\s+[\\p{L} ]+)");
    /** An amount with its bound after it, which the answers write before it: "$49 or more" is "at least $49". */
    private static final Pattern AMOUNT_OR_MORE = Pattern.compile("(?i)(\\$?\\d[\\d,.]*)\\s*"
            + "(?:or\\s+(?:more|above|over)|\\+)");
    private static final Pattern AMOUNT_OR_LESS = Pattern.compile("(?i)(\\$?\\d[\\d,.]*)\\s*"
            + "or\\s+(?:less|fewer|under|below)");
    /** A bound below an amount in words, which the answers write as "under": "fewer than 5", "less than $50". */
    private static final Pattern BELOW_AMOUNT = Pattern.compile("(?i)\\b(?:(?:fewer|less)\\s+than|below)"
            + "\\s+(?=\\$?\\d)");
    /** A dash between two amounts, which the answers write as "to": "$50-$200" is "$50 to $200". */
    private static final Pattern AMOUNT_DASH = Pattern.compile("(?<=\\d)\\s*[-\u2013]\\s*(?=\\$?\\d)");
    /**
     * The days a gold label gives in brackets, as people write a week: "week before (Dec 15-21)", "last week
     * (2025-12-22..28)", "week before (2025-03-25..03-31)".
     */
    private static final Pattern GOLD_DAYS = Pattern.compile("\\((?:(\\d{4})-(\\d{2})-(\\d{2})\\.\\."
            + "(?:\\d{2}-)?(\\d{1,2})|(\\p{L}{3,9})\\.?\\s+(\\d{1,2})\\s*[-\u2013]\\s*(\\d{1,2}))\\)");
    /** Months a gold label runs across: "May-July 2025". */
    private static final Pattern GOLD_MONTHS = Pattern.compile("(\\p{L}{3,9})\\s*[-\u2013]\\s*(\\p{L}{3,9})"
            + "\\s+(\\d{4})");
    /** The days an answer's period label gives: "December 15, 2025 to December 21, 2025". */
    private static final Pattern ANSWER_DAYS = Pattern.compile("(\\p{L}+ \\d{1,2}, \\d{4}) to "
            + "(\\p{L}+ \\d{1,2}, \\d{4})");
    private static final Pattern PART_OF_YEAR = Pattern.compile("(?i)(?:[hq][1-4]\\s+|\\p{L}+\\s+)?(\\d{4})");

    /**
     * @param keyTop only the first gold row's label must lead the answer
     * @param percentage gold numbers are percentages: an answer may give 12.5 or 0.125 for 12.5, and 12.5 for a gold
     *     fraction of 0.125 (a gold number of at most 1)
     * @param tolerance relative tolerance for numbers (0.005 is 0.5%)
     */
    public record Rules(boolean keyTop, boolean percentage, double tolerance) {

        public static Rules defaults() {
            return new Rules(false, false, EvalQuestion.DEFAULT_TOLERANCE);
        }
    }

    /** The outcome, with a reason a person can act on when it is wrong. */
    public record Verdict(boolean correct, String reason) {

        static Verdict right() {
            return new Verdict(true, "");
        }

        static Verdict wrong(String reason) {
            return new Verdict(false, reason);
        }
    }

    private ResultComparison() {
    }

    public static Verdict compare(SqlResult gold, SqlResult answer, Rules rules) {
        if (gold.isEmpty()) {
            return answer.isEmpty() ? Verdict.right() : Verdict.wrong("the gold query returned no rows, the answer did");
        }
        if (answer.isEmpty()) {
            return Verdict.wrong("the answer has no rows");
        }
        if (rules.keyTop()) {
            return compareTop(gold.rows().get(0), answer.rows().get(0), rules);
        }
        Verdict verdict = compareAll(gold.rows(), answer.rows(), rules);
        return verdict.correct() || !laidOutAsRows(gold.rows(), answer.rows(), rules) ? verdict : Verdict.right();
    }

    /**
     * "Christmas week versus the week before" as one gold row of two figures, and as two answer rows of one figure
     * each, labelled: the same figures laid out the other way, when the answer has one row for each gold figure and
     * each figure is in a row of its own (each figure taken as a gold row of its own).
     */
    private static boolean laidOutAsRows(List<List<Object>> goldRows, List<List<Object>> answerRows, Rules rules) {
        if (goldRows.size() != 1) {
            return false;
        }
        List<Object> figures = goldRows.get(0);
        return figures.size() > 1 && figures.size() == answerRows.size()
                && figures.stream().allMatch(value -> number(value).isPresent())
                && compareAll(figures.stream().<List<Object>>map(List::of).toList(), answerRows, rules).correct();
    }

    private static Verdict compareTop(List<Object> goldRow, List<Object> firstRow, Rules rules) {
        List<Object> label = goldRow.stream().filter(value -> number(value).isEmpty()).toList();
        List<Object> expected = label.isEmpty() ? goldRow : label;
        if (rowHolds(firstRow, expected, rules)) {
            return Verdict.right();
        }
        return Verdict.wrong("expected " + show(expected) + " to lead, the first row is " + show(firstRow));
    }

    private static Verdict compareAll(List<List<Object>> goldRows, List<List<Object>> answerRows, Rules rules) {
        boolean[] used = new boolean[answerRows.size()];
        for (int g = 0; g < goldRows.size(); g++) {
            List<Object> goldRow = goldRows.get(g);
            int match = -1;
            for (int a = 0; a < answerRows.size() && match < 0; a++) {
                if (!used[a] && rowHolds(answerRows.get(a), goldRow, rules)) {
                    match = a;
                }
            }
            if (match < 0) {
                return Verdict.wrong("gold row " + (g + 1) + " of " + goldRows.size() + " " + show(goldRow)
                        + " is not in the answer (first answer row " + show(answerRows.get(0)) + ")");
            }
            used[match] = true;
        }
        return Verdict.right();
    }

    private static boolean rowHolds(List<Object> row, List<Object> expectedValues, Rules rules) {
        return expectedValues.stream().allMatch(expected -> row.stream().anyMatch(v -> valueMatches(expected, v, rules)));
    }

    /** Whether an answer's value stands for the gold value under the rules. */
    public static boolean valueMatches(Object gold, Object actual, Rules rules) {
        if (gold == null || actual == null) {
            return gold == null && actual == null;
        }
        if (gold instanceof Boolean != actual instanceof Boolean) {
            // a flag's two groups, one side naming them in words ("late", "on time") and the other true and false:
            // either stands for the other, and the row's figures tell which group it is
            Object text = gold instanceof Boolean ? actual : gold;
            return text instanceof String label && numericText(label).isEmpty() && !label.isBlank();
        }
        Matcher named = actual instanceof String label ? NAMED_PERIOD.matcher(label.strip()) : null;
        if (named != null && named.matches()) {
            // the name and the dates both say which period the row is
            return valueMatches(gold, named.group(1), rules) || valueMatches(gold, named.group(2), rules);
        }
        Optional<Double> goldNumber = number(gold);
        if (goldNumber.isPresent()) {
            Optional<Double> actualNumber = number(actual).or(() -> numericText(actual));
            return actualNumber.isPresent() ? numbersMatch(goldNumber.get(), actualNumber.get(), rules)
                    : labelsYearOrQuarter(actual, goldNumber.get());
        }
        Optional<LocalDateTime> goldTime = temporal(gold);
        if (goldTime.isPresent()) {
            return goldTime.equals(temporal(actual)) || goldTime.equals(monthLabel(actual)
                    .map(month -> month.atDay(1).atStartOfDay())) || goldTime.equals(quarterLabel(actual))
                    || yearOf(goldTime.get(), actual) || weekFrom(goldTime.get(), actual);
        }
        if (gold instanceof String goldText && ISO_MONTH.matcher(goldText.strip()).matches()) {
            // "2025-01" for "January 2025", or for the month's first day as a monthly series labels it
            YearMonth month = YearMonth.parse(goldText.strip());
            return monthLabel(actual).equals(Optional.of(month))
                    || temporal(actual).equals(Optional.of(month.atDay(1).atStartOfDay()));
        }
        if (gold instanceof String goldText && PART_NAME.matcher(goldText.strip()).matches()) {
            // "H1" for "H1 2025", or "Q1" for the quarter's first day: a part of the one year the question is about
            return text(actual).replaceFirst("\\s+\\d{4}$", "").equals(text(gold)) || startsPart(text(gold), actual);
        }
        Optional<String> goldPart = partOfYear(gold);
        if (goldPart.isPresent()) {
            // "2025-Q1" for "Q1 2025", or for the quarter's first day as a quarterly series labels it
            return goldPart.equals(partOfYear(actual))
                    || quarterLabel(gold).filter(start -> start.equals(temporal(actual).orElse(null))).isPresent();
        }
        return words(gold).equals(words(actual))
                || REST_LABEL.matcher(text(gold)).matches() && REST_LABEL.matcher(text(actual)).matches()
                || namesDayOf(gold, actual) || sameDays(gold.toString(), actual);
    }

    /**
     * A gold label giving its days in brackets, or the months it runs across, stands for an answer's label of the
     * same days, the year taken from the answer's when the gold leaves it off.
     */
    private static boolean sameDays(String gold, Object actual) {
        Matcher answer = actual instanceof String label ? ANSWER_DAYS.matcher(label.strip()) : null;
        if (answer == null || !answer.matches()) {
            return false;
        }
        Matcher days = GOLD_DAYS.matcher(gold);
        Matcher months = GOLD_MONTHS.matcher(gold.strip());
        try {
            LocalDate first = LocalDate.parse(answer.group(1), DAY_LABEL);
            LocalDate last = LocalDate.parse(answer.group(2), DAY_LABEL);
            if (months.matches()) {
                Optional<Month> from = month(months.group(1));
                Optional<Month> to = month(months.group(2));
                int year = Integer.parseInt(months.group(3));
                return from.isPresent() && to.isPresent() && first.equals(LocalDate.of(year, from.get(), 1))
                        && last.equals(YearMonth.of(year, to.get()).atEndOfMonth());
            }
            if (!days.find()) {
                return false;
            }
            // "(2025-12-22..28)" gives its year and month as numbers, "(Dec 15-21)" its month by name
            boolean iso = days.group(1) != null;
            Optional<Month> month = iso ? Optional.of(Month.of(Integer.parseInt(days.group(2)))) : month(days.group(5));
            int year = iso ? Integer.parseInt(days.group(1)) : first.getYear();
            int startDay = Integer.parseInt(days.group(iso ? 3 : 6));
            int endDay = Integer.parseInt(days.group(iso ? 4 : 7));
            return month.isPresent() && first.equals(LocalDate.of(year, month.get(), startDay))
                    && last.getDayOfMonth() == endDay && last.isBefore(first.plusMonths(1));
        } catch (DateTimeException e) {
            return false;
        }
    }

    /**
     * A gold week labelled by its Monday ({@code date_trunc('week', …)}) stands for an answer's label of those seven
     * days: "December 15, 2025 to December 21, 2025" for 2025-12-15.
     */
    private static boolean weekFrom(LocalDateTime monday, Object actual) {
        Matcher answer = actual instanceof String label ? ANSWER_DAYS.matcher(label.strip()) : null;
        if (answer == null || !answer.matches() || monday.getDayOfWeek() != DayOfWeek.MONDAY
                || !monday.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return false;
        }
        try {
            LocalDate first = LocalDate.parse(answer.group(1), DAY_LABEL);
            return first.equals(monday.toLocalDate())
                    && LocalDate.parse(answer.group(2), DAY_LABEL).equals(first.plusDays(6));
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Whether a value is the first day of the half ("h1") or quarter ("q3") of its year. */
    private static boolean startsPart(String part, Object actual) {
        int number = part.charAt(1) - '0';
        int firstMonth = part.charAt(0) == 'h' ? 6 * number - 5 : 3 * number - 2;
        return temporal(actual).filter(time -> time.getDayOfMonth() == 1 && time.getMonthValue() == firstMonth
                && time.toLocalTime().equals(LocalTime.MIDNIGHT)).isPresent();
    }

    /**
     * A label as its words: "gift_card" is "gift card", as the answers write a stored value; "$50-$200" is "$50 to
     * $200", "$49 or more" "at least $49" and "fewer than 5" "under 5", as they write a band.
     */
    private static String words(Object value) {
        String label = AMOUNT_DASH.matcher(text(value).replace('_', ' ')).replaceAll(" to ");
        label = AMOUNT_OR_MORE.matcher(label).replaceAll("at least $1");
        label = BELOW_AMOUNT.matcher(label).replaceAll("under ");
        return AMOUNT_OR_LESS.matcher(label).replaceAll("at most $1");
    }

    /**
     * A gold label naming a day among its words ("Cyber Monday 2025-12-01", "Monday 2025-11-24") stands for that
     * day however the answer writes it ("December 1, 2025").
     */
    private static boolean namesDayOf(Object gold, Object actual) {
        Matcher day = ISO_DAY.matcher(text(gold));
        if (!day.find()) {
            return false;
        }
        LocalDate named = LocalDate.parse(day.group());
        return !day.find() && temporal(actual).filter(time -> time.toLocalDate().equals(named)
                && time.toLocalTime().equals(LocalTime.MIDNIGHT)).isPresent();
    }

    /** The month a name or its start stands for: "Dec", "Sept", "July". */
    private static Optional<Month> month(String name) {
        String start = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(Month.values()).filter(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                .toLowerCase(Locale.ROOT).startsWith(start)).findFirst();
    }

    private static boolean numbersMatch(double gold, double actual, Rules rules) {
        if (within(gold, actual, rules.tolerance())) {
            return true;
        }
        // a gold fraction (a share or rate at most 1) may be answered as a percentage
        boolean fraction = Math.abs(gold) <= 1.0;
        return rules.percentage() && (within(gold / 100.0, actual, rules.tolerance())
                || fraction && within(gold * 100.0, actual, rules.tolerance()));
    }

    private static boolean within(double gold, double actual, double tolerance) {
        if (Math.abs(gold) < ZERO) {
            return Math.abs(actual) < ZERO;
        }
        return Math.abs(actual - gold) <= tolerance * Math.abs(gold);
    }

    private static Optional<Double> number(Object value) {
        if (value instanceof Number number) {
            return Optional.of(number.doubleValue());
        }
        return Optional.empty();
    }

    /** A number an answer wrote as text, e.g. "$1,234.50" or "12.5%". */
    private static Optional<Double> numericText(Object value) {
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        String digits = text.strip().replace(",", "").replace("$", "").replace("%", "");
        try {
            return Optional.of(new BigDecimal(digits).doubleValue());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A gold year ({@code year(order_ts)}, as a query comparing the same part of two years labels its rows) stands
     * for a period label of that year: "H1 2024", "Q3 2025", "November 2024"; never for a date or "2024-03". A gold
     * quarter number ({@code quarter(order_ts)}) stands for "Q1 2025" or the quarter's first day, as a quarterly
     * series labels its rows.
     */
    private static boolean labelsYearOrQuarter(Object actual, double gold) {
        if (gold != Math.rint(gold)) {
            return false;
        }
        Optional<LocalDateTime> start = temporal(actual);
        if (start.isPresent()) {
            LocalDateTime time = start.get();
            return time.toLocalTime().equals(LocalTime.MIDNIGHT) && time.getDayOfMonth() == 1
                    && time.getMonthValue() % 3 == 1 && (time.getMonthValue() + 2) / 3 == (int) gold;
        }
        if (!(actual instanceof String label)) {
            return false;
        }
        Matcher year = PART_OF_YEAR.matcher(label.strip());
        Matcher quarter = QUARTER.matcher(label.strip());
        return year.matches() && Integer.parseInt(year.group(1)) == (int) gold
                || quarter.matches() && Integer.parseInt(quarter.group(1)) == (int) gold;
    }

    /**
     * A gold year's first instant ({@code date_trunc('year', order_ts)}) stands for the year as a number
     * ({@code year(order_ts)}): both label the same year of a yearly series, and, as a gold year number does, for a
     * period label of that year ("November 2024" when the same month of two years is compared).
     */
    private static boolean yearOf(LocalDateTime goldStart, Object actual) {
        return goldStart.equals(goldStart.toLocalDate().withDayOfYear(1).atStartOfDay())
                && (number(actual).or(() -> numericText(actual)).filter(year -> year == goldStart.getYear()).isPresent()
                        || labelsYearOrQuarter(actual, goldStart.getYear()) && actual instanceof String);
    }

    /** The first instant of a quarter labelled as the answers write one: "Q3 2025". */
    private static Optional<LocalDateTime> quarterLabel(Object value) {
        return partOfYear(value).filter(part -> part.startsWith("q")).map(part -> LocalDate
                .of(Integer.parseInt(part.substring(3)), 3 * (part.charAt(1) - '0') - 2, 1).atStartOfDay());
    }

    /** A half or quarter label, in either order, as "q3 2025" or "h1 2025". */
    private static Optional<String> partOfYear(Object value) {
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        Matcher partFirst = PART_FIRST.matcher(text.strip());
        if (partFirst.matches()) {
            return Optional.of(partFirst.group(1).toLowerCase(Locale.ROOT) + " " + partFirst.group(2));
        }
        Matcher yearFirst = YEAR_FIRST_PART.matcher(text.strip());
        return yearFirst.matches()
                ? Optional.of(yearFirst.group(2).toLowerCase(Locale.ROOT) + " " + yearFirst.group(1))
                : Optional.empty();
    }

    /** The month of a label such as "November 2025", as the answers write a month. */
    private static Optional<YearMonth> monthLabel(Object value) {
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text.strip(), MONTH_LABEL));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDateTime> temporal(Object value) {
        if (value instanceof LocalDateTime time) {
            return Optional.of(time);
        }
        if (value instanceof LocalDate date) {
            return Optional.of(date.atTime(LocalTime.MIDNIGHT));
        }
        if (value instanceof String text) {
            String trimmed = text.strip();
            try {
                return Optional.of(trimmed.length() <= 10 ? LocalDate.parse(trimmed).atTime(LocalTime.MIDNIGHT)
                        : LocalDateTime.parse(trimmed.replace(' ', 'T')));
            } catch (DateTimeParseException e) {
                return dayLabel(trimmed);
            }
        }
        return Optional.empty();
    }

    /** A day as the answers write it: "November 29, 2024". */
    private static Optional<LocalDateTime> dayLabel(String text) {
        try {
            return Optional.of(LocalDate.parse(text, DAY_LABEL).atStartOfDay());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String text(Object value) {
        return (value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString())
                .strip().toLowerCase(Locale.ROOT);
    }

    private static String show(List<Object> row) {
        List<String> values = new ArrayList<>();
        for (Object value : row) {
            values.add(value == null ? "NULL" : value instanceof BigDecimal d ? d.toPlainString() : value.toString());
        }
        return values.stream().collect(Collectors.joining(", ", "[", "]"));
    }
}
