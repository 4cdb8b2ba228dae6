package dev.orderlens.core.sql;

import dev.orderlens.core.sql.SqlToken.Kind;
import java.util.List;
import java.util.Set;

/**
 * Finds every place where the query names a table (after FROM and JOIN, in a comma-separated FROM list,
 * after TABLE and DuckDB's PIVOT statements) and refuses names that are neither an allowed table nor a CTE
 * in scope, file paths, and table functions. Every subquery is visited, however deeply nested.
 */
final class TableReferences {

    /** Keywords that end a FROM list, after which a comma no longer introduces a table. */
    private static final Set<String> FROM_LIST_ENDS = Set.of("WHERE", "GROUP", "HAVING", "ORDER", "LIMIT",
            "OFFSET", "QUALIFY", "WINDOW", "UNION", "EXCEPT", "INTERSECT", "MINUS", "SELECT", "FETCH", "SORT",
            "CLUSTER", "DISTRIBUTE");

    /** DuckDB statements that read a named table and may stand as subqueries: {@code (PIVOT t ON c)}. */
    private static final Set<String> NAME_BEFORE_TABLE = Set.of("TABLE", "PIVOT", "UNPIVOT", "PIVOT_WIDER",
            "PIVOT_LONGER");

    /** Functions whose arguments may contain a FROM that is not a table clause: {@code extract(year FROM ts)}. */
    private static final Set<String> FROM_IN_ARGUMENTS = Set.of("EXTRACT", "SUBSTRING", "TRIM", "BTRIM", "LTRIM",
            "RTRIM", "OVERLAY");

    private final SqlTokens tokens;
    private final List<TableName> allowed;
    private final CommonTableExpressions ctes;

    private TableReferences(SqlTokens tokens, List<TableName> allowed) {
        this.tokens = tokens;
        this.allowed = allowed;
        this.ctes = CommonTableExpressions.find(tokens);
    }

    static void check(SqlTokens tokens, List<TableName> allowed) {
        new TableReferences(tokens, allowed).checkAll();
    }

    private void checkAll() {
        // Indexed by the position of the enclosing '(' plus one, so every subquery has its own slot.
        boolean[] inFromList = new boolean[tokens.size() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            int scope = tokens.enclosingOpen(i) + 1;
            if ((token.isWord("FROM") && isTableClause(i)) || token.isWord("JOIN")) {
                inFromList[scope] = true;
                checkTableFactor(i + 1);
            } else if (token.isSymbol(',') && inFromList[scope]) {
                checkTableFactor(i + 1);
            } else if (token.kind() == Kind.WORD && NAME_BEFORE_TABLE.contains(token.upper())
                    && tokens.isName(i + 1)) {
                checkTableFactor(i + 1);
            } else if ((token.kind() == Kind.WORD && FROM_LIST_ENDS.contains(token.upper()))
                    || (token.isWord("VIEW") && tokens.isWord(i - 1, "LATERAL"))) {
                inFromList[scope] = false;
            }
        }
    }

    private boolean isTableClause(int from) {
        boolean distinctFrom = tokens.isWord(from - 1, "DISTINCT") && (tokens.isWord(from - 2, "IS")
                || (tokens.isWord(from - 2, "NOT") && tokens.isWord(from - 3, "IS")));
        if (distinctFrom) {
            return false;
        }
        int open = tokens.enclosingOpen(from);
        boolean insideFromFunction = open > 0 && from > open + 1
                && tokens.get(open - 1).kind() == Kind.WORD
                && FROM_IN_ARGUMENTS.contains(tokens.get(open - 1).upper());
        if (!insideFromFunction) {
            return true;
        }
        for (int i = open + 1; i < from; i++) {
            if (tokens.isWord(i, "SELECT") && tokens.enclosingOpen(i) == open) {
                return true;
            }
        }
        return false;
    }

    private void checkTableFactor(int index) {
        int start = tokens.isWord(index, "LATERAL") ? index + 1 : index;
        if (start >= tokens.size() || tokens.isSymbol(start, '(') || tokens.isWord(start, "VALUES")) {
            return;
        }
        SqlToken first = tokens.get(start);
        if (first.kind() == Kind.STRING) {
            throw new UnsafeSqlException(
                    "files may not be read by path (found " + UnsafeSqlException.excerpt(first.text()) + ")");
        }
        int end = tokens.nameEnd(start);
        if (end == start) {
            throw new UnsafeSqlException(
                    "a table name was expected (found " + UnsafeSqlException.excerpt(first.text()) + ")");
        }
        if (tokens.isSymbol(end, '(')) {
            FunctionRules.checkTableFunction(tokens.get(end - 1).identifier());
            return;
        }
        TableName name = TableName.of(tokens, start, end);
        boolean cte = name.parts().size() == 1 && ctes.isVisible(name.parts().get(0), start);
        if (!cte && allowed.stream().noneMatch(name::isSuffixOf)) {
            throw new UnsafeSqlException("table '" + name + "' is not one of the allowed tables");
        }
    }
}
