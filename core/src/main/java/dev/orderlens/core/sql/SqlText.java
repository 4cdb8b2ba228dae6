package dev.orderlens.core.sql;

import java.util.Locale;
import java.util.Objects;

/** Helpers for SQL text written by a language model. */
public final class SqlText {

    private static final String FENCE = "```";

    private SqlText() {
    }

    /**
     * The SQL inside the first Markdown code fence ({@code ```sql … ```}, any or no language tag, closing fence
     * optional), or the whole text when there is no fence; surrounding whitespace removed either way. Prose
     * outside the fence is dropped with it.
     */
    public static String stripCodeFences(String text) {
        Objects.requireNonNull(text, "text");
        int open = text.indexOf(FENCE);
        if (open < 0) {
            return text.strip();
        }
        int start = afterLanguageTag(text, open + FENCE.length());
        int close = text.indexOf(FENCE, start);
        return text.substring(start, close < 0 ? text.length() : close).strip();
    }

    /**
     * A tag is the word right after the fence when the line ends there ({@code ```duckdb}), or {@code sql}
     * followed by a space ({@code ```sql SELECT 1```}); otherwise the text after the fence is already SQL.
     */
    private static int afterLanguageTag(String text, int from) {
        int end = from;
        while (end < text.length() && isTagCharacter(text.charAt(end))) {
            end++;
        }
        int lineEnd = end;
        while (lineEnd < text.length() && (text.charAt(lineEnd) == ' ' || text.charAt(lineEnd) == '\t')) {
            lineEnd++;
        }
        boolean tagAlone = lineEnd == text.length() || text.charAt(lineEnd) == '\n' || text.charAt(lineEnd) == '\r';
        boolean sqlTag = text.substring(from, end).toLowerCase(Locale.ROOT).equals("sql") && lineEnd > end;
        return tagAlone || sqlTag ? lineEnd : from;
    }

    private static boolean isTagCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '+';
    }
}
