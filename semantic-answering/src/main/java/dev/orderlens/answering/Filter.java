package dev.orderlens.answering;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A condition on one column: a list of values, a flag, presence, or a numeric comparison.
 *
 * @param values the values compared against (none for {@code PRESENT}, {@code ABSENT}, {@code NONE}, {@code TRUE},
 *     {@code FALSE})
 */
record Filter(String column, Op op, List<String> values) {

    /** {@code NONE}: a measure of zero or missing ("no discount", "never got a survey"). */
    enum Op { IN, NOT_IN, PRESENT, ABSENT, NONE, TRUE, FALSE, EQ, GT, GE, LT, LE }

    /** The ops that compare a number: a filter's, a band's bound, an entity's figure. */
    static final Set<Op> COMPARISONS = Set.of(Op.EQ, Op.GT, Op.GE, Op.LT, Op.LE);

    Filter {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(op, "op");
        values = List.copyOf(values);
    }

    static Filter in(String column, List<String> values) {
        return new Filter(column, Op.IN, values);
    }

    static Filter of(String column, Op op) {
        return new Filter(column, op, List.of());
    }

    /** Whether it compares a column with one number ("over 200"), as a band's bound may. */
    boolean comparesOneNumber() {
        return COMPARISONS.contains(op) && values.size() == 1;
    }
}
