package dev.orderlens.core.sql;

import dev.orderlens.core.sql.SqlToken.Kind;
import java.util.Set;

/**
 * What the statement may be and which keywords it may not contain. A keyword that writes or changes state is
 * refused anywhere outside literals and quoted names, not only at the start: {@code WITH x AS (...) INSERT},
 * a CTE wrapping DELETE, and {@code SELECT ... INTO} all start innocently.
 */
final class StatementRules {

    /**
     * DESCRIBE, SHOW, SUMMARIZE and EXPLAIN only read, but they read the catalog rather than the allowed
     * tables, and DuckDB accepts them as subqueries ({@code FROM (SHOW TABLES)}), so they are refused too.
     */
    static final Set<String> COMMAND_KEYWORDS = Set.of(
            "INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "INTO",
            "CREATE", "DROP", "ALTER", "TRUNCATE", "REPLACE", "RENAME", "UNDROP", "RESTORE",
            "COPY", "CALL", "EXEC", "EXECUTE", "PREPARE", "DEALLOCATE", "DECLARE",
            "SET", "RESET", "USE", "ATTACH", "DETACH", "PRAGMA", "INSTALL", "LOAD",
            "GRANT", "REVOKE", "OPTIMIZE", "VACUUM", "CHECKPOINT", "EXPORT", "IMPORT",
            "REFRESH", "MSCK", "ANALYZE", "CACHE", "UNCACHE",
            "DESCRIBE", "SHOW", "SUMMARIZE", "EXPLAIN");

    private StatementRules() {
    }

    static void check(SqlTokens tokens) {
        requireQueryStart(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if (token.kind() != Kind.WORD) {
                continue;
            }
            String keyword = token.upper();
            boolean replaceFunction = keyword.equals("REPLACE") && tokens.isSymbol(i + 1, '(');
            if (COMMAND_KEYWORDS.contains(keyword) && !replaceFunction) {
                throw new UnsafeSqlException(keyword + " may not be used in a read-only query");
            }
            if (keyword.equals("USING") && i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.STRING) {
                // Spark's SELECT TRANSFORM(...) USING 'command' runs a program on the warehouse.
                throw new UnsafeSqlException("USING with a script may not be used");
            }
        }
    }

    private static void requireQueryStart(SqlTokens tokens) {
        int first = 0;
        while (tokens.isSymbol(first, '(')) {
            first++;
        }
        // FROM first is a SELECT in both dialects: DuckDB's FROM orders SELECT ..., Hive's and Spark's likewise.
        if (!tokens.isWord(first, "SELECT") && !tokens.isWord(first, "WITH") && !tokens.isWord(first, "FROM")) {
            String found = first < tokens.size() ? tokens.get(first).upper() : "nothing";
            throw new UnsafeSqlException(
                    "only SELECT or WITH queries may run (found " + UnsafeSqlException.excerpt(found) + ")");
        }
    }
}
