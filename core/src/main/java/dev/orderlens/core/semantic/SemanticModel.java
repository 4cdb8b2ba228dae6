package dev.orderlens.core.semantic;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The business meaning of the orders table: its columns, metrics and time dimension. Prompts and the
 * local classifier and SQL generator read everything they know about the data from here, so pointing
 * OrderLens at another table means editing the model file, not the code.
 *
 * @param table the table name as queries write it (may be a three-part name)
 * @param timeColumn the default time dimension
 * @param today the "today" relative dates are resolved against when no clock is configured, or {@code null}
 * @param currency the currency of {@link MetricFormat#CURRENCY} metrics
 * @param locale how numbers are written for people (grouping, decimal mark, where the currency symbol goes)
 * @param documents how rows become documents of the orders search index; {@code null} to derive them from the
 *     column roles ({@link OrderDocuments#derivedFrom})
 */
public record SemanticModel(String table, String description, List<SemanticColumn> columns, List<Metric> metrics,
        String timeColumn, LocalDate today, Currency currency, Locale locale, OrderDocuments documents) {

    public static final Currency DEFAULT_CURRENCY = Currency.getInstance("USD");
    public static final Locale DEFAULT_LOCALE = Locale.US;
    private static final Pattern AGGREGATE_OF_COLUMN = Pattern.compile("(?i)(?:avg|sum|min|max|median)_(\\w+)");

    public SemanticModel {
        Objects.requireNonNull(table, "table");
        description = description == null ? "" : description;
        columns = List.copyOf(columns);
        metrics = List.copyOf(metrics);
        Objects.requireNonNull(timeColumn, "timeColumn");
        if (columns.stream().noneMatch(c -> c.name().equals(timeColumn))) {
            throw new IllegalArgumentException("time column '" + timeColumn + "' is not a column of the model");
        }
        currency = currency == null ? DEFAULT_CURRENCY : currency;
        locale = locale == null ? DEFAULT_LOCALE : locale;
        documents = documents == null ? OrderDocuments.derivedFrom(columns, metrics, timeColumn)
                : documents.completedFrom(columns, metrics);
    }

    /** A model whose search documents are derived from its column roles. */
    public SemanticModel(String table, String description, List<SemanticColumn> columns, List<Metric> metrics,
            String timeColumn, LocalDate today, Currency currency, Locale locale) {
        this(table, description, columns, metrics, timeColumn, today, currency, locale, null);
    }

    /** A model in US dollars, written the US way. */
    public SemanticModel(String table, String description, List<SemanticColumn> columns, List<Metric> metrics,
            String timeColumn, LocalDate today) {
        this(table, description, columns, metrics, timeColumn, today, DEFAULT_CURRENCY, DEFAULT_LOCALE);
    }

    /** Why the table has no orders search index, or empty when it has one. */
    public Optional<String> whyNoDocuments() {
        if (documents.indexed()) {
            return Optional.empty();
        }
        if (columnsWithRole(ColumnRole.TEXT).isEmpty()) {
            return Optional.of("the semantic model has no text column");
        }
        if (documents.idColumn() == null) {
            return Optional.of("the semantic model has no IDENTIFIER column to tell its documents apart");
        }
        return Optional.of("the semantic model's documents name no text column");
    }

    public Optional<SemanticColumn> column(String name) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    public Optional<Metric> metric(String name) {
        return metrics.stream().filter(m -> m.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * Whether a result column named for an aggregate of a column ({@code avg_discount_amount}, {@code sum_order_total})
     * holds money: a currency metric's expression names that column.
     */
    public boolean aggregatesMoney(String resultColumn) {
        Matcher aggregate = AGGREGATE_OF_COLUMN.matcher(resultColumn);
        return aggregate.matches() && holdsMoney(aggregate.group(1));
    }

    /** Whether a column holds money: a metric in the currency sums or averages it. */
    public boolean holdsMoney(String column) {
        return metrics.stream().anyMatch(m -> m.countsMoneyOf(column));
    }

    public List<SemanticColumn> columnsWithRole(ColumnRole role) {
        return columns.stream().filter(c -> c.role() == role).toList();
    }

    /** The model as plain text for prompts: table, columns with types and values, metrics with definitions. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("Table ").append(table);
        if (!description.isEmpty()) {
            text.append(": ").append(description);
        }
        text.append("\nColumns:\n");
        for (SemanticColumn column : columns) {
            text.append("- ").append(column.name()).append(' ')
                    .append(column.type().name().toLowerCase(Locale.ROOT));
            if (!column.description().isEmpty()) {
                text.append(": ").append(column.description());
            }
            if (!column.sampleValues().isEmpty()) {
                text.append(" (values: ").append(String.join(", ", column.sampleValues())).append(')');
            }
            text.append('\n');
        }
        text.append("Metrics:\n");
        for (Metric metric : metrics) {
            text.append("- ").append(metric.label()).append(" = ").append(metric.expression());
            if (metric.filter() != null) {
                text.append(" WHERE ").append(metric.filter());
            }
            if (!metric.description().isEmpty()) {
                text.append(" (").append(metric.description()).append(')');
            }
            text.append('\n');
        }
        text.append("Default time dimension: ").append(timeColumn).append('\n');
        return text.toString();
    }
}
