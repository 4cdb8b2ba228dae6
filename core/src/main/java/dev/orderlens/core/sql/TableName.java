package dev.orderlens.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-, two- or three-part table name in the form engines compare: each part unquoted and lower case.
 *
 * @param parts catalog, schema and table as far as they were written
 */
public record TableName(List<String> parts) {

    public TableName {
        parts = List.copyOf(parts);
        if (parts.isEmpty() || parts.size() > 3) {
            throw new IllegalArgumentException("a table name has one to three parts, not " + parts.size());
        }
    }

    /** Reads a configured name such as {@code customer_suppport_agent.raw.orders} or {@code `raw`."orders"}. */
    public static TableName parse(String text) {
        SqlTokens tokens;
        try {
            tokens = SqlTokens.of(SqlTokenizer.tokenize(text));
        } catch (UnsafeSqlException e) {
            throw new IllegalArgumentException("not a table name: '" + text + "' (" + e.getMessage() + ")", e);
        }
        if (tokens.size() == 0 || tokens.nameEnd(0) != tokens.size()) {
            throw new IllegalArgumentException("not a table name: '" + text + "'");
        }
        return of(tokens, 0, tokens.size());
    }

    /** The name written by the tokens from {@code start} to {@code end} (names separated by dots). */
    static TableName of(SqlTokens tokens, int start, int end) {
        if (end - start > 5) {
            throw new UnsafeSqlException("a table name has at most three parts (catalog, schema and table)");
        }
        List<String> parts = new ArrayList<>();
        for (int i = start; i < end; i += 2) {
            parts.add(tokens.get(i).identifier());
        }
        return new TableName(parts);
    }

    /** Whether this name is the other one or its trailing parts ({@code orders} of {@code raw.orders}). */
    public boolean isSuffixOf(TableName other) {
        int offset = other.parts.size() - parts.size();
        return offset >= 0 && other.parts.subList(offset, other.parts.size()).equals(parts);
    }

    /** Dotted, with a part quoted when it is not a plain word, so {@code "raw.orders"} stays one part. */
    @Override
    public String toString() {
        return String.join(".", parts.stream().map(p -> p.matches("[a-z_][a-z0-9_]*") ? p : '"' + p + '"').toList());
    }
}
