package dev.orderlens.answering;

import java.util.Locale;
import java.util.Objects;

/**
 * What a question measures: a metric of the model, or an aggregate of a measure column when no metric fits
 * ("average unit price" → {@code avg(unit_price)}).
 *
 * @param metric the metric name, or {@code null} for a column aggregate
 * @param aggregate the aggregate function of a column aggregate ({@code avg}, {@code sum}, {@code max}…)
 * @param column the measure column of a column aggregate
 */
record MeasureRef(String metric, String aggregate, String column) {

    /** The aggregate counting a column's distinct values ("how many distinct products"). */
    static final String COUNT_DISTINCT = "count_distinct";

    static MeasureRef metric(String name) {
        return new MeasureRef(Objects.requireNonNull(name), null, null);
    }

    static MeasureRef aggregate(String aggregate, String column) {
        return new MeasureRef(null, Objects.requireNonNull(aggregate), Objects.requireNonNull(column));
    }

    boolean isMetric() {
        return metric != null;
    }

    /** The result column that holds it: the metric's name, or {@code avg_unit_price}. */
    String outputName() {
        return isMetric() ? metric : (aggregate.equals(COUNT_DISTINCT) ? "distinct" : aggregate) + "_" + column;
    }

    /** As kept in a conversation's context: {@code revenue} or {@code avg(unit_price)}. */
    String encode() {
        return isMetric() ? metric : aggregate + "(" + column + ")";
    }

    static MeasureRef decode(String text) {
        int open = text.indexOf('(');
        if (open > 0 && text.endsWith(")")) {
            return aggregate(text.substring(0, open).toLowerCase(Locale.ROOT), text.substring(open + 1, text.length() - 1));
        }
        return metric(text);
    }
}
