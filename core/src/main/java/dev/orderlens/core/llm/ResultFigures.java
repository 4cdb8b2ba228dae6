package dev.orderlens.core.llm;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.SqlResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Figures over every held row of a result, for a writer that is shown only its first rows: the result's shape,
 * then each numeric column's highest and lowest value with the row they belong to, its first and last, and its
 * sum; for several series over time (months × carriers), the same per series. A summary can then name the real
 * peak of 365 days while the prompt holds 20 of them, and never read 12 months of 2 carriers as 24 months.
 */
final class ResultFigures {

    private ResultFigures() {
    }

    static String describe(SqlResult result) {
        List<Integer> labels = IntStream.range(0, result.columns().size())
                .filter(c -> !result.columns().get(c).type().isNumeric()).boxed().toList();
        Optional<int[]> timeAndSeries = timeAndSeries(result, labels);
        List<String> lines = new ArrayList<>();
        lines.add("- shape: " + shape(result, labels, timeAndSeries));
        List<Integer> all = IntStream.range(0, result.rows().size()).boxed().toList();
        for (int c = 0; c < result.columns().size(); c++) {
            if (!result.columns().get(c).type().isNumeric()) {
                continue;
            }
            String name = result.columns().get(c).name();
            describeColumn(result, all, c, labels).ifPresent(figures -> lines.add("- " + name + ": " + figures));
            if (timeAndSeries.isPresent()) {
                int series = timeAndSeries.get()[1];
                for (Map.Entry<Object, List<Integer>> entry : groups(result, series).entrySet()) {
                    describeColumn(result, entry.getValue(), c, List.of(timeAndSeries.get()[0])).ifPresent(figures ->
                            lines.add("  - " + name + " for " + result.columns().get(series).name() + " "
                                    + entry.getKey() + ": " + figures + " (" + entry.getValue().size() + " rows)"));
                }
            }
        }
        return String.join("\n", lines);
    }

    private static String shape(SqlResult result, List<Integer> labels, Optional<int[]> timeAndSeries) {
        int rows = result.rows().size();
        if (rows == 1) {
            return "a single row";
        }
        if (timeAndSeries.isPresent()) {
            Column time = result.columns().get(timeAndSeries.get()[0]);
            Column series = result.columns().get(timeAndSeries.get()[1]);
            return groups(result, timeAndSeries.get()[1]).size() + " series (one per " + series.name() + ") over "
                    + groups(result, timeAndSeries.get()[0]).size() + " distinct " + time.name() + " values, "
                    + rows + " rows in all";
        }
        if (labels.size() == 1 && result.columns().get(labels.get(0)).type().isTemporal()) {
            return "one series over " + rows + " " + result.columns().get(labels.get(0)).name() + " values";
        }
        return rows + " rows" + (labels.isEmpty() ? "" : ", one per " + String.join(" and ",
                labels.stream().map(c -> result.columns().get(c).name()).toList()));
    }

    /** A time column and one other label column: one series per value of the other, over time. */
    private static Optional<int[]> timeAndSeries(SqlResult result, List<Integer> labels) {
        if (labels.size() != 2) {
            return Optional.empty();
        }
        boolean firstTime = result.columns().get(labels.get(0)).type().isTemporal();
        boolean secondTime = result.columns().get(labels.get(1)).type().isTemporal();
        if (firstTime == secondTime) {
            return Optional.empty();
        }
        return Optional.of(firstTime ? new int[] {labels.get(0), labels.get(1)} : new int[] {labels.get(1), labels.get(0)});
    }

    private static Map<Object, List<Integer>> groups(SqlResult result, int column) {
        Map<Object, List<Integer>> groups = new LinkedHashMap<>();
        for (int r = 0; r < result.rows().size(); r++) {
            groups.computeIfAbsent(result.rows().get(r).get(column), k -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    private static Optional<String> describeColumn(SqlResult result, List<Integer> rows, int column, List<Integer> labels) {
        int highest = -1;
        int lowest = -1;
        int first = -1;
        int last = -1;
        double sum = 0;
        for (int r : rows) {
            if (!(result.rows().get(r).get(column) instanceof Number number)) {
                continue;
            }
            double v = number.doubleValue();
            sum += v;
            first = first < 0 ? r : first;
            last = r;
            highest = highest < 0 || v > number(result, highest, column) ? r : highest;
            lowest = lowest < 0 || v < number(result, lowest, column) ? r : lowest;
        }
        if (highest < 0) {
            return Optional.empty();
        }
        return Optional.of("highest " + at(result, highest, column, labels) + ", lowest " + at(result, lowest, column, labels)
                + ", first " + at(result, first, column, labels) + ", last " + at(result, last, column, labels)
                + ", sum " + plain(sum));
    }

    private static String at(SqlResult result, int row, int column, List<Integer> labels) {
        Object value = result.rows().get(row).get(column);
        if (labels.isEmpty()) {
            return String.valueOf(value);
        }
        List<String> label = labels.stream().map(c -> String.valueOf(result.rows().get(row).get(c))).toList();
        return value + " (" + String.join(" / ", label) + ")";
    }

    private static double number(SqlResult result, int row, int column) {
        return ((Number) result.rows().get(row).get(column)).doubleValue();
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(Math.round(value * 10_000) / 10_000.0);
    }
}
