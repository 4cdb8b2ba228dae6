package dev.orderlens.core.llm;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.SqlResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Figures over every held row of a result, for a writer that is shown only its first rows: each numeric column's
 * highest and lowest value with the row they belong to, its first and last, and its sum. A summary can then name
 * the real peak of 365 days while the prompt holds 20 of them.
 */
final class ResultFigures {

    private ResultFigures() {
    }

    static String describe(SqlResult result) {
        int label = firstLabelColumn(result);
        List<String> lines = new ArrayList<>();
        for (int c = 0; c < result.columns().size(); c++) {
            Column column = result.columns().get(c);
            if (c == label || !column.type().isNumeric()) {
                continue;
            }
            describeColumn(result, c, label).ifPresentOrElse(lines::add, () -> { });
        }
        return lines.isEmpty() ? "(no numeric column)" : String.join("\n", lines);
    }

    private static java.util.Optional<String> describeColumn(SqlResult result, int column, int label) {
        int highest = -1;
        int lowest = -1;
        int first = -1;
        int last = -1;
        double sum = 0;
        List<List<Object>> rows = result.rows();
        for (int r = 0; r < rows.size(); r++) {
            Object value = rows.get(r).get(column);
            if (!(value instanceof Number number)) {
                continue;
            }
            double v = number.doubleValue();
            sum += v;
            first = first < 0 ? r : first;
            last = r;
            highest = highest < 0 || v > number(rows, highest, column) ? r : highest;
            lowest = lowest < 0 || v < number(rows, lowest, column) ? r : lowest;
        }
        if (highest < 0) {
            return java.util.Optional.empty();
        }
        String name = result.columns().get(column).name();
        return java.util.Optional.of("- " + name + ": highest " + at(rows, highest, column, label) + ", lowest "
                + at(rows, lowest, column, label) + ", first " + at(rows, first, column, label) + ", last "
                + at(rows, last, column, label) + ", sum " + plain(sum));
    }

    private static String at(List<List<Object>> rows, int row, int column, int label) {
        Object value = rows.get(row).get(column);
        return label < 0 ? String.valueOf(value) : value + " (" + rows.get(row).get(label) + ")";
    }

    private static double number(List<List<Object>> rows, int row, int column) {
        return ((Number) rows.get(row).get(column)).doubleValue();
    }

    private static int firstLabelColumn(SqlResult result) {
        for (int c = 0; c < result.columns().size(); c++) {
            if (!result.columns().get(c).type().isNumeric()) {
                return c;
            }
        }
        return -1;
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(Math.round(value * 10_000) / 10_000.0);
    }
}
