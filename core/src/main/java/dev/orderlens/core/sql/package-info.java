/**
 * The read-only SQL guard: {@link dev.orderlens.core.sql.ReadOnlySqlGuard} decides whether SQL written by a
 * model or a person may run, and caps its rows.
 *
 * <p>What it lets through: exactly one statement (one trailing semicolon is dropped) that starts with
 * SELECT or WITH, possibly inside parentheses, reading only the configured tables (by full name or any
 * trailing part of it) and the CTEs in scope, plus the row generators range, generate_series, unnest and
 * explode. Everything else is refused with a reason:
 * <ul>
 *   <li>statements that write or change state, wherever the keyword appears outside literals: INSERT,
 *       UPDATE, DELETE, MERGE, CREATE, DROP, ALTER, TRUNCATE, REPLACE (as a statement; the
 *       {@code replace(...)} function and DuckDB's {@code * REPLACE (...)} stay legal), COPY, CALL, EXECUTE,
 *       SET, RESET, USE, ATTACH, DETACH, PRAGMA, INSTALL, LOAD, GRANT, REVOKE, OPTIMIZE, VACUUM, CHECKPOINT,
 *       EXPORT, IMPORT, REFRESH, MSCK, ANALYZE, CACHE, UNCACHE, and INTO ({@code SELECT ... INTO});</li>
 *   <li>DESCRIBE, SHOW, SUMMARIZE and EXPLAIN: they only read, but they read the catalog rather than the
 *       allowed tables, and DuckDB accepts them as subqueries;</li>
 *   <li>file and URL readers ({@code read_*}, {@code *_scan}, glob, read_files, a quoted path in FROM),
 *       functions that run SQL from a string, reach secrets, the environment or the JVM, catalog functions
 *       ({@code duckdb_*}, {@code pragma_*}), every other table function, and Spark's
 *       {@code TRANSFORM ... USING 'script'};</li>
 *   <li>text the guard cannot read the same way as both DuckDB and Spark SQL: non-ASCII characters outside
 *       string literals and quoted names, control characters anywhere, unterminated literals or comments,
 *       nested comments, backslashes that move the end of a literal, {@code ${...}}, {@code $} outside a
 *       dollar-quoted string, numbers running into names.</li>
 * </ul>
 * Warehouses open read-only connections as well: the guard is the first line of defence, not the only one.
 *
 * <p>{@link dev.orderlens.core.sql.SqlFormatter} lays a query out on several lines for people to read, with the
 * guard's tokenizer, so that it changes only the whitespace between tokens.
 */
package dev.orderlens.core.sql;
