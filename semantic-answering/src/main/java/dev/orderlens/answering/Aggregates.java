package dev.orderlens.answering;

import dev.orderlens.core.semantic.Parentheses;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites a metric's aggregate expression so that it only counts the rows meeting a condition. */
final class Aggregates {

    private static final Pattern CALL = Pattern.compile("(?i)(?<![A-Za-z0-9_])(sum|count|avg|min|max|median)\\s*\\(");

    private Aggregates() {
    }

    /** {@code sum(a) - sum(b)} with {@code c} → {@code sum(a) FILTER (WHERE c) - sum(b) FILTER (WHERE c)}. */
    static String withFilter(String expression, String condition) {
        StringBuilder out = new StringBuilder();
        Matcher call = CALL.matcher(expression);
        int copied = 0;
        while (call.find(copied)) {
            int close = Parentheses.closing(expression, call.end() - 1).orElseThrow(() ->
                    new IllegalArgumentException("unbalanced parentheses in metric expression: " + expression));
            out.append(expression, copied, close + 1).append(" FILTER (WHERE ").append(condition).append(')');
            copied = close + 1;
        }
        out.append(expression.substring(copied));
        return out.toString();
    }
}
