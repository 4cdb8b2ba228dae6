package dev.orderlens.answering;

import dev.orderlens.core.semantic.Metric;
import dev.orderlens.core.semantic.MetricFormat;
import dev.orderlens.core.semantic.SemanticModel;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a question measures: a metric of the model, or an aggregate of a measure column when no metric fits
 * ("average unit price" → {@code avg(unit_price)}), said as it is or per so many orders ("cancellations per 1,000
 * orders": the cancellation rate per 1,000 orders rather than per 100; "tickets per 1,000 orders": the average per
 * order times 1,000).
 *
 * @param metric the metric name, or {@code null} for a column aggregate
 * @param aggregate the aggregate function of a column aggregate ({@code avg}, {@code sum}, {@code max}…)
 * @param column the measure column of a column aggregate
 * @param per how many orders the figure is said per, or {@code null} for the figure as it is (a rate in percent, an
 *     average per order); only a rate or an average has one (see {@link #PER_ORDERS})
 */
record MeasureRef(String metric, String aggregate, String column, Integer per) {

    /** The aggregate counting a column's distinct values ("how many distinct products"). */
    static final String COUNT_DISTINCT = "count_distinct";
    /** How many orders a figure may be said per: "per 100", "per 1,000", "per 10,000 orders". */
    static final Set<Integer> PER_ORDERS = Set.of(100, 1000, 10000);
    private static final String PER = " per ";

    MeasureRef {
        if (per != null && !PER_ORDERS.contains(per)) {
            throw new IllegalArgumentException("a figure is said per 100, 1000 or 10000 orders, not per " + per);
        }
    }

    static MeasureRef metric(String name) {
        return new MeasureRef(Objects.requireNonNull(name), null, null, null);
    }

    static MeasureRef aggregate(String aggregate, String column) {
        return new MeasureRef(null, Objects.requireNonNull(aggregate), Objects.requireNonNull(column), null);
    }

    /** The same figure said per {@code orders} orders. */
    MeasureRef per(int orders) {
        return new MeasureRef(metric, aggregate, column, orders);
    }

    /** Whether it can be said per so many orders: a rate of the model's (in percent), or an average per order. */
    boolean canBePerOrders(SemanticModel model) {
        return isMetric() ? model.metric(metric).map(Metric::format).filter(MetricFormat.PERCENT::equals).isPresent()
                : "avg".equals(aggregate);
    }

    boolean isMetric() {
        return metric != null;
    }

    /**
     * The result column that holds it: the metric's name, {@code avg_unit_price}, or
     * {@code return_rate_per_1000_orders}.
     */
    String outputName() {
        String name = isMetric() ? metric : (aggregate.equals(COUNT_DISTINCT) ? "distinct" : aggregate) + "_" + column;
        return per == null ? name : name + "_per_" + per + "_orders";
    }

    /** As kept in a conversation: {@code revenue}, {@code avg(unit_price)} or {@code return_rate per 1000}. */
    String encode() {
        String figure = isMetric() ? metric : aggregate + "(" + column + ")";
        return per == null ? figure : figure + PER + per;
    }

    static MeasureRef decode(String text) {
        int per = text.indexOf(PER);
        if (per > 0) {
            return decode(text.substring(0, per)).per(Integer.parseInt(text.substring(per + PER.length()).strip()));
        }
        int open = text.indexOf('(');
        if (open > 0 && text.endsWith(")")) {
            return aggregate(text.substring(0, open).toLowerCase(Locale.ROOT), text.substring(open + 1, text.length() - 1));
        }
        return metric(text);
    }
}
