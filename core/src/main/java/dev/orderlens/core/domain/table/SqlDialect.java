package dev.orderlens.core.domain.table;

/** The SQL dialect a warehouse speaks, so that generated SQL can be written for it. */
public enum SqlDialect {
    DUCKDB("DuckDB"),
    DATABRICKS("Databricks SQL");

    private final String displayName;

    SqlDialect(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
