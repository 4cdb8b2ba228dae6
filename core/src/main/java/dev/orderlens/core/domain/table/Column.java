package dev.orderlens.core.domain.table;

import java.util.Objects;

/** A named, typed column of a SQL result. */
public record Column(String name, ColumnType type) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
