package dev.orderlens.answering;

import dev.orderlens.answering.semantic.AnsweringVocabulary.RowValue;
import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.answering.semantic.TimeGrain;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.semantic.DisplayFormats;
import dev.orderlens.core.semantic.Metric;
import dev.orderlens.core.semantic.MetricFormat;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes the SQL of a {@link QuerySpec}: group columns first (dimensions by name, time buckets as {@code month},
 * {@code day}…), then one column per measure named after it; trends in time order, rankings by the first measure.
 * A limit within each group ("the top 3 products in each category") keeps the first rows of each group by the
 * first measure with {@code QUALIFY}, which DuckDB and Databricks SQL both have.
 */
final class SqlCompiler {

    private static final int LOOKUP_ROWS = 100;

    private final SemanticModel model;
    private final Map<String, RowValue> rowValues;
    private final Map<String, String> qualifiers;
    private final SqlDialect dialect;
    private final DialectRules rules;

    SqlCompiler(SemanticModelFile file, SqlDialect dialect) {
        this.model = file.model();
        this.rowValues = file.vocabulary().rowValues();
        this.qualifiers = file.vocabulary().qualifiers();
        this.dialect = dialect;
        this.rules = DialectRules.of(dialect);
    }

    String compile(QuerySpec spec) {
        List<String> where = new ArrayList<>();
        spec.filters().forEach(filter -> {
            RowValue rowValue = rowValues.get(filter.column());
            if (rowValue != null && rowValue.filter() != null) {
                where.add(rowValue.filter());
            }
            where.add(condition(filter));
        });
        String time = model.timeColumn();
        if (!spec.compared().isEmpty()) {
            where.add("(" + spec.compared().stream().map(p -> range(time, p)).collect(Collectors.joining(" OR ")) + ")");
        } else if (spec.period() != null) {
            where.add(range(time, spec.period()));
        }
        spec.without().forEach(left -> where.add("NOT (" + range(time, left) + ")"));
        if (spec.perEntity() != null) {
            where.add(entityCondition(spec.perEntity(), List.copyOf(where)));
        }
        if (spec.isLookup()) {
            return "SELECT " + model.columns().stream().map(SemanticColumn::name).collect(Collectors.joining(", "))
                    + " FROM " + model.table() + whereClause(where) + " ORDER BY " + time + " LIMIT " + LOOKUP_ROWS;
        }
        List<String> select = new ArrayList<>();
        List<String> groupBy = new ArrayList<>();
        List<String> timeOrder = new ArrayList<>();
        if (!spec.compared().isEmpty()) {
            StringBuilder label = new StringBuilder("CASE");
            List<String> labels = Period.comparedLabels(spec.compared());
            for (int i = 0; i < labels.size(); i++) {
                label.append(" WHEN ").append(range(time, spec.compared().get(i))).append(" THEN ")
                        .append(quote(labels.get(i)));
            }
            label.append(" END");
            select.add(label + " AS period");
            groupBy.add(label.toString());
            timeOrder.add("min(" + time + ")");
        }
        if (spec.grain() != null) {
            String bucket = rules.timeBucket(spec.grain(), time);
            select.add(bucket + " AS " + spec.grain().columnName());
            groupBy.add(bucket);
            if (spec.grain() == TimeGrain.DAY_OF_WEEK) {
                groupBy.add(rules.dayOfWeekNumber(time));
                timeOrder.add(rules.dayOfWeekNumber(time));
            } else {
                timeOrder.add(bucket);
            }
        }
        List<String> groupColumns = new ArrayList<>(spec.groupBy());
        if (groupColumns.remove(spec.limitPer())) {
            // the group the limit counts within reads first, as the heading of its rows
            groupColumns.add(0, spec.limitPer());
        }
        for (String column : groupColumns) {
            select.add(column);
            groupBy.add(column);
            where.add(column + " IS NOT NULL");
            String qualifier = qualifiers.get(column);
            if (qualifier != null && !groupColumns.contains(qualifier) && spec.grain() == null
                    && spec.compared().isEmpty()) {
                // "orders by city": Portland, ME and Portland, OR are two rows, not one; a series over time keeps one
                // label per line, as charts draw it
                select.add(qualifier);
                groupBy.add(qualifier);
            }
        }
        if (!spec.bands().isEmpty()) {
            bandColumn(spec.bands(), select, groupBy, where);
        }
        if (spec.versusRest() != null) {
            Filter group = spec.versusRest();
            String label = QueryScope.group(group);
            String side = "CASE WHEN " + condition(group) + " THEN " + quote(label) + " ELSE " + quote(QuerySpec.REST)
                    + " END";
            select.add(side + " AS " + group.column());
            groupBy.add(side);
        }
        List<String> expressions = measureExpressions(spec, where);
        for (int i = 0; i < expressions.size(); i++) {
            select.add(expressions.get(i) + " AS " + spec.measures().get(i).outputName());
        }
        if (spec.change()) {
            select.addAll(changeColumns(spec, expressions.get(0), groupBy.subList(1, groupBy.size())));
        }
        boolean grouped = !groupBy.isEmpty();
        String rankedFigure = expressions.get(0);
        if (spec.isShare()) {
            String share = shareExpression(spec, grouped);
            String column = share + " AS share_of_" + spec.measures().get(0).outputName();
            if (grouped && !spec.shareOf().isEmpty()) {
                // "what share of orders had a ticket, by channel": the channels are ranked, and told, by that share
                select.add(select.size() - expressions.size(), column);
                rankedFigure = share;
            } else {
                select.add(column);
            }
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", select))
                .append(" FROM ").append(model.table()).append(whereClause(where));
        if (grouped) {
            sql.append(" GROUP BY ").append(String.join(", ", groupBy));
        }
        if (spec.limitPer() != null) {
            boolean perBucket = spec.grain() != null && spec.grain().columnName().equals(spec.limitPer());
            String partition = perBucket ? rules.timeBucket(spec.grain(), time) : spec.limitPer();
            String ranked = ranked(spec, rankedFigure);
            sql.append(" QUALIFY row_number() OVER (PARTITION BY ").append(partition).append(" ORDER BY ")
                    .append(ranked).append(") <= ").append(spec.limit());
            List<String> order = new ArrayList<>(perBucket ? timeOrder : List.of(partition));
            order.add(ranked);
            return sql.append(" ORDER BY ").append(String.join(", ", order)).toString();
        }
        if (grouped) {
            sql.append(" ORDER BY ").append(String.join(", ", order(spec, rankedFigure, timeOrder)));
        }
        if (spec.limit() != null) {
            sql.append(" LIMIT ").append(spec.limit());
        }
        return sql.toString();
    }

    /** "Orders under $50, $50 to $200 and over $200": which band each row is in, and only rows in one of them. */
    private void bandColumn(List<List<Filter>> bands, List<String> select, List<String> groupBy, List<String> where) {
        String column = bands.get(0).get(0).column();
        String sign = model.holdsMoney(column) ? model.currency().getSymbol(model.locale()) : "";
        StringBuilder band = new StringBuilder("CASE");
        List<String> any = new ArrayList<>();
        for (List<Filter> range : bands) {
            String condition = range.stream().map(this::condition).collect(Collectors.joining(" AND "));
            band.append(" WHEN ").append(condition).append(" THEN ").append(quote(ValueBands.label(range, sign)));
            any.add("(" + condition + ")");
        }
        band.append(" END");
        select.add(band + " AS " + column + "_band");
        groupBy.add(band.toString());
        where.add("(" + String.join(" OR ", any) + ")");
    }

    /**
     * The first measure of each compared period less that of the period before it, and the same as a percent of the
     * earlier figure; within each of the other groups, if any ("YoY revenue by channel").
     */
    private List<String> changeColumns(QuerySpec spec, String measure, List<String> otherGroups) {
        String before = "lag(" + measure + ") OVER (" + (otherGroups.isEmpty() ? ""
                : "PARTITION BY " + String.join(", ", otherGroups) + " ") + "ORDER BY min(" + model.timeColumn() + "))";
        String name = spec.measures().get(0).outputName();
        return List.of("(" + measure + ") - " + before + " AS " + name + DisplayFormats.CHANGE,
                "100.0 * ((" + measure + ") - " + before + ") / NULLIF(" + before + ", 0) AS " + name
                        + DisplayFormats.CHANGE_PCT);
    }

    /** The entity's column among those whose figure, over the same rows, meets the comparison. */
    private String entityCondition(EntityFilter entity, List<String> rows) {
        Metric metric = metric(entity.metric());
        String figure = metric.filter() == null ? metric.expressionFor(dialect)
                : Aggregates.withFilter(metric.expressionFor(dialect), metric.filter());
        return entity.column() + " IN (SELECT " + entity.column() + " FROM " + model.table() + whereClause(rows)
                + " GROUP BY " + entity.column() + " HAVING " + figure + " " + symbol(entity.op()) + " "
                + number(entity.value()) + ")";
    }

    private static String ranked(QuerySpec spec, String firstMeasure) {
        return firstMeasure + (Boolean.TRUE.equals(spec.ascending()) ? " ASC" : " DESC");
    }

    private List<String> order(QuerySpec spec, String firstMeasure, List<String> timeOrder) {
        String byMeasure = ranked(spec, firstMeasure);
        List<String> order = new ArrayList<>();
        if (spec.ascending() != null || timeOrder.isEmpty()) {
            order.add(byMeasure);
            order.addAll(timeOrder);
        } else {
            order.addAll(timeOrder);
            if (!spec.groupBy().isEmpty() || spec.versusRest() != null) {
                order.add(byMeasure);
            }
        }
        return order;
    }

    /** Each measure's expression; a filter all measures share goes to WHERE, others into the aggregates. */
    private List<String> measureExpressions(QuerySpec spec, List<String> where) {
        List<String> filters = spec.measures().stream().map(this::filterOf).toList();
        boolean shared = filters.stream().distinct().count() == 1;
        if (shared && filters.get(0) != null) {
            where.add(filters.get(0));
        }
        List<String> expressions = new ArrayList<>();
        for (int i = 0; i < spec.measures().size(); i++) {
            String expression = expressionOf(spec.measures().get(i));
            expressions.add(shared || filters.get(i) == null ? expression : Aggregates.withFilter(expression, filters.get(i)));
        }
        return expressions;
    }

    /**
     * A group's share of the total ("revenue by channel, as a share"), or the share of each group's rows that are the
     * part ("what share of orders had a ticket, by channel").
     */
    private String shareExpression(QuerySpec spec, boolean grouped) {
        String whole = expressionOf(spec.measures().get(0));
        if (grouped && spec.shareOf().isEmpty()) {
            return "100.0 * (" + whole + ") / NULLIF(sum(" + whole + ") OVER (), 0)";
        }
        String part = spec.shareOf().stream().map(this::condition).collect(Collectors.joining(" AND "));
        return "100.0 * (" + Aggregates.withFilter(whole, part) + ") / NULLIF(" + whole + ", 0)";
    }

    private String expressionOf(MeasureRef measure) {
        String figure;
        if (measure.isMetric()) {
            figure = metric(measure.metric()).expressionFor(dialect);
        } else {
            figure = measure.aggregate().equals(MeasureRef.COUNT_DISTINCT) ? "count(DISTINCT " + measure.column() + ")"
                    : measure.aggregate() + "(" + measure.column() + ")";
        }
        if (measure.per() == null) {
            return figure;
        }
        // a rate is in percent, per 100 orders already; an average is per one order
        boolean percent = measure.isMetric() && metric(measure.metric()).format() == MetricFormat.PERCENT;
        return "(" + figure + ") * " + (percent ? measure.per() / 100 : measure.per());
    }

    private String filterOf(MeasureRef measure) {
        return measure.isMetric() ? metric(measure.metric()).filter() : null;
    }

    private Metric metric(String name) {
        return model.metric(name).orElseThrow(() -> new IllegalArgumentException("unknown metric " + name));
    }

    private String range(String column, Period period) {
        return column + " >= " + rules.timestamp(period.start()) + " AND " + column + " < " + rules.timestamp(period.end());
    }

    /** A filter's condition; on a metric's row value ("delivery_days > 7") its expression stands for the column. */
    private String condition(Filter filter) {
        RowValue rowValue = rowValues.get(filter.column());
        String column = rowValue == null ? filter.column() : "(" + rowValue.expressionFor(dialect) + ")";
        switch (filter.op()) {
            case IN:
                return filter.values().size() == 1 ? column + " = " + quote(filter.values().get(0))
                        : column + " IN (" + quoted(filter.values()) + ")";
            case NOT_IN:
                return "(" + column + " IS NULL OR " + column + " NOT IN (" + quoted(filter.values()) + "))";
            case PRESENT:
                return column + " IS NOT NULL";
            case ABSENT:
                return column + " IS NULL";
            case NONE:
                return "(" + column + " = 0 OR " + column + " IS NULL)";
            case TRUE:
                return column + " = true";
            case FALSE:
                return column + " = false";
            default:
                BigDecimal value = new BigDecimal(Objects.requireNonNull(filter.values().get(0)));
                if (rowValue != null && filter.op() == Filter.Op.EQ && value.stripTrailingZeros().scale() <= 0) {
                    // "delivered in 2 days": a whole number of a measured span is the whole of that unit, 2 to under 3
                    return column + " >= " + value.toPlainString() + " AND " + column + " < "
                            + value.add(BigDecimal.ONE).toPlainString();
                }
                return column + " " + symbol(filter.op()) + " " + value.toPlainString();
        }
    }

    private static String symbol(Filter.Op op) {
        switch (op) {
            case GT:
                return ">";
            case GE:
                return ">=";
            case LT:
                return "<";
            case LE:
                return "<=";
            default:
                return "=";
        }
    }

    private static String number(String value) {
        return new BigDecimal(Objects.requireNonNull(value)).toPlainString();
    }

    private static String whereClause(List<String> conditions) {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", new LinkedHashSet<>(conditions));
    }

    private static String quoted(List<String> values) {
        return values.stream().map(SqlCompiler::quote).collect(Collectors.joining(", "));
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
