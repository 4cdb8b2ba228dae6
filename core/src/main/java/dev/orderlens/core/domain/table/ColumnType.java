package dev.orderlens.core.domain.table;

/** The logical type of a result column, independent of any warehouse's own type names. */
public enum ColumnType {
    STRING,
    INTEGER,
    DECIMAL,
    DOUBLE,
    BOOLEAN,
    DATE,
    TIMESTAMP,
    OTHER;

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == DOUBLE;
    }

    public boolean isTemporal() {
        return this == DATE || this == TIMESTAMP;
    }
}
