package dev.orderlens.core.domain;

/** The SQL dialect a warehouse speaks, so that generated SQL can be written for it. */
public enum SqlDialect {
    DUCKDB,
    DATABRICKS
}
