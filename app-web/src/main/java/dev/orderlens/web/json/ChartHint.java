package dev.orderlens.web.json;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.semantic.DisplayFormats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The chart a result reads as, chosen here so that the page only draws it (see docs/api.md, {@code chart}):
 * <ul>
 * <li>a time column, a category and a value (orders by month per carrier): one line per category;</li>
 * <li>a time column then numbers: a line per number column;</li>
 * <li>a category then numbers: bars, laid horizontally past {@value #MAX_VERTICAL_BARS} categories; past
 * {@value #MAX_BARS}, the top {@value #TOP_BARS} by the first number and one "Others" bar summing the rest when
 * the numbers add up (counts, sums), else the top ones only, saying of how many;</li>
 * <li>anything else with two rows and a number: bars by the first column, offered but not shown at once.</li>
 * </ul>
 * The data is taken from all rows held, not only the first page.
 */
final class ChartHint {

    static final int MAX_SERIES = 3;
    static final int MAX_LINE_POINTS = 1_000;
    static final int MAX_LINES = 8;
    static final int MAX_VERTICAL_BARS = 12;
    static final int MAX_BARS = 20;
    static final int TOP_BARS = 15;
    static final String OTHERS = "Others";
    private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}([ T][0-9:.]+)?)?|-Q[1-4]|-W\\d{2})?");
    /** Column names that say the values are averages, rates or extremes, which do not add up across categories. */
    private static final Pattern NOT_ADDITIVE = Pattern.compile(
            "(^|_)(avg|average|mean|median|min|max|rate|ratio|share|pct|percent|per|score|days)(_|$)");

    private ChartHint() {
    }

    static Optional<Map<String, Object>> of(SqlResult result, DisplayFormats display) {
        List<Column> columns = result.columns();
        if (result.rows().size() < 2 || columns.size() < 2) {
            return Optional.empty();
        }
        int time = IntStream.range(0, Math.min(2, columns.size())).filter(i -> isTime(result, i)).findFirst()
                .orElse(-1);
        List<Integer> categories = IntStream.range(0, columns.size())
                .filter(i -> i != time && isCategory(columns.get(i).type())).boxed().toList();
        // the change from the period before ("revenue_change", "revenue_change_pct") is read in the table, not drawn
        // beside the figures in another unit
        List<Integer> numbers = IntStream.range(0, columns.size())
                .filter(i -> i != time && columns.get(i).type().isNumeric()
                        && !DisplayFormats.isChange(columns.get(i).name())).boxed().toList();
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        long changes = columns.stream().filter(c -> DisplayFormats.isChange(c.name())).count();
        boolean aggregated = categories.size() + numbers.size() + changes + (time >= 0 ? 1 : 0) == columns.size();
        if (time >= 0 && categories.size() == 1 && aggregated) {
            return Optional.of(linePerCategory(result, time, categories.get(0), numbers.get(0)));
        }
        List<Integer> series = numbers.subList(0, Math.min(MAX_SERIES, numbers.size()));
        if (time == 0) {
            return Optional.of(lines(result, series, categories.isEmpty()));
        }
        if (!categories.isEmpty()) {
            boolean additive = series.stream().allMatch(i -> additive(columns.get(i), display));
            return Optional.of(bars(result, categories.get(0), series, additive, aggregated && categories.size() == 1));
        }
        List<Integer> afterFirst = numbers.stream().filter(i -> i != 0).limit(MAX_SERIES).toList();
        if (afterFirst.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(bars(result, 0, afterFirst, false, false));
    }

    private static boolean isCategory(ColumnType type) {
        return type == ColumnType.STRING || type == ColumnType.BOOLEAN;
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

    /** Counts and sums add up across categories; averages, rates, shares, scores and durations do not. */
    static boolean additive(Column column, DisplayFormats display) {
        if (!column.type().isNumeric() || NOT_ADDITIVE.matcher(column.name()).find()) {
            return false;
        }
        var format = display.column(column.name()).format();
        return format == null || switch (format) {
            case COUNT, CURRENCY -> true;
            case PERCENT, NUMBER, DAYS, SCORE -> false;
        };
    }

    private static Map<String, Object> lines(SqlResult result, List<Integer> series, boolean suggested) {
        List<List<Object>> rows = result.rows().subList(0, Math.min(MAX_LINE_POINTS, result.rows().size()));
        Map<String, Object> chart = base("line", result, 0, series.get(0), suggested);
        chart.put("labels", column(rows, 0));
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (int i : series) {
            datasets.add(series(result.columns().get(i).name(), column(rows, i)));
        }
        chart.put("series", datasets);
        chart.put("complete", rows.size() == result.totalRows());
        return chart;
    }

    /** One line per category over the time column, the categories with the largest totals first. */
    private static Map<String, Object> linePerCategory(SqlResult result, int time, int category, int value) {
        TreeSet<String> times = new TreeSet<>();
        Map<String, Map<String, Object>> byCategory = new LinkedHashMap<>();
        Map<String, Double> totals = new LinkedHashMap<>();
        for (List<Object> row : result.rows()) {
            String at = String.valueOf(JsonValues.cell(row.get(time)));
            String name = String.valueOf(row.get(category));
            times.add(at);
            byCategory.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(at, JsonValues.cell(row.get(value)));
            totals.merge(name, number(row.get(value)), Double::sum);
        }
        List<String> names = totals.keySet().stream()
                .sorted(Comparator.comparing((String n) -> totals.get(n)).reversed()).toList();
        List<String> shown = names.subList(0, Math.min(MAX_LINES, names.size()));
        List<String> labels = new ArrayList<>(times).subList(0, Math.min(MAX_LINE_POINTS, times.size()));
        Map<String, Object> chart = base("line", result, time, value, true);
        chart.put("seriesBy", result.columns().get(category).name());
        chart.put("labels", new ArrayList<Object>(labels));
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (String name : shown) {
            Map<String, Object> points = byCategory.get(name);
            datasets.add(series(name, labels.stream().map(points::get).toList()));
        }
        chart.put("series", datasets);
        if (shown.size() < names.size()) {
            chart.put("top", shown.size());
            chart.put("of", names.size());
        }
        chart.put("complete", result.rows().size() == result.totalRows() && labels.size() == times.size());
        return chart;
    }

    private static Map<String, Object> bars(SqlResult result, int x, List<Integer> series, boolean additive,
            boolean suggested) {
        List<List<Object>> rows = result.rows();
        Map<String, Object> chart = base("bar", result, x, series.get(0), suggested);
        chart.put("horizontal", rows.size() > MAX_VERTICAL_BARS);
        boolean complete = rows.size() == result.totalRows();
        if (rows.size() > MAX_BARS) {
            int first = series.get(0);
            rows = rows.stream().sorted(Comparator.comparingDouble((List<Object> row) -> number(row.get(first)))
                    .reversed()).toList();
        }
        List<List<Object>> shown = rows.subList(0, Math.min(rows.size() > MAX_BARS ? TOP_BARS : MAX_BARS,
                rows.size()));
        List<List<Object>> rest = rows.subList(shown.size(), rows.size());
        boolean others = !rest.isEmpty() && additive && complete;
        List<Object> labels = column(shown, x);
        if (others) {
            labels.add(OTHERS);
        }
        chart.put("labels", labels);
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (int i : series) {
            List<Object> data = column(shown, i);
            if (others) {
                data.add(sum(rest, i));
            }
            datasets.add(series(result.columns().get(i).name(), data));
        }
        chart.put("series", datasets);
        if (others) {
            chart.put("others", rest.size());
        } else if (!rest.isEmpty()) {
            chart.put("top", shown.size());
            chart.put("of", result.totalRows());
        }
        chart.put("complete", complete);
        return chart;
    }

    private static Map<String, Object> base(String kind, SqlResult result, int x, int y, boolean suggested) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", kind);
        chart.put("suggested", suggested);
        chart.put("x", result.columns().get(x).name());
        chart.put("y", result.columns().get(y).name());
        return chart;
    }

    private static Map<String, Object> series(String name, List<Object> data) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", name);
        series.put("data", data);
        return series;
    }

    private static List<Object> column(List<List<Object>> rows, int column) {
        List<Object> values = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            values.add(JsonValues.cell(row.get(column)));
        }
        return values;
    }

    /** The sum in the column's own kind of number: whole numbers stay whole, money keeps its cents. */
    private static Number sum(List<List<Object>> rows, int column) {
        BigDecimal sum = BigDecimal.ZERO;
        for (List<Object> row : rows) {
            if (row.get(column) instanceof Number n && Double.isFinite(n.doubleValue())) {
                sum = sum.add(n instanceof BigDecimal d ? d : new BigDecimal(n.toString()));
            }
        }
        return sum.scale() <= 0 ? (Number) sum.longValueExact() : (Number) sum.doubleValue();
    }

    private static double number(Object value) {
        return value instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue() : 0;
    }
}
