package dev.orderlens.core.semantic;

import dev.orderlens.core.domain.table.SqlDialect;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named business measure.
 *
 * @param expression the SQL aggregate that computes it (in the portable form)
 * @param filter a SQL condition on the rows it counts, or {@code null}
 * @param dialectExpressions the expression where a dialect needs another form
 */
public record Metric(String name, String label, String description, List<String> synonyms, String expression,
        String filter, MetricFormat format, Map<SqlDialect, String> dialectExpressions) {
    public Metric {
        Objects.requireNonNull(name, "name");
        label = label == null ? name : label;
        description = description == null ? "" : description;
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
        Objects.requireNonNull(expression, "expression");
        filter = filter == null || filter.isBlank() ? null : filter;
        Objects.requireNonNull(format, "format");
        dialectExpressions = dialectExpressions == null ? Map.of() : Map.copyOf(dialectExpressions);
    }

    public String expressionFor(SqlDialect dialect) {
        return dialectExpressions.getOrDefault(dialect, expression);
    }

    /** Whether this is a money metric whose expression names the column, as revenue's {@code sum(order_total)} does. */
    public boolean countsMoneyOf(String column) {
        return format == MetricFormat.CURRENCY && Pattern.compile("(?<![\\w.])" + Pattern.quote(column) + "(?!\\w)",
                Pattern.CASE_INSENSITIVE).matcher(expression).find();
    }
}
