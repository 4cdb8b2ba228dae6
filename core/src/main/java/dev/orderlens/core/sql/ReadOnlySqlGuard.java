package dev.orderlens.core.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Checks that SQL written by a model or a person only reads the configured tables, and caps its rows. It
 * lets through exactly one SELECT or WITH query (VALUES inside it is fine) and refuses DDL, DML, commands,
 * file and URL readers and tables that were not configured, in the DuckDB and Spark SQL dialects.
 *
 * <p>The check is lexical, made on the guard's own tokens, with comments and literals out of the way. It
 * is a first line of defence: warehouses still open read-only connections, since no text check can know
 * every function an engine offers.
 *
 * <pre>{@code
 * ReadOnlySqlGuard guard = ReadOnlySqlGuard.builder()
 *         .allowedTables(List.of("customer_suppport_agent.raw.orders"))
 *         .rowLimit(1000)
 *         .build();
 * String sql = guard.check(modelOutput);   // throws UnsafeSqlException with the reason
 * }</pre>
 */
public final class ReadOnlySqlGuard {

    /** Rows a query returns when no limit is configured. */
    public static final int DEFAULT_ROW_LIMIT = 1000;

    private final List<TableName> allowedTables;
    private final int rowLimit;

    private ReadOnlySqlGuard(Builder builder) {
        this.allowedTables = List.copyOf(builder.allowedTables);
        this.rowLimit = builder.rowLimit;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the SQL to run: code fences, surrounding whitespace and comments and one trailing semicolon
     * removed, with the row limit applied to the top-level query.
     *
     * @throws UnsafeSqlException when the SQL may not run; the message names what was refused
     */
    public String check(String sql) {
        String text = SqlText.stripCodeFences(sql);
        List<SqlToken> tokens = new ArrayList<>(SqlTokenizer.tokenize(text));
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).isSymbol(';')) {
            tokens.remove(tokens.size() - 1);
        }
        if (tokens.isEmpty()) {
            throw new UnsafeSqlException("the query is empty");
        }
        if (tokens.stream().anyMatch(t -> t.isSymbol(';'))) {
            throw new UnsafeSqlException("only one statement may run (found ';' before the end)");
        }
        SqlTokens statement = SqlTokens.of(tokens);
        StatementRules.check(statement);
        FunctionRules.check(statement);
        TableReferences.check(statement, allowedTables);
        return RowLimit.apply(text, statement, rowLimit);
    }

    public int rowLimit() {
        return rowLimit;
    }

    public static final class Builder {

        private final List<TableName> allowedTables = new ArrayList<>();
        private int rowLimit = DEFAULT_ROW_LIMIT;

        private Builder() {
        }

        /**
         * The tables queries may read, as one-, two- or three-part names, quoted or not. A query may name one
         * by its full name or by any trailing part of it ({@code orders} for {@code catalog.raw.orders}).
         */
        public Builder allowedTables(Collection<String> tables) {
            allowedTables.clear();
            for (String table : tables) {
                allowedTables.add(TableName.parse(table));
            }
            return this;
        }

        /** The most rows the top-level query may return; must be positive. */
        public Builder rowLimit(int rowLimit) {
            if (rowLimit <= 0) {
                throw new IllegalArgumentException("rowLimit must be positive, was " + rowLimit);
            }
            this.rowLimit = rowLimit;
            return this;
        }

        public ReadOnlySqlGuard build() {
            if (allowedTables.isEmpty()) {
                throw new IllegalStateException("allowedTables must name at least one table");
            }
            return new ReadOnlySqlGuard(this);
        }
    }
}
