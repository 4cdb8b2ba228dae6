package dev.orderlens.core.semantic;

import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How result columns are shown to people, as the semantic model says: a column named after a metric is headed by
 * the metric's label and written in its format (a rate as {@code 7.4%}, revenue as {@code R$ 1.234,56} for a
 * model in BRL and pt-BR); an aggregate of a money column ({@code avg_discount_amount}) is written as money; any
 * other column is headed by its name in words and written with at most two decimals.
 * The format of a query's column is the metric's only where the query computes it with the metric's own expression
 * (see {@link #forSql(String)}). Machine output (JSON values, CSV cells) stays exact; only what people read goes
 * through here.
 */
public final class DisplayFormats {

    /** The endings of the columns that set a figure against the period before it ({@code revenue_change}). */
    public static final String CHANGE = "_change";
    public static final String CHANGE_PCT = "_change_pct";

    private final SemanticModel model;
    private final Currency currency;
    private final Locale locale;
    private final Predicate<Metric> formatted;

    private DisplayFormats(SemanticModel model, Currency currency, Locale locale, Predicate<Metric> formatted) {
        this.model = model;
        this.currency = Objects.requireNonNull(currency, "currency");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.formatted = formatted;
    }

    /** For values known to be the metrics' own (figures the model's queries computed): every metric's format. */
    public static DisplayFormats of(SemanticModel model) {
        return new DisplayFormats(model, model.currency(), model.locale(), metric -> true);
    }

    /** Without a model: every column by its name in words, numbers with at most two decimals, written the US way. */
    public static DisplayFormats plain() {
        return new DisplayFormats(null, SemanticModel.DEFAULT_CURRENCY, SemanticModel.DEFAULT_LOCALE, metric -> false);
    }

    /**
     * For the result of {@code sql}: a metric's format only for a column the query computes with the metric's own
     * expression. A column that only bears a metric's name (a user's rate as a fraction, where the metric's is in
     * percent) keeps the metric's label but is written as the plain number it is, never rescaled or given a unit.
     */
    public DisplayFormats forSql(String sql) {
        return new DisplayFormats(model, currency, locale, ComputedMetrics.in(sql, model)::contains);
    }

    /** Whether a result column is the change of another from the period before ({@code revenue_change_pct}). */
    public static boolean isChange(String column) {
        return column.endsWith(CHANGE) || column.endsWith(CHANGE_PCT);
    }

    public ColumnFormat column(String name) {
        if (name.endsWith(CHANGE_PCT)) {
            // "revenue_change_pct": the change from the period before, as a percent of it
            return new ColumnFormat(column(name.substring(0, name.length() - CHANGE_PCT.length())).label() + " change %",
                    MetricFormat.PERCENT, currency, locale);
        }
        if (name.endsWith(CHANGE)) {
            // "revenue_change": the change from the period before, written as the figure it is the change of
            ColumnFormat of = column(name.substring(0, name.length() - CHANGE.length()));
            return new ColumnFormat(of.label() + " change", of.format(), currency, locale);
        }
        Optional<Metric> metric = model == null ? Optional.empty() : model.metric(name);
        MetricFormat plain = model != null && model.aggregatesMoney(name) ? MetricFormat.CURRENCY : null;
        return metric.map(m -> new ColumnFormat(m.label(), formatted.test(m) ? m.format() : null, currency, locale))
                .orElseGet(() -> new ColumnFormat(humanised(name), plain, currency, locale));
    }

    /**
     * A column written in a metric format of its own although it is no metric (an amount column as money), or by
     * its name in words when {@code format} is {@code null}.
     */
    public ColumnFormat column(String name, MetricFormat format) {
        return new ColumnFormat(humanised(name), format, currency, locale);
    }

    public Currency currency() {
        return currency;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code avg_unit_price} → {@code avg unit price}. */
    static String humanised(String name) {
        String words = name.replace('_', ' ').strip();
        return words.isEmpty() ? name : words;
    }
}
