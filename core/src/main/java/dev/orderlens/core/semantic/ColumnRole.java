package dev.orderlens.core.semantic;

/** What a column is for in analytics questions. */
public enum ColumnRole {
    /** Identifies an entity (order id, customer id): looked up, counted distinctly, never grouped by default. */
    IDENTIFIER,
    /** A categorical column to group and filter by. */
    DIMENSION,
    /** A numeric column that metrics aggregate. */
    MEASURE,
    /** A timestamp or date. */
    TIME,
    /** A boolean flag. */
    FLAG,
    /** Free text (notes): searched by retrieval, not grouped. */
    TEXT
}
