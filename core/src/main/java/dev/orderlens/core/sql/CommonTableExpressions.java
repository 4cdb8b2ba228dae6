package dev.orderlens.core.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names a query defines in its WITH clauses, each with the stretch of tokens where it may be read as a
 * table. Scope matters: a CTE named like a forbidden table must not open that table to the rest of the
 * query, so a name is visible only after its own definition and only up to the end of the query that
 * declares it. Inside a recursive CTE's own body only the recursive term (after the body's last UNION) sees
 * the CTE: DuckDB resolves the name anywhere else in the body, and in a body without UNION, to the real
 * table.
 */
final class CommonTableExpressions {

    private static final Set<String> QUERY_STARTS = Set.of("SELECT", "WITH", "VALUES", "FROM", "TABLE");

    private record Definition(String name, int visibleAfter, int visibleBefore) {
    }

    // By name, so looking up a reference costs the definitions of that name only, not every definition.
    private final Map<String, List<Definition>> definitions = new HashMap<>();

    private CommonTableExpressions(List<Definition> definitions) {
        for (Definition definition : definitions) {
            this.definitions.computeIfAbsent(definition.name, name -> new ArrayList<>()).add(definition);
        }
    }

    /** @throws UnsafeSqlException when a WITH clause at the start of a query cannot be read */
    static CommonTableExpressions find(SqlTokens tokens) {
        List<Definition> definitions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.isWord(i, "WITH") && (i == 0 || tokens.isSymbol(i - 1, '('))) {
                readWithClause(tokens, i, definitions);
            }
        }
        return new CommonTableExpressions(definitions);
    }

    private static void readWithClause(SqlTokens tokens, int with, List<Definition> definitions) {
        int scopeEnd = tokens.scopeEnd(with);
        boolean recursive = tokens.isWord(with + 1, "RECURSIVE");
        int i = recursive ? with + 2 : with + 1;
        while (true) {
            if (!tokens.isName(i)) {
                throw new UnsafeSqlException("the WITH clause could not be read");
            }
            String name = tokens.get(i).identifier();
            i++;
            if (tokens.isSymbol(i, '(') && !startsQuery(tokens, i + 1)) {
                i = tokens.partner(i) + 1;
            }
            if (tokens.isWord(i, "AS")) {
                i++;
            }
            if (tokens.isWord(i, "NOT")) {
                i++;
            }
            if (tokens.isWord(i, "MATERIALIZED")) {
                i++;
            }
            if (!tokens.isSymbol(i, '(')) {
                throw new UnsafeSqlException("the WITH clause could not be read");
            }
            int bodyEnd = tokens.partner(i);
            definitions.add(new Definition(name, recursive ? recursiveTermStart(tokens, i, bodyEnd) : bodyEnd,
                    scopeEnd));
            i = bodyEnd + 1;
            if (!tokens.isSymbol(i, ',')) {
                return;
            }
            i++;
        }
    }

    private static int recursiveTermStart(SqlTokens tokens, int bodyStart, int bodyEnd) {
        for (int i = bodyEnd - 1; i > bodyStart; i--) {
            if (tokens.isWord(i, "UNION") && tokens.enclosingOpen(i) == bodyStart) {
                return i;
            }
        }
        return bodyEnd;
    }

    private static boolean startsQuery(SqlTokens tokens, int index) {
        return tokens.isSymbol(index, '(')
                || (index < tokens.size() && QUERY_STARTS.contains(tokens.get(index).upper()));
    }

    /** Whether a one-part table reference at {@code index} names a CTE in scope there. */
    boolean isVisible(String name, int index) {
        return definitions.getOrDefault(name, List.of()).stream()
                .anyMatch(d -> index > d.visibleAfter && index < d.visibleBefore);
    }
}
