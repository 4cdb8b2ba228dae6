package dev.orderlens.bootstrap.eval;

import dev.orderlens.core.domain.table.SqlResult;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether every number an answer states comes from its result: each figure of the text (written with the
 * locale's grouping and decimal marks, as a percentage, as money, or shortened to k/M/B) must equal, within the
 * rounding it is written with, a cell of the result or a value computed from one column's cells (sum, average,
 * minimum, maximum, a cell's share of the sum, the difference, ratio or relative change of two cells), the row
 * count or a count of distinct values (beyond a dozen rows, only the first two, last, least and greatest cells are
 * compared with one another), or a year, month or day of a date in the result. Numbers the person
 * gave (in the question, the period the query covers, the passages the answer cites) count as supported too.
 */
public final class FaithfulnessCheck {

    /**
     * Up to this many rows, any two cells of a column may be compared; beyond it only the cells a summary picks
     * out (the first two, the last, the least and the greatest), since among thousands of pairwise differences
     * almost any number would find one within its rounding.
     */
    private static final int ALL_PAIRS_ROWS = 12;
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])(\\d{4})-(\\d{2})(?:-(\\d{2})(?:[ T]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?)?(?!\\p{N})");
    private static final Pattern CITATION = Pattern.compile("\\[\\d+(?:\\s*,\\s*\\d+)*]");

    private final Pattern number;
    private final char decimalMark;
    private final char groupingMark;

    /** @param locale the locale the answers write numbers in (the semantic model's) */
    public FaithfulnessCheck(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Objects.requireNonNull(locale, "locale"));
        this.decimalMark = symbols.getDecimalSeparator();
        this.groupingMark = symbols.getGroupingSeparator();
        this.number = numberPattern(groupingMark, decimalMark);
    }

    private static Pattern numberPattern(char grouping, char decimal) {
        String g = Pattern.quote(String.valueOf(grouping));
        String d = Pattern.quote(String.valueOf(decimal));
        // Digits glued to a word, directly or by a hyphen (Q3, ORD-000123, 1st, 3-pack), are names, not figures.
        return Pattern.compile("(?<![\\p{L}\\p{N}_])(?<![\\p{L}\\p{N}_]-)"
                + "(\\d{1,3}(?:" + g + "\\d{3})+(?:" + d + "\\d+)?|\\d+(?:" + d + "\\d+)?|" + d + "\\d+)"
                + "(\\s?%|\\s?(?i:k|m|bn|b|thousand|million|billion)(?![\\p{L}\\p{N}]))?(?![\\p{L}\\p{N}_])(?!-\\p{L})");
    }

    /**
     * The numbers of {@code text}, as written, that {@code result} neither holds nor computes and {@code given}
     * does not hold; empty when every number is supported.
     *
     * @param given texts whose numbers the answer may repeat: the question, the query, cited passages
     */
    public List<String> unsupported(String text, SqlResult result, List<String> given) {
        Support support = new Support();
        support.addResult(result);
        for (String context : given) {
            if (context != null) {
                support.addGiven(context);
            }
        }
        support.seal();
        List<String> unsupported = new ArrayList<>();
        String rest = mask(CITATION.matcher(text), text);
        for (String label : labels(result)) {
            rest = mask(Pattern.compile(Pattern.quote(label), Pattern.CASE_INSENSITIVE).matcher(rest), rest);
        }
        Matcher dates = DATE.matcher(rest);
        while (dates.find()) {
            String date = dates.group();
            if (!support.holdsDate(date)) {
                unsupported.add(date);
            }
        }
        rest = mask(DATE.matcher(rest), rest);
        Matcher figures = number.matcher(rest);
        while (figures.find()) {
            Figure figure = figure(figures.group(1), figures.group(2));
            if (!support.holds(figure)) {
                unsupported.add(figures.group().strip());
            }
        }
        return unsupported;
    }

    /** The text cells holding letters and digits that are no date: labels a summary quotes as they are (a "3-pack"). */
    private static List<String> labels(SqlResult result) {
        Set<String> labels = new HashSet<>();
        for (List<Object> row : result.rows()) {
            for (Object cell : row) {
                if (cell instanceof String label && label.chars().anyMatch(Character::isDigit)
                        && label.chars().anyMatch(Character::isLetter) && !DATE.matcher(label).find()) {
                    labels.add(label);
                }
            }
        }
        return List.copyOf(labels);
    }

    /** The text with every match blanked out, so that its digits are not read again. */
    private static String mask(Matcher matcher, String text) {
        StringBuilder masked = new StringBuilder(text);
        while (matcher.find()) {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                masked.setCharAt(i, ' ');
            }
        }
        return masked.toString();
    }

    /** A number as written: its value, and half a unit of its last digit, which is how far rounding moves it. */
    private record Figure(double value, double rounding, boolean percent) {
    }

    private Figure figure(String digits, String suffix) {
        String plain = digits.replace(String.valueOf(groupingMark), "").replace(decimalMark, '.');
        int point = plain.indexOf('.');
        int decimals = point < 0 ? 0 : plain.length() - point - 1;
        double scale = scale(suffix == null ? "" : suffix.strip().toLowerCase(Locale.ROOT));
        double value = new BigDecimal(plain).doubleValue() * scale;
        double rounding = 0.5 * Math.pow(10, -decimals) * scale;
        return new Figure(value, rounding, suffix != null && suffix.strip().equals("%"));
    }

    private static double scale(String suffix) {
        return switch (suffix) {
            case "k", "thousand" -> 1e3;
            case "m", "million" -> 1e6;
            case "b", "bn", "billion" -> 1e9;
            default -> 1;
        };
    }

    /** The values a figure may stand for, and the dates a date may. */
    private final class Support {

        private final List<Double> values = new ArrayList<>();
        private final Set<String> dates = new HashSet<>();
        private final List<String> givenTexts = new ArrayList<>();
        private double[] sorted;

        void addResult(SqlResult result) {
            values.add((double) result.totalRows());
            for (int column = 0; column < result.columns().size(); column++) {
                List<Double> numbers = new ArrayList<>();
                Set<Object> distinct = new HashSet<>();
                for (List<Object> row : result.rows()) {
                    Object cell = row.get(column);
                    distinct.add(cell);
                    if (cell instanceof Number n) {
                        numbers.add(n.doubleValue());
                    } else if (cell != null) {
                        addText(cell.toString());
                    }
                }
                values.add((double) distinct.size());
                addColumn(numbers);
            }
            addSeries(result);
        }

        /**
         * Rows of several series (a label repeated: "web" in each month): each series' own figures, and the
         * series' totals beside each other ("web 14,602 in all … leads mobile by 3,369").
         */
        private void addSeries(SqlResult result) {
            int columns = result.columns().size();
            for (int label = 0; label < columns; label++) {
                Map<Object, List<List<Object>>> series = new LinkedHashMap<>();
                for (List<Object> row : result.rows()) {
                    if (!(row.get(label) instanceof Number)) {
                        series.computeIfAbsent(row.get(label), key -> new ArrayList<>()).add(row);
                    }
                }
                if (series.size() < 2 || series.size() == result.rows().size()) {
                    continue;
                }
                for (int column = 0; column < columns; column++) {
                    List<Double> totals = new ArrayList<>();
                    for (List<List<Object>> rows : series.values()) {
                        List<Double> numbers = numbers(rows, column);
                        addColumn(numbers);
                        totals.add(numbers.stream().mapToDouble(Double::doubleValue).sum());
                    }
                    addColumn(totals);
                    addLeads(result, label, column);
                }
            }
        }

        /**
         * In how many buckets of another label column (the months of a series) each series has the greatest or the
         * least figure: "West was the higher in 3 of 4 quarters".
         */
        private void addLeads(SqlResult result, int label, int figure) {
            for (int bucket = 0; bucket < result.columns().size(); bucket++) {
                if (bucket == label || bucket == figure) {
                    continue;
                }
                Map<Object, List<List<Object>>> buckets = new LinkedHashMap<>();
                for (List<Object> row : result.rows()) {
                    if (!(row.get(bucket) instanceof Number) && row.get(figure) instanceof Number) {
                        buckets.computeIfAbsent(row.get(bucket), key -> new ArrayList<>()).add(row);
                    }
                }
                Map<Object, Integer> highest = new HashMap<>();
                Map<Object, Integer> lowest = new HashMap<>();
                for (List<List<Object>> rows : buckets.values()) {
                    Comparator<List<Object>> byFigure = Comparator.comparingDouble(row -> ((Number) row.get(figure))
                            .doubleValue());
                    highest.merge(rows.stream().max(byFigure).orElseThrow().get(label), 1, Integer::sum);
                    lowest.merge(rows.stream().min(byFigure).orElseThrow().get(label), 1, Integer::sum);
                }
                highest.values().forEach(count -> values.add((double) count));
                lowest.values().forEach(count -> values.add((double) count));
            }
        }

        private static List<Double> numbers(List<List<Object>> rows, int column) {
            List<Double> numbers = new ArrayList<>();
            for (List<Object> row : rows) {
                if (row.get(column) instanceof Number n) {
                    numbers.add(n.doubleValue());
                }
            }
            return numbers;
        }

        private void addColumn(List<Double> numbers) {
            if (numbers.isEmpty()) {
                return;
            }
            double sum = 0;
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (double n : numbers) {
                sum += n;
                min = Math.min(min, n);
                max = Math.max(max, n);
            }
            values.addAll(numbers);
            values.addAll(List.of(sum, sum / numbers.size(), min, max, max - min));
            for (double a : numbers) {
                if (sum != 0) {
                    values.add(a / sum);
                }
            }
            List<Double> compared = numbers.size() <= ALL_PAIRS_ROWS ? numbers
                    : List.of(numbers.get(0), numbers.get(1), numbers.get(numbers.size() - 1), min, max);
            for (double a : compared) {
                for (double b : compared) {
                    values.add(a - b);
                    if (b != 0) {
                        values.add(a / b);
                        values.add((a - b) / b);
                    }
                }
            }
        }

        /** A text cell: its date parts when it is a date, else its number when it is one. */
        private void addText(String text) {
            Matcher date = DATE.matcher(text);
            if (date.find()) {
                addDate(date);
                return;
            }
            try {
                values.add(new BigDecimal(text.strip()).doubleValue());
            } catch (NumberFormatException notANumber) {
                // a label: nothing to add
            }
        }

        void addGiven(String text) {
            givenTexts.add(text);
            Matcher date = DATE.matcher(text);
            while (date.find()) {
                addDate(date);
                addDayBefore(date);
            }
            String rest = mask(DATE.matcher(text), text);
            for (Pattern numbers : List.of(number, numberPattern(',', '.'))) {
                Matcher figures = numbers.matcher(rest);
                while (figures.find()) {
                    Figure figure = figure(figures.group(1), figures.group(2));
                    values.add(figure.value());
                }
            }
        }

        private void addDate(Matcher date) {
            String day = date.group(3);
            dates.add(date.group(1) + "-" + date.group(2));
            values.add(Double.parseDouble(date.group(1)));
            values.add(Double.parseDouble(date.group(2)));
            if (day != null) {
                dates.add(date.group(1) + "-" + date.group(2) + "-" + day);
                values.add(Double.parseDouble(day));
            }
        }

        /**
         * A query's period ends before its last date ({@code < '2025-07-01'}) while words end on it ("to June 30"):
         * the day before a given date is the period's last day.
         */
        private void addDayBefore(Matcher date) {
            if (date.group(3) == null) {
                return;
            }
            LocalDate last = LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(3))).minusDays(1);
            dates.add(String.format(Locale.ROOT, "%04d-%02d-%02d", last.getYear(), last.getMonthValue(),
                    last.getDayOfMonth()));
            values.add((double) last.getYear());
            values.add((double) last.getMonthValue());
            values.add((double) last.getDayOfMonth());
        }

        void seal() {
            sorted = values.stream().mapToDouble(v -> Math.abs(v)).filter(Double::isFinite).sorted().toArray();
        }

        boolean holdsDate(String written) {
            Matcher date = DATE.matcher(written);
            if (!date.matches()) {
                return false;
            }
            String day = date.group(3) == null ? "" : "-" + date.group(3);
            String key = date.group(1) + "-" + date.group(2) + day;
            return dates.contains(key) || givenTexts.stream().anyMatch(t -> t.contains(key));
        }

        boolean holds(Figure figure) {
            if (near(figure.value(), figure.rounding())) {
                return true;
            }
            // A percentage may be written from a fraction (a share, a rate of 0.074 as 7.4%).
            return figure.percent() && near(figure.value() / 100, figure.rounding() / 100);
        }

        private boolean near(double value, double rounding) {
            double slack = rounding + 1e-9 * Math.max(1, value);
            int at = Arrays.binarySearch(sorted, value - slack);
            int from = at >= 0 ? at : -at - 1;
            return from < sorted.length && sorted[from] <= value + slack;
        }
    }
}
