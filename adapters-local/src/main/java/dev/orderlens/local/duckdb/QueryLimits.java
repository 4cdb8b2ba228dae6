package dev.orderlens.local.duckdb;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/**
 * DuckDB's own bounds on what queries may use, set when the sandboxed connections open and then locked with the
 * rest of their configuration, so no query can raise them.
 *
 * @param memoryLimit memory the database may use before it spills to the temporary directory, in DuckDB's
 *     notation ({@code 1GB})
 * @param threads threads one query may run on
 * @param maxExpressionDepth how deeply DuckDB lets expressions nest before it refuses them
 * @param tempDirectory where DuckDB spills what does not fit in memory
 * @param maxTempDirectorySize how much it may spill there, in DuckDB's notation
 */
record QueryLimits(String memoryLimit, int threads, int maxExpressionDepth, Path tempDirectory,
        String maxTempDirectorySize) {

    static final String DEFAULT_MEMORY_LIMIT = "1GB";
    static final int DEFAULT_THREADS = 2;
    static final int DEFAULT_MAX_EXPRESSION_DEPTH = 250;
    static final String DEFAULT_MAX_TEMP_DIRECTORY_SIZE = "4GB";

    QueryLimits {
        Objects.requireNonNull(memoryLimit, "memoryLimit");
        Objects.requireNonNull(tempDirectory, "tempDirectory");
        Objects.requireNonNull(maxTempDirectorySize, "maxTempDirectorySize");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1 (was " + threads + ")");
        }
    }

    /** The limits beside {@code databaseFile}, spilling where DuckDB itself would: {@code <file>.tmp}. */
    static QueryLimits defaults(Path databaseFile) {
        return new QueryLimits(DEFAULT_MEMORY_LIMIT, DEFAULT_THREADS, DEFAULT_MAX_EXPRESSION_DEPTH,
                databaseFile.resolveSibling(databaseFile.getFileName() + ".tmp"), DEFAULT_MAX_TEMP_DIRECTORY_SIZE);
    }

    QueryLimits with(String memoryLimit, int threads, String maxTempDirectorySize) {
        return new QueryLimits(memoryLimit, threads, maxExpressionDepth, tempDirectory, maxTempDirectorySize);
    }

    void addTo(Properties settings) {
        settings.setProperty("memory_limit", memoryLimit);
        settings.setProperty("threads", Integer.toString(threads));
        settings.setProperty("max_expression_depth", Integer.toString(maxExpressionDepth));
        settings.setProperty("temp_directory", tempDirectory.toAbsolutePath().normalize().toString());
        settings.setProperty("max_temp_directory_size", maxTempDirectorySize);
    }
}
