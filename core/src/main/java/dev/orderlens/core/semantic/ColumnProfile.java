package dev.orderlens.core.semantic;

import dev.orderlens.core.domain.table.ColumnType;
import java.util.List;
import java.util.Objects;

/**
 * What the values of one column of a dataset look like: what a semantic model is drafted from.
 *
 * @param type the logical type the data holds
 * @param nonNull how many rows have a value
 * @param distinct how many different values there are
 * @param averageLength the average length of the values written as text (0 without values)
 * @param topValues the most frequent values written as text, most frequent first (ties in value order)
 */
public record ColumnProfile(String name, ColumnType type, long nonNull, long distinct,
        double averageLength, List<String> topValues) {
    public ColumnProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        topValues = List.copyOf(topValues);
    }

    /** Every value differs from the others (and there are at least two). */
    public boolean allDistinct() {
        return nonNull > 1 && distinct == nonNull;
    }
}
