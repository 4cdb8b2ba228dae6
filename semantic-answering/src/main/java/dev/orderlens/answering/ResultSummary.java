package dev.orderlens.answering;

import dev.orderlens.answering.semantic.TimeGrain;
import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.semantic.Metric;
import dev.orderlens.core.semantic.MetricFormat;
import dev.orderlens.core.semantic.SemanticModel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Puts a SQL result into words: a single figure, a ranking (leader and runner-up), a comparison of periods (the
 * change), or a trend (peak, low, first and last), plus the total where adding up makes sense. Every number it
 * writes is read from the rows.
 */
final class ResultSummary {

    private static final Pattern ADDITIVE = Pattern.compile("(?i)^\\s*(sum|count)\\(\\s*(\\*|[a-z_0-9]+)\\s*\\)"
            + "(\\s*[-+]\\s*(sum|count)\\(\\s*(\\*|[a-z_0-9]+)\\s*\\))*\\s*$");
    private static final int LOOKUP_FIELDS = 8;

    private final SemanticModel model;
    private final Figures figures;

    ResultSummary(SemanticModel model) {
        this.model = model;
        this.figures = new Figures(model);
    }

    String summarize(SqlResult result) {
        if (result.isEmpty()) {
            return "No rows matched this question, so there is nothing to report (the query ran and returned no data).";
        }
        List<Integer> labels = new ArrayList<>();
        List<Integer> measures = new ArrayList<>();
        for (int i = 0; i < result.columns().size(); i++) {
            (isLabel(result.columns().get(i)) ? labels : measures).add(i);
        }
        if (measures.isEmpty() || measures.size() > 4 && labels.size() > 3) {
            return describeRows(result);
        }
        if (labels.isEmpty()) {
            return single(result, measures);
        }
        int measure = measures.get(0);
        String labelColumn = result.columns().get(labels.get(0)).name();
        if (result.rows().size() == 1) {
            return label(result, 0, labels) + ": " + figures(result, 0, measures) + ".";
        }
        if (labelColumn.equals("period")) {
            return comparison(result, labels, measure);
        }
        if (TimeGrain.parse(labelColumn).isPresent() && labels.size() == 1) {
            return trend(result, labels, measure);
        }
        return ranking(result, labels, measure);
    }

    private String single(SqlResult result, List<Integer> measures) {
        List<String> parts = new ArrayList<>();
        for (int i : measures) {
            Object value = result.rows().get(0).get(i);
            parts.add(capitalise(measureLabel(result.columns().get(i).name())) + ": **"
                    + (value == null ? "no value" : format(result, i, value)) + "**");
        }
        return String.join("; ", parts) + ".";
    }

    private String comparison(SqlResult result, List<Integer> labels, int measure) {
        List<String> parts = new ArrayList<>();
        for (int r = 0; r < result.rows().size(); r++) {
            parts.add(formatOrNone(result, r, measure) + " in " + label(result, r, labels));
        }
        String text = capitalise(measureLabel(result.columns().get(measure).name())) + " was " + String.join(", ", parts);
        Object first = result.rows().get(0).get(measure);
        Object last = result.rows().get(result.rows().size() - 1).get(measure);
        if (first != null && last != null) {
            text += ": a change of " + figures.change(Figures.toDouble(first), Figures.toDouble(last), formatOf(result, measure))
                    + " from " + label(result, 0, labels) + " to " + label(result, result.rows().size() - 1, labels);
        }
        return text + ".";
    }

    private String trend(SqlResult result, List<Integer> labels, int measure) {
        int peak = -1;
        int low = -1;
        for (int r = 0; r < result.rows().size(); r++) {
            Object value = result.rows().get(r).get(measure);
            if (value == null) {
                continue;
            }
            double v = Figures.toDouble(value);
            if (peak < 0 || v > Figures.toDouble(result.rows().get(peak).get(measure))) {
                peak = r;
            }
            if (low < 0 || v < Figures.toDouble(result.rows().get(low).get(measure))) {
                low = r;
            }
        }
        String name = measureLabel(result.columns().get(measure).name());
        int shown = result.rows().size();
        StringBuilder text = new StringBuilder(capitalise(name)).append(" over ").append(shown).append(' ')
                .append(plural(result.columns().get(labels.get(0)).name().replace('_', ' '), shown));
        if (peak >= 0) {
            text.append(": the peak was ").append(label(result, peak, labels)).append(" at **")
                    .append(format(result, measure, result.rows().get(peak).get(measure))).append("**, the low ")
                    .append(label(result, low, labels)).append(" at ")
                    .append(format(result, measure, result.rows().get(low).get(measure)));
            text.append("; it went from ").append(formatOrNone(result, 0, measure)).append(" (")
                    .append(label(result, 0, labels)).append(") to ").append(formatOrNone(result, shown - 1, measure))
                    .append(" (").append(label(result, shown - 1, labels)).append(')');
        }
        total(result, measure).ifPresent(total -> text.append(". Total: ").append(total));
        return text.append('.').toString();
    }

    private String ranking(SqlResult result, List<Integer> labels, int measure) {
        String name = measureLabel(result.columns().get(measure).name());
        Object first = result.rows().get(0).get(measure);
        Object second = result.rows().get(1).get(measure);
        boolean ascending = first != null && second != null && Figures.toDouble(first) < Figures.toDouble(second);
        StringBuilder text = new StringBuilder("**").append(label(result, 0, labels)).append("** ")
                .append(ascending ? "has the lowest " : "leads with ").append(name).append(" of **")
                .append(formatOrNone(result, 0, measure)).append("**, followed by ").append(label(result, 1, labels))
                .append(" (").append(formatOrNone(result, 1, measure)).append(')');
        long groups = result.totalRows();
        text.append("; ").append(groups).append(' ')
                .append(plural(result.columns().get(labels.get(0)).name().replace('_', ' '), groups)).append(" in all");
        total(result, measure).ifPresent(total -> text.append(", ").append(total).append(" together"));
        return text.append('.').toString();
    }

    private String describeRows(SqlResult result) {
        List<Object> row = result.rows().get(0);
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < result.columns().size() && fields.size() < LOOKUP_FIELDS; i++) {
            if (row.get(i) != null) {
                fields.add(result.columns().get(i).name().replace('_', ' ') + " " + text(row.get(i)));
            }
        }
        String count = result.totalRows() == 1 ? "One row matched" : result.totalRows() + " rows matched";
        return count + ". " + (result.totalRows() == 1 ? "It has " : "The first has ") + String.join(", ", fields) + ".";
    }

    /** The sum of an additive measure over all the rows, when every row is held. */
    private Optional<String> total(SqlResult result, int measure) {
        Optional<Metric> metric = model.metric(result.columns().get(measure).name());
        boolean additive = metric.map(m -> ADDITIVE.matcher(m.expression()).matches()).orElse(false);
        if (!additive || result.truncated() || result.totalRows() > result.rows().size()) {
            return Optional.empty();
        }
        double sum = 0;
        for (List<Object> row : result.rows()) {
            if (row.get(measure) != null) {
                sum += Figures.toDouble(row.get(measure));
            }
        }
        return Optional.of(figures.format(sum, metric.get().format()));
    }

    private boolean isLabel(Column column) {
        return !column.type().isNumeric() || TimeGrain.parse(column.name()).isPresent();
    }

    private String figures(SqlResult result, int row, List<Integer> measures) {
        List<String> parts = new ArrayList<>();
        for (int i : measures) {
            parts.add(measureLabel(result.columns().get(i).name()) + " " + formatOrNone(result, row, i));
        }
        return String.join(", ", parts);
    }

    private String label(SqlResult result, int row, List<Integer> labels) {
        List<String> parts = new ArrayList<>();
        for (int i : labels) {
            parts.add(labelValue(result.columns().get(i).name(), result.rows().get(row).get(i)));
        }
        return String.join(" / ", parts);
    }

    private static String labelValue(String column, Object value) {
        LocalDate day = value instanceof LocalDateTime time ? time.toLocalDate() : value instanceof LocalDate d ? d : null;
        if (day != null) {
            switch (column) {
                case "month":
                    return day.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
                case "quarter":
                    return "Q" + ((day.getMonthValue() - 1) / 3 + 1) + " " + day.getYear();
                case "week":
                    return "the week of " + day;
                case "year":
                    return String.valueOf(day.getYear());
                default:
                    return day.toString();
            }
        }
        return text(value);
    }

    private static String text(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof LocalDateTime time) {
            return time.toLocalTime().toSecondOfDay() == 0 ? time.toLocalDate().toString() : time.toString().replace('T', ' ');
        }
        return value.toString();
    }

    private String formatOrNone(SqlResult result, int row, int column) {
        Object value = result.rows().get(row).get(column);
        return value == null ? "no value" : format(result, column, value);
    }

    private String format(SqlResult result, int column, Object value) {
        return figures.format(Figures.toDouble(value), formatOf(result, column));
    }

    private MetricFormat formatOf(SqlResult result, int column) {
        Column c = result.columns().get(column);
        String name = c.name();
        if (name.startsWith("share_of_")) {
            return MetricFormat.PERCENT;
        }
        Optional<Metric> metric = model.metric(name);
        if (metric.isPresent()) {
            return metric.get().format();
        }
        return c.type() == ColumnType.INTEGER ? MetricFormat.COUNT : MetricFormat.NUMBER;
    }

    private String measureLabel(String column) {
        if (column.startsWith("share_of_")) {
            return "share of " + measureLabel(column.substring("share_of_".length()));
        }
        Optional<Metric> metric = model.metric(column);
        if (metric.isPresent()) {
            return metric.get().label();
        }
        return column.replaceFirst("^avg_", "average ").replaceFirst("^sum_", "total ")
                .replaceFirst("^max_", "highest ").replaceFirst("^min_", "lowest ").replace('_', ' ');
    }

    private static String plural(String noun, long count) {
        if (count == 1 || noun.endsWith("s")) {
            return noun;
        }
        int of = noun.indexOf(" of ");
        if (of > 0) {
            return plural(noun.substring(0, of), count) + " of the" + noun.substring(of + 3);
        }
        return noun.endsWith("y") && !noun.endsWith("ay") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
