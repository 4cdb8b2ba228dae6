package dev.orderlens.local.duckdb;

import java.nio.file.Path;

/** How this adapter names DuckDB database files to the JDBC driver. */
final class DuckDbFiles {

    private DuckDbFiles() {
    }

    static String jdbcUrl(Path databaseFile) {
        return "jdbc:duckdb:" + databaseFile.toAbsolutePath().normalize();
    }
}
