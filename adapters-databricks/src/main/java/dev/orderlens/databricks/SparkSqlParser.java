package dev.orderlens.databricks;

import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.sql.ParsedQuery;
import dev.orderlens.core.sql.SqlParser;
import dev.orderlens.core.sql.UnsafeSqlException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;
import net.sf.jsqlparser.statement.select.Select;

/**
 * Spark SQL as JSqlParser reads it: Databricks' own parser does not run in process, so this is the closest reading
 * of a query the guard can have before it is sent. Where JSqlParser and Spark could read a statement differently, it
 * refuses: a statement JSqlParser cannot parse, more than one statement, anything but a query, and every construct
 * {@link SparkParseTree} does not recognise.
 *
 * <p>The guard is not the only line of defence. The warehouse runs queries as the reader principal, whose grants
 * (SELECT on the orders table and the two vector indexes, nothing else; see {@code docs/databricks.md}, section 6)
 * are the sandbox on the engine's side: what this parser reads wrongly still cannot reach another table.
 *
 * <p>Databricks' catalog cannot be listed offline, so {@link #namesCatalogObject} knows the names of the system
 * catalog and its views only; a WITH query named like another table of the workspace is caught by the grants.
 */
public final class SparkSqlParser implements SqlParser {

    /** A query the guard lets through parses in milliseconds; JSqlParser's backtracking on a crafted one need not. */
    private static final Duration PARSE_TIMEOUT = Duration.ofSeconds(2);

    @Override
    public ParsedQuery parse(String sql) {
        Objects.requireNonNull(sql, "sql");
        Statements statements;
        try {
            // Without complex parsing JSqlParser does not retry a failed statement with deeper (slower) look-ahead.
            statements = CCJSqlParserUtil.parseStatements(sql, parser -> parser
                    .withTimeOut(PARSE_TIMEOUT.toMillis())
                    .withAllowComplexParsing(false));
        } catch (JSQLParserException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new BackendException("databricks", Kind.UNAVAILABLE, "interrupted while parsing the query");
            }
            throw new UnsafeSqlException("the query cannot be read as Spark SQL: " + reason(e));
        }
        if (statements.size() != 1) {
            throw new UnsafeSqlException("only one statement may run (JSqlParser reads " + statements.size() + ")");
        }
        Statement statement = statements.get(0);
        if (!(statement instanceof Select query)) {
            throw new UnsafeSqlException("only a SELECT query may run (JSqlParser reads a "
                    + statement.getClass().getSimpleName().toLowerCase(Locale.ROOT) + " statement)");
        }
        return SparkParseTree.read(query);
    }

    @Override
    public boolean namesCatalogObject(String name) {
        return DatabricksSystemObjects.isSystemName(name);
    }

    /** Why JSqlParser gave up, without more of the query than the token it stopped at. */
    private static String reason(JSQLParserException e) {
        Throwable cause = e.getCause() instanceof ExecutionException execution ? execution.getCause() : e.getCause();
        if (cause instanceof TimeoutException) {
            return "reading it took longer than " + PARSE_TIMEOUT.toSeconds() + " s";
        }
        if (cause instanceof StackOverflowError) {
            return "it nests too deeply";
        }
        if (cause instanceof ParseException parse && parse.currentToken != null && parse.currentToken.next != null) {
            Token token = parse.currentToken.next;
            if (token.image == null || token.image.isEmpty()) {
                return "it ends too early";
            }
            return "unexpected '" + SparkParseTree.excerpt(token.image) + "' at line " + token.beginLine + ", column "
                    + token.beginColumn;
        }
        return "JSqlParser gives no reason";
    }
}
