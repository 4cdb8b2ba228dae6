package dev.orderlens.core.semantic;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A column as an order's search document states it: "{@code Label: value}".
 *
 * @param label how the document names the column ("placed", "support note"); {@code null} to derive it from the
 *     column
 * @param format how a number is written (money in the model's currency for {@link MetricFormat#CURRENCY}), or
 *     {@code null}: money when a currency metric adds the column up, else as the number it is
 */
public record DocumentField(String column, String label, MetricFormat format) {

    /** A description short and plain enough to name a column by: a few words, no formula, no column names. */
    private static final Pattern PLAIN_WORDS = Pattern.compile("[\\p{L}][\\p{L}\\p{Nd} '-]*");
    private static final int MOST_WORDS_IN_A_LABEL = 5;

    public DocumentField {
        Objects.requireNonNull(column, "column");
        label = label == null || label.isBlank() ? null : label.strip();
    }

    /** The column, named and formatted as the model describes it. */
    public static DocumentField of(String column) {
        return new DocumentField(column, null, null);
    }

    /** This field with what it leaves open derived from the column and the model's metrics. */
    DocumentField completedFrom(SemanticColumn described, List<Metric> metrics) {
        return new DocumentField(column, label != null ? label : labelOf(described),
                format != null ? format : moneyOrPlain(described, metrics));
    }

    /**
     * The first clause of the column's description when it is a few plain words ("shipping carrier, NULL if never
     * shipped" → "shipping carrier"), else its name in words ({@code order_total} → "order total").
     */
    static String labelOf(SemanticColumn column) {
        String clause = column.description().split("[,;(]", 2)[0].strip();
        if (PLAIN_WORDS.matcher(clause).matches() && clause.split("\\s+").length <= MOST_WORDS_IN_A_LABEL) {
            return clause;
        }
        return column.name().replace('_', ' ').strip().toLowerCase(Locale.ROOT);
    }

    /** Money when a currency metric's expression names the column (revenue = sum(order_total)). */
    private static MetricFormat moneyOrPlain(SemanticColumn column, List<Metric> metrics) {
        boolean money = column.type().isNumeric() && metrics.stream().anyMatch(m -> m.countsMoneyOf(column.name()));
        return money ? MetricFormat.CURRENCY : null;
    }
}
