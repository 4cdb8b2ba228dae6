package dev.orderlens.core.sql;

import java.util.Set;

/**
 * Functions a query may not call anywhere (they read files or URLs, run other SQL, reach secrets or the JVM,
 * or inspect the catalog), and the few table functions that may appear in FROM because they only generate
 * rows.
 */
final class FunctionRules {

    private static final Set<String> BLOCKED = Set.of(
            "glob", "query", "query_table", "sniff_csv", "st_read", "parquet_metadata", "parquet_schema",
            "parquet_file_metadata", "parquet_kv_metadata", "iceberg_metadata", "iceberg_snapshots",
            "cloud_files", "cloud_files_state", "table_changes", "list_secrets", "which_secret",
            "reflect", "try_reflect", "java_method", "secret", "try_secret", "http_request", "http_get",
            "http_post", "ai_query", "getenv", "current_setting");

    /** File and URL readers of DuckDB and Databricks: read_csv, read_parquet, read_files, parquet_scan … */
    private static final Set<String> BLOCKED_PREFIXES = Set.of("read_", "pragma_", "duckdb_");
    private static final String BLOCKED_SUFFIX = "_scan";

    private FunctionRules() {
    }

    /** Refuses a call of a blocked function anywhere in the query. */
    static void check(SqlTokens tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.isName(i) && tokens.isSymbol(i + 1, '(')) {
                requireCallable(tokens.get(i).identifier());
            }
        }
    }

    /** Refuses a function in a FROM position unless it only generates rows. */
    static void checkTableFunction(String name) {
        requireCallable(name);
        if (!AllowedFunctions.ROW_GENERATORS.contains(name)) {
            throw new UnsafeSqlException("table function " + name + " may not be used (only "
                    + String.join(", ", AllowedFunctions.ROW_GENERATORS.stream().sorted().toList()) + ")");
        }
    }

    private static void requireCallable(String name) {
        boolean blocked = BLOCKED.contains(name) || name.endsWith(BLOCKED_SUFFIX)
                || BLOCKED_PREFIXES.stream().anyMatch(name::startsWith);
        if (blocked) {
            throw new UnsafeSqlException("function " + name + " may not be used");
        }
    }
}
