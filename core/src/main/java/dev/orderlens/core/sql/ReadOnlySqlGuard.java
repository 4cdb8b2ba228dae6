package dev.orderlens.core.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Checks that SQL written by a model or a person only reads the configured tables, and caps its rows. It
 * lets through exactly one SELECT or WITH query (VALUES inside it is fine) and refuses DDL, DML, commands,
 * file and URL readers and tables that were not configured, in the DuckDB and Spark SQL dialects.
 *
 * <p>It decides in two steps. A cheap lexical check on the guard's own tokens comes first: the statement's length
 * and how deeply its parentheses nest are bounded before any parser sees it, and commands, blocked functions and
 * tables that were not configured are refused. Then, when a {@link SqlParser} is configured, the engine's own
 * parser reads the limited statement and {@link ParsedQueryRules} decide on what it found: tables wherever they
 * appear, an allow-list of functions, WITH names, and the size of the plan. Warehouses still open read-only
 * connections: the guard is the first line of defence, not the only one.
 *
 * <pre>{@code
 * ReadOnlySqlGuard guard = ReadOnlySqlGuard.builder()
 *         .allowedTables(List.of("customer_suppport_agent.raw.orders"))
 *         .parser(warehouseParser)
 *         .rowLimit(1000)
 *         .build();
 * String sql = guard.check(modelOutput);   // throws UnsafeSqlException with the reason
 * }</pre>
 */
public final class ReadOnlySqlGuard {

    /** Rows a query returns when no limit is configured. */
    public static final int DEFAULT_ROW_LIMIT = 1000;
    /** Characters a statement may have: generated analytics run to a few thousand. */
    public static final int DEFAULT_MAX_LENGTH = 100_000;
    /** How deeply parentheses may nest; engines parse and plan nesting recursively, on the caller's stack. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 32;
    /** SELECT blocks a statement may hold (WITH queries, subqueries, set operations): each is planned recursively. */
    public static final int DEFAULT_MAX_QUERY_BLOCKS = 64;
    /** Table references a statement may hold: join planning grows steeply with them. */
    public static final int DEFAULT_MAX_TABLE_REFERENCES = 32;

    private final List<TableName> allowedTables;
    private final int rowLimit;
    private final int maxLength;
    private final int maxNestingDepth;
    private final Optional<ParsedQueryRules> parsedQueryRules;

    private ReadOnlySqlGuard(Builder builder) {
        this.allowedTables = List.copyOf(builder.allowedTables);
        this.rowLimit = builder.rowLimit;
        this.maxLength = builder.maxLength;
        this.maxNestingDepth = builder.maxNestingDepth;
        this.parsedQueryRules = Optional.ofNullable(builder.parser).map(parser -> new ParsedQueryRules(
                allowedTables, parser, builder.maxQueryBlocks, builder.maxTableReferences));
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
        if (text.length() > maxLength) {
            throw new UnsafeSqlException("the query has " + text.length() + " characters; at most " + maxLength
                    + " may run");
        }
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
        if (statement.depth() > maxNestingDepth) {
            throw new UnsafeSqlException("parentheses nest " + statement.depth() + " deep; at most " + maxNestingDepth
                    + " levels may run");
        }
        StatementRules.check(statement);
        FunctionRules.check(statement);
        TableReferences.check(statement, allowedTables);
        String limited = RowLimit.apply(text, statement, rowLimit);
        parsedQueryRules.ifPresent(rules -> rules.check(limited));
        return limited;
    }

    public int rowLimit() {
        return rowLimit;
    }

    public static final class Builder {

        private final List<TableName> allowedTables = new ArrayList<>();
        private int rowLimit = DEFAULT_ROW_LIMIT;
        private int maxLength = DEFAULT_MAX_LENGTH;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxQueryBlocks = DEFAULT_MAX_QUERY_BLOCKS;
        private int maxTableReferences = DEFAULT_MAX_TABLE_REFERENCES;
        private SqlParser parser;

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
            this.rowLimit = positive(rowLimit, "rowLimit");
            return this;
        }

        /**
         * The engine's parser; with one, the guard also decides on the statement as the engine parses it. Without
         * one, the lexical check alone decides: a library user's choice, which bootstrap never makes.
         */
        public Builder parser(SqlParser parser) {
            this.parser = parser;
            return this;
        }

        /** The most characters a statement may have (default {@value #DEFAULT_MAX_LENGTH}). */
        public Builder maxLength(int maxLength) {
            this.maxLength = positive(maxLength, "maxLength");
            return this;
        }

        /** How deeply parentheses may nest (default {@value #DEFAULT_MAX_NESTING_DEPTH}). */
        public Builder maxNestingDepth(int maxNestingDepth) {
            this.maxNestingDepth = positive(maxNestingDepth, "maxNestingDepth");
            return this;
        }

        /** The most SELECT blocks a parsed statement may hold (default {@value #DEFAULT_MAX_QUERY_BLOCKS}). */
        public Builder maxQueryBlocks(int maxQueryBlocks) {
            this.maxQueryBlocks = positive(maxQueryBlocks, "maxQueryBlocks");
            return this;
        }

        /** The most table references a parsed statement may hold (default {@value #DEFAULT_MAX_TABLE_REFERENCES}). */
        public Builder maxTableReferences(int maxTableReferences) {
            this.maxTableReferences = positive(maxTableReferences, "maxTableReferences");
            return this;
        }

        private static int positive(int value, String name) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }

        public ReadOnlySqlGuard build() {
            if (allowedTables.isEmpty()) {
                throw new IllegalStateException("allowedTables must name at least one table");
            }
            return new ReadOnlySqlGuard(this);
        }
    }
}
