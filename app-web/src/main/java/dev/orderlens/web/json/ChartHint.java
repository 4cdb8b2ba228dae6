package dev.orderlens.web.json;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a result reads as a chart: a time series (a date column, or text like {@code 2025-03}, then numbers)
 * is a line; a ranking or breakdown (a text column, then numbers, a few rows) is a bar chart. The data is taken
 * from all rows held, not only the first page.
 */
final class ChartHint {

    static final int MAX_SERIES = 3;
    static final int MAX_LINE_POINTS = 1_000;
    static final int MAX_BARS = 25;
    private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}([ T][0-9:.]+)?)?|-Q[1-4]|-W\\d{2})?");

    private ChartHint() {
    }

    static Optional<Map<String, Object>> of(SqlResult result) {
        List<Column> columns = result.columns();
        if (result.rows().size() < 2 || columns.size() < 2) {
            return Optional.empty();
        }
        int x = 0;
        List<Integer> series = new ArrayList<>();
        for (int i = 1; i < columns.size() && series.size() < MAX_SERIES; i++) {
            if (columns.get(i).type().isNumeric()) {
                series.add(i);
            }
        }
        if (series.isEmpty()) {
            return Optional.empty();
        }
        if (isTime(result, x)) {
            return Optional.of(chart("line", result, x, series, MAX_LINE_POINTS));
        }
        ColumnType xType = columns.get(x).type();
        if ((xType == ColumnType.STRING || xType == ColumnType.BOOLEAN) && result.rows().size() <= MAX_BARS) {
            return Optional.of(chart("bar", result, x, series, MAX_BARS));
        }
        return Optional.empty();
    }

    private static boolean isTime(SqlResult result, int column) {
        ColumnType type = result.columns().get(column).type();
        if (type.isTemporal()) {
            return true;
        }
        if (type != ColumnType.STRING) {
            return false;
        }
        return result.rows().stream().allMatch(row -> row.get(column) instanceof String s && DATE_TEXT.matcher(s).matches());
    }

    private static Map<String, Object> chart(String kind, SqlResult result, int x, List<Integer> series, int maxPoints) {
        List<List<Object>> rows = result.rows().subList(0, Math.min(maxPoints, result.rows().size()));
        List<Object> labels = new ArrayList<>();
        for (List<Object> row : rows) {
            labels.add(JsonValues.cell(row.get(x)));
        }
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (int column : series) {
            List<Object> values = new ArrayList<>();
            for (List<Object> row : rows) {
                values.add(JsonValues.cell(row.get(column)));
            }
            datasets.add(Map.of("name", result.columns().get(column).name(), "data", values));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", kind);
        chart.put("x", result.columns().get(x).name());
        chart.put("labels", labels);
        chart.put("series", datasets);
        chart.put("complete", rows.size() == result.totalRows());
        return chart;
    }
}
