package dev.orderlens.core.sql;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** The tokens of one statement with its parenthesis structure, which tells clauses and subqueries apart. */
final class SqlTokens {

    private final List<SqlToken> tokens;
    private final int[] partner;
    private final int[] enclosingOpen;
    private final int depth;

    private SqlTokens(List<SqlToken> tokens) {
        this.tokens = List.copyOf(tokens);
        this.partner = new int[tokens.size()];
        this.enclosingOpen = new int[tokens.size()];
        Arrays.fill(partner, -1);
        Deque<Integer> open = new ArrayDeque<>();
        int deepest = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if (token.isSymbol(')')) {
                if (open.isEmpty()) {
                    throw new UnsafeSqlException("unbalanced parentheses");
                }
                int opening = open.pop();
                partner[opening] = i;
                partner[i] = opening;
            }
            enclosingOpen[i] = open.isEmpty() ? -1 : open.peek();
            if (token.isSymbol('(')) {
                open.push(i);
                deepest = Math.max(deepest, open.size());
            }
        }
        this.depth = deepest;
        if (!open.isEmpty()) {
            throw new UnsafeSqlException("unbalanced parentheses");
        }
    }

    /** @throws UnsafeSqlException when the parentheses do not balance */
    static SqlTokens of(List<SqlToken> tokens) {
        return new SqlTokens(tokens);
    }

    /** How deeply parentheses nest: 0 without any, 1 for {@code f(x)}, 2 for {@code f(g(x))}. */
    int depth() {
        return depth;
    }

    int size() {
        return tokens.size();
    }

    SqlToken get(int index) {
        return tokens.get(index);
    }

    boolean isWord(int index, String keyword) {
        return index >= 0 && index < tokens.size() && tokens.get(index).isWord(keyword);
    }

    boolean isSymbol(int index, char symbol) {
        return index >= 0 && index < tokens.size() && tokens.get(index).isSymbol(symbol);
    }

    boolean isName(int index) {
        return index >= 0 && index < tokens.size() && tokens.get(index).isName();
    }

    /** The index of the matching parenthesis of the one at {@code index}. */
    int partner(int index) {
        return partner[index];
    }

    /** The index of the innermost {@code (} around the token, or -1 at the top level of the statement. */
    int enclosingOpen(int index) {
        return enclosingOpen[index];
    }

    /** Where the scope around the token ends: its enclosing {@code )}, or the end of the statement. */
    int scopeEnd(int index) {
        int open = enclosingOpen[index];
        return open < 0 ? tokens.size() : partner[open];
    }

    /**
     * The dotted name starting at {@code index} ({@code a}, {@code a.b}, {@code "a".`b`.c}) as the index just
     * past it; {@code index} itself when no name starts there.
     */
    int nameEnd(int index) {
        if (!isName(index)) {
            return index;
        }
        int end = index + 1;
        while (isSymbol(end, '.') && isName(end + 1)) {
            end += 2;
        }
        return end;
    }
}
