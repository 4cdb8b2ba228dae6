package dev.orderlens.local.duckdb;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * DuckDB's own bounds on what queries may use, set when the sandboxed connections open and then locked with the
 * rest of their configuration, so no query can raise them.
 *
 * @param memoryLimit memory the database may use before it spills to the temporary directory, in DuckDB's
 *     notation ({@code 1GB})
 * @param threads threads one query may run on
 * @param maxExpressionDepth how deeply DuckDB lets expressions nest before it refuses them
 * @param maxTempDirectorySize how much DuckDB may spill to disk, in DuckDB's notation; it spills beside the
 *     database file, to {@code <file>.tmp} (a sandboxed connection may not move that directory)
 */
record QueryLimits(String memoryLimit, int threads, int maxExpressionDepth, String maxTempDirectorySize) {

    static final String DEFAULT_MEMORY_LIMIT = "1GB";
    static final int DEFAULT_THREADS = 2;
    static final int DEFAULT_MAX_EXPRESSION_DEPTH = 250;
    static final String DEFAULT_MAX_TEMP_DIRECTORY_SIZE = "4GB";

    QueryLimits {
        Objects.requireNonNull(memoryLimit, "memoryLimit");
        Objects.requireNonNull(maxTempDirectorySize, "maxTempDirectorySize");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1 (was " + threads + ")");
        }
    }

    QueryLimits(String memoryLimit, int threads, String maxTempDirectorySize) {
        this(memoryLimit, threads, DEFAULT_MAX_EXPRESSION_DEPTH, maxTempDirectorySize);
    }

    /** Sets the limits for the whole database instance, so every connection to it has them. */
    void apply(Statement statement) throws SQLException {
        statement.execute("SET GLOBAL memory_limit = " + literal(memoryLimit));
        statement.execute("SET GLOBAL threads = " + threads);
        statement.execute("SET GLOBAL max_expression_depth = " + maxExpressionDepth);
        statement.execute("SET GLOBAL max_temp_directory_size = " + literal(maxTempDirectorySize));
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
