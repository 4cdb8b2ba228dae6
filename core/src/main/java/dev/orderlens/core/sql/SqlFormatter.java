package dev.orderlens.core.sql;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lays a query out for reading: each clause of a query (WITH, SELECT, FROM, the joins, WHERE, GROUP BY,
 * HAVING, ORDER BY, LIMIT, the set operators) starts a line, a select list of several columns puts one per
 * line, top-level AND/OR conditions of WHERE and HAVING start lines, and a subquery is indented inside its
 * parentheses.
 *
 * <p>Only whitespace between tokens changes: every token, string literal and comment is copied as written, and
 * tokens that touched (such as {@code >=} or {@code a.b}) still touch, so the laid-out query means what the
 * original meant. Text the guard's tokenizer cannot read is returned unchanged.
 */
public final class SqlFormatter {

    private static final String INDENT = "  ";
    private static final Set<String> JOIN_WORDS = Set.of("LEFT", "RIGHT", "FULL", "INNER", "CROSS", "NATURAL",
            "OUTER", "SEMI", "ANTI", "ASOF", "POSITIONAL", "JOIN");
    private static final Set<String> CLAUSES = Set.of("SELECT", "FROM", "WHERE", "HAVING", "QUALIFY", "WINDOW",
            "LIMIT", "FETCH", "UNION", "INTERSECT", "MINUS");

    private final String sql;
    private final SqlTokens tokens;
    private final boolean[] opensSubquery;
    private final int[] level;
    private final Map<Integer, Scope> scopes = new HashMap<>();
    private final StringBuilder out = new StringBuilder();
    private boolean lineStart = true;

    private SqlFormatter(String sql, SqlTokens tokens) {
        this.sql = sql;
        this.tokens = tokens;
        this.opensSubquery = new boolean[tokens.size()];
        this.level = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            opensSubquery[i] = tokens.isSymbol(i, '(')
                    && (tokens.isWord(i + 1, "SELECT") || tokens.isWord(i + 1, "WITH"));
            int open = tokens.enclosingOpen(i);
            level[i] = open < 0 ? 0 : level[open] + (opensSubquery[open] ? 1 : 0);
        }
    }

    /** The query laid out on several lines; the text itself when it cannot be read as SQL. */
    public static String format(String sql) {
        if (sql == null || sql.isBlank()) {
            return sql;
        }
        try {
            return new SqlFormatter(sql, SqlTokens.of(SqlTokenizer.tokenize(sql))).layOut();
        } catch (UnsafeSqlException unreadable) {
            return sql;
        }
    }

    private String layOut() {
        int previousEnd = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            String gap = sql.substring(previousEnd, token.start());
            copyComments(gap);
            int indent = lineIndent(i);
            if (indent >= 0) {
                newLine(indent);
            } else if (!lineStart && !gap.isEmpty()) {
                out.append(' ');
            }
            out.append(token.text());
            lineStart = false;
            previousEnd = token.end();
        }
        copyComments(sql.substring(previousEnd));
        return out.toString().stripTrailing();
    }

    /** The indent level of a line that starts at token {@code i}, or -1 when the token continues the line. */
    private int lineIndent(int i) {
        SqlToken token = tokens.get(i);
        if (token.isSymbol(')') && opensSubquery[tokens.partner(i)]) {
            return level[i];
        }
        int open = tokens.enclosingOpen(i);
        if (open >= 0 && !opensSubquery[open]) {
            return -1;
        }
        Scope scope = scopes.computeIfAbsent(open, o -> new Scope());
        if (startsClause(i)) {
            scope.clause = token.upper();
            scope.listed = scope.clause.equals("SELECT") && selectListHasSeveralItems(i);
            scope.betweens = 0;
            scope.cases = 0;
            return level[i];
        }
        if (token.kind() == SqlToken.Kind.WORD) {
            switch (token.upper()) {
                case "CASE" -> scope.cases++;
                case "END" -> scope.cases = Math.max(0, scope.cases - 1);
                case "BETWEEN" -> scope.betweens++;
                case "AND", "OR" -> {
                    return conditionIndent(i, scope);
                }
                default -> {
                }
            }
        }
        return startsSelectItem(i, scope) ? level[i] + 1 : -1;
    }

    private int conditionIndent(int i, Scope scope) {
        if (tokens.isWord(i, "AND") && scope.betweens > 0) {
            scope.betweens--;
            return -1;
        }
        boolean condition = scope.clause.equals("WHERE") || scope.clause.equals("HAVING")
                || scope.clause.equals("QUALIFY");
        return condition && scope.cases == 0 ? level[i] + 1 : -1;
    }

    /** In a select list of several items, each item starts a line of its own. */
    private boolean startsSelectItem(int i, Scope scope) {
        if (!scope.listed || scope.cases > 0 || tokens.isWord(i, "DISTINCT") || tokens.isWord(i, "ALL")) {
            return false;
        }
        int before = tokens.isWord(i - 1, "DISTINCT") || tokens.isWord(i - 1, "ALL") ? i - 2 : i - 1;
        return tokens.isSymbol(i - 1, ',') || tokens.isWord(before, "SELECT");
    }

    private boolean startsClause(int i) {
        SqlToken token = tokens.get(i);
        if (token.kind() != SqlToken.Kind.WORD) {
            return false;
        }
        String word = token.upper();
        return switch (word) {
            case "WITH" -> i == 0 || tokens.isSymbol(i - 1, '(');
            case "GROUP", "ORDER" -> tokens.isWord(i + 1, "BY");
            case "FROM" -> !tokens.isWord(i - 1, "DISTINCT");
            case "EXCEPT" -> tokens.isWord(i + 1, "SELECT") || tokens.isWord(i + 1, "ALL")
                    || tokens.isWord(i + 1, "DISTINCT") || tokens.isSymbol(i + 1, '(') && opensSubquery[i + 1];
            default -> CLAUSES.contains(word) || startsJoin(i);
        };
    }

    /** A run of join words ending in JOIN starts here ({@code LEFT OUTER JOIN}, not its OUTER). */
    private boolean startsJoin(int i) {
        if (i > 0 && isJoinWord(i - 1)) {
            return false;
        }
        int end = i;
        while (isJoinWord(end) && !tokens.isWord(end, "JOIN")) {
            end++;
        }
        return tokens.isWord(end, "JOIN");
    }

    private boolean isJoinWord(int i) {
        return i < tokens.size() && tokens.get(i).kind() == SqlToken.Kind.WORD
                && JOIN_WORDS.contains(tokens.get(i).text().toUpperCase(Locale.ROOT));
    }

    private boolean selectListHasSeveralItems(int select) {
        int scope = tokens.enclosingOpen(select);
        for (int j = select + 1; j < tokens.scopeEnd(select); j++) {
            if (tokens.enclosingOpen(j) != scope) {
                continue;
            }
            if (tokens.isSymbol(j, ',')) {
                return true;
            }
            if (tokens.isWord(j, "FROM") || tokens.isWord(j, "UNION") || tokens.isWord(j, "EXCEPT")
                    || tokens.isWord(j, "INTERSECT") || tokens.isWord(j, "WHERE") || tokens.isWord(j, "LIMIT")) {
                return false;
            }
        }
        return false;
    }

    /** Copies the comments between two tokens as written; a line comment ends its line. */
    private void copyComments(String gap) {
        int at = 0;
        while (at < gap.length()) {
            if (Character.isWhitespace(gap.charAt(at))) {
                at++;
                continue;
            }
            boolean line = gap.startsWith("--", at);
            int end = line ? lineEnd(gap, at) : gap.indexOf("*/", at + 2) + 2;
            if (!lineStart) {
                out.append(' ');
            }
            out.append(gap, at, end);
            lineStart = false;
            if (line) {
                newLine(currentIndent());
            }
            at = end;
        }
    }

    private static int lineEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    private int currentIndent() {
        int lineBegin = out.lastIndexOf("\n") + 1;
        int spaces = 0;
        while (lineBegin + spaces < out.length() && out.charAt(lineBegin + spaces) == ' ') {
            spaces++;
        }
        return spaces / INDENT.length();
    }

    private void newLine(int indent) {
        if (!out.isEmpty()) {
            int trailing = out.length();
            while (trailing > 0 && out.charAt(trailing - 1) == ' ') {
                trailing--;
            }
            out.setLength(trailing);
            if (out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }
        out.append(INDENT.repeat(indent));
        lineStart = true;
    }

    /** What the layout knows about the query at one parenthesis level: its clause and open constructs. */
    private static final class Scope {
        String clause = "";
        boolean listed;
        int betweens;
        int cases;
    }
}
