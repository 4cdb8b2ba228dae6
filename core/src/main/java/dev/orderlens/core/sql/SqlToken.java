package dev.orderlens.core.sql;

import java.util.Locale;

/**
 * One lexical token of a query. Comments and whitespace never become tokens, so every check that
 * looks at tokens sees only what an engine would execute.
 *
 * @param start offset of the first character in the query text
 * @param end offset just after the last character
 */
record SqlToken(Kind kind, String text, int start, int end) {

    enum Kind {
        /** An unquoted name or keyword. */
        WORD,
        /** A name in double quotes or backticks. */
        QUOTED_IDENTIFIER,
        /** A string literal, in single quotes or dollar quotes. */
        STRING,
        NUMBER,
        /** One punctuation or operator character. */
        SYMBOL
    }

    boolean isWord(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    boolean isSymbol(char symbol) {
        return kind == Kind.SYMBOL && text.charAt(0) == symbol;
    }

    boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED_IDENTIFIER;
    }

    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    /**
     * The name as both engines compare it: quotes removed, doubled quotes collapsed, lower case (DuckDB and
     * Spark SQL resolve quoted and unquoted names case-insensitively).
     */
    String identifier() {
        if (kind != Kind.QUOTED_IDENTIFIER) {
            return text.toLowerCase(Locale.ROOT);
        }
        String quote = text.substring(0, 1);
        return text.substring(1, text.length() - 1).replace(quote + quote, quote).toLowerCase(Locale.ROOT);
    }
}
