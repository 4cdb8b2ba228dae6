package dev.orderlens.core.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The filters of a query: the conditions its WHERE clauses join with AND, subqueries' included (an aggregate's
 * {@code FILTER (WHERE …)} is not one), each with the
 * names it mentions, so that two queries for the same question can be told apart by what they filter on.
 */
public final class WhereConditions {

    /** Words that end a WHERE clause at its own parenthesis level. */
    private static final Set<String> CLAUSE_ENDS = Set.of("GROUP", "ORDER", "HAVING", "LIMIT", "QUALIFY", "WINDOW",
            "UNION", "INTERSECT", "EXCEPT", "MINUS", "FETCH", "OFFSET");

    /**
     * One condition.
     *
     * @param text the condition as written, spaces between tokens made single and comments left out, words in
     *     lower case
     * @param names the names it refers to (functions left out; keywords are words too, so callers match these
     *     against the columns they know), in lower case, the last part of a dotted name
     */
    public record Condition(String text, Set<String> names) {
        public Condition {
            Objects.requireNonNull(text, "text");
            names = Set.copyOf(names);
        }
    }

    private WhereConditions() {
    }

    /** The conditions in the order written; empty when the query has no WHERE or cannot be read as SQL. */
    public static List<Condition> of(String sql) {
        if (sql == null || sql.isBlank()) {
            return List.of();
        }
        SqlTokens tokens;
        try {
            tokens = SqlTokens.of(SqlTokenizer.tokenize(sql));
        } catch (UnsafeSqlException unreadable) {
            return List.of();
        }
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            // an aggregate's FILTER (WHERE …) picks the rows of one figure, not the rows of the query
            boolean aggregateFilter = i >= 2 && tokens.isSymbol(i - 1, '(') && tokens.isWord(i - 2, "FILTER");
            if (tokens.isWord(i, "WHERE") && !aggregateFilter) {
                conditions.addAll(clause(tokens, i + 1));
            }
        }
        return conditions;
    }

    /** The conditions of the WHERE clause starting at {@code start}, split at its own level's ANDs. */
    private static List<Condition> clause(SqlTokens tokens, int start) {
        if (start >= tokens.size()) {
            return List.of();
        }
        int level = tokens.enclosingOpen(start);
        int end = tokens.scopeEnd(start);
        List<Condition> conditions = new ArrayList<>();
        int from = start;
        boolean inBetween = false;
        for (int i = start; i < end; i++) {
            if (tokens.enclosingOpen(i) != level) {
                continue;
            }
            SqlToken token = tokens.get(i);
            if (token.kind() == SqlToken.Kind.WORD && CLAUSE_ENDS.contains(token.upper())) {
                end = i;
                break;
            }
            if (token.isWord("BETWEEN")) {
                inBetween = true;
            } else if (token.isWord("AND")) {
                if (inBetween) {
                    inBetween = false;
                } else {
                    addCondition(conditions, tokens, from, i);
                    from = i + 1;
                }
            }
        }
        addCondition(conditions, tokens, from, end);
        return conditions;
    }

    private static void addCondition(List<Condition> conditions, SqlTokens tokens, int from, int to) {
        if (from >= to) {
            return;
        }
        StringBuilder text = new StringBuilder();
        Set<String> names = new LinkedHashSet<>();
        for (int i = from; i < to; i++) {
            SqlToken token = tokens.get(i);
            if (i > from && token.start() > tokens.get(i - 1).end()) {
                text.append(' ');
            }
            text.append(token.kind() == SqlToken.Kind.WORD ? token.identifier() : token.text());
            boolean calledAsFunction = tokens.isSymbol(i + 1, '(');
            boolean qualifiesNext = tokens.isSymbol(i + 1, '.');
            if (token.isName() && !calledAsFunction && !qualifiesNext) {
                names.add(token.identifier());
            }
        }
        conditions.add(new Condition(text.toString(), names));
    }
}
