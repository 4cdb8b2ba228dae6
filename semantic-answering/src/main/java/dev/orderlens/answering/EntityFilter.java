package dev.orderlens.answering;

import java.util.Objects;

/**
 * The rows of the entities whose figure over the query's rows meets a comparison: "customers who ordered more than
 * once" are the rows of customers whose count of orders is over 1. Compiled as the entity's column being among those
 * a grouped query keeps.
 *
 * @param column the identifier column of the entity ({@code customer_id})
 * @param metric the metric computed per entity ({@code orders})
 * @param op a numeric comparison
 * @param value the number compared with
 */
record EntityFilter(String column, String metric, Filter.Op op, String value) {

    EntityFilter {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(value, "value");
        if (!Filter.COMPARISONS.contains(op)) {
            throw new IllegalArgumentException("an entity's figure is compared with eq, gt, ge, lt or le, not " + op);
        }
    }
}
