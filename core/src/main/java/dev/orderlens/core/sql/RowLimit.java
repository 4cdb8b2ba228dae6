package dev.orderlens.core.sql;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Caps how many rows the top-level query returns. A plain {@code LIMIT n [OFFSET m]} at the end is kept or
 * lowered in place; a query without a top-level limit gets one appended; anything else ({@code LIMIT ALL},
 * an expression, {@code FETCH FIRST}, a percentage) is wrapped in an outer query that carries the limit.
 */
final class RowLimit {

    private RowLimit() {
    }

    /**
     * @param text the query text the tokens were read from
     * @param tokens the statement's tokens, without a trailing semicolon
     * @return the statement from its first to its last token, limited
     */
    static String apply(String text, SqlTokens tokens, int limit) {
        int base = tokens.get(0).start();
        String statement = text.substring(base, tokens.get(tokens.size() - 1).end());
        List<Integer> limits = topLevel(tokens, "LIMIT");
        if (!topLevel(tokens, "FETCH").isEmpty() || limits.size() > 1) {
            return wrap(statement, limit);
        }
        if (limits.isEmpty()) {
            return statement + " LIMIT " + limit;
        }
        int count = limits.get(0) + 1;
        if (!isCount(tokens, count) || !endsAfterLimit(tokens, count + 1)) {
            return wrap(statement, limit);
        }
        SqlToken written = tokens.get(count);
        if (new BigInteger(written.text()).compareTo(BigInteger.valueOf(limit)) <= 0) {
            return statement;
        }
        return statement.substring(0, written.start() - base) + limit + statement.substring(written.end() - base);
    }

    private static List<Integer> topLevel(SqlTokens tokens, String keyword) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.isWord(i, keyword) && tokens.enclosingOpen(i) < 0) {
                found.add(i);
            }
        }
        return found;
    }

    private static boolean isCount(SqlTokens tokens, int index) {
        return index < tokens.size() && tokens.get(index).text().chars().allMatch(c -> c >= '0' && c <= '9')
                && tokens.get(index).kind() == SqlToken.Kind.NUMBER;
    }

    /** Nothing follows the count but an optional {@code OFFSET m [ROW|ROWS]}. */
    private static boolean endsAfterLimit(SqlTokens tokens, int index) {
        if (index == tokens.size()) {
            return true;
        }
        if (!tokens.isWord(index, "OFFSET") || !isCount(tokens, index + 1)) {
            return false;
        }
        int end = tokens.isWord(index + 2, "ROW") || tokens.isWord(index + 2, "ROWS") ? index + 3 : index + 2;
        return end == tokens.size();
    }

    private static String wrap(String statement, int limit) {
        return "SELECT * FROM (" + statement + ") AS guarded LIMIT " + limit;
    }
}
