package dev.orderlens.core.sql;

import dev.orderlens.core.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a query into tokens the way both DuckDB and Spark SQL would, and refuses text on which they could
 * disagree. Where the two lexers differ (backslash escapes, backticks, nested comments, comment line
 * continuation, {@code $} in names) a crafted query could look like one harmless statement to the guard and
 * like two statements to an engine, so such text is rejected rather than interpreted.
 */
final class SqlTokenizer {

    private static final Set<String> NUMBER_SUFFIXES = Set.of("L", "S", "Y", "D", "F", "BD");

    private final String sql;
    private final List<SqlToken> tokens = new ArrayList<>();
    private int pos;

    private SqlTokenizer(String sql) {
        this.sql = sql;
    }

    /** @throws UnsafeSqlException for characters, literals or comments the guard will not interpret */
    static List<SqlToken> tokenize(String sql) {
        return new SqlTokenizer(sql).run();
    }

    private List<SqlToken> run() {
        rejectControlCharacters();
        if (sql.contains("${")) {
            // Spark substitutes ${...} everywhere, inside string literals too, before it parses.
            throw new UnsafeSqlException("'${' may not be used (Spark SQL substitutes variables there)");
        }
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else if (sql.startsWith("--", pos)) {
                skipLineComment();
            } else if (sql.startsWith("/*", pos)) {
                skipBlockComment();
            } else if (c == '\'') {
                quoted(Kind.STRING, "string literal");
            } else if (c == '"') {
                quoted(Kind.QUOTED_IDENTIFIER, "quoted identifier");
            } else if (c == '`') {
                backtickIdentifier();
            } else if (c == '$') {
                dollarQuotedString();
            } else if (isDigit(c) || (c == '.' && pos + 1 < sql.length() && isDigit(sql.charAt(pos + 1)))) {
                number();
            } else if (isWordStart(c)) {
                word();
            } else if (c > ' ' && c < 0x7F) {
                add(Kind.SYMBOL, pos + 1);
            } else {
                throw new UnsafeSqlException(describe(sql.codePointAt(pos))
                        + " may only appear inside a string literal or quoted identifier");
            }
        }
        return tokens;
    }

    private void rejectControlCharacters() {
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if ((c < ' ' && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                throw new UnsafeSqlException("control character " + codePoint(c) + " may not be used");
            }
        }
    }

    private void skipLineComment() {
        int end = pos;
        while (end < sql.length() && sql.charAt(end) != '\n' && sql.charAt(end) != '\r') {
            requireAsciiInComment(end);
            end++;
        }
        if (sql.charAt(end - 1) == '\\' && end < sql.length()) {
            throw new UnsafeSqlException("a -- comment may not end with a backslash (Spark SQL would continue it"
                    + " on the next line)");
        }
        pos = end;
    }

    private void skipBlockComment() {
        int close = sql.indexOf("*/", pos + 2);
        int nested = sql.indexOf("/*", pos + 2);
        if (close < 0) {
            throw new UnsafeSqlException("unterminated /* comment");
        }
        if (nested >= 0 && nested < close) {
            throw new UnsafeSqlException("nested /* comments may not be used");
        }
        for (int i = pos; i < close; i++) {
            requireAsciiInComment(i);
        }
        pos = close + 2;
    }

    private void requireAsciiInComment(int index) {
        if (sql.charAt(index) >= 0x7F) {
            throw new UnsafeSqlException(describe(sql.codePointAt(index)) + " may not be used in a comment");
        }
    }

    /**
     * A quoted token must end at the same place whether backslash escapes the next character (Spark SQL) or
     * is an ordinary character (DuckDB); a doubled quote is an escape for one and two adjacent literals for
     * the other, which ends in the same place.
     */
    private void quoted(Kind kind, String what) {
        char quote = sql.charAt(pos);
        int plainEnd = quotedEnd(quote, false);
        if (plainEnd < 0) {
            throw new UnsafeSqlException("unterminated " + what);
        }
        if (quotedEnd(quote, true) != plainEnd) {
            throw new UnsafeSqlException(what + " with a backslash before a quote ends in different places in"
                    + " DuckDB and Spark SQL");
        }
        add(kind, plainEnd);
    }

    private int quotedEnd(char quote, boolean backslashEscapes) {
        int i = pos + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return -1;
    }

    /**
     * DuckDB reads a backtick as an operator and the text between two of them as SQL, so only characters that
     * are harmless as SQL may appear inside.
     */
    private void backtickIdentifier() {
        int close = sql.indexOf('`', pos + 1);
        if (close < 0) {
            throw new UnsafeSqlException("unterminated quoted identifier");
        }
        String name = sql.substring(pos + 1, close);
        boolean plain = !name.isEmpty() && !name.contains("--")
                && name.chars().allMatch(c -> isWordPart((char) c) || c == ' ' || c == '.' || c == '-'
                        || (c > 0x7F && Character.isLetterOrDigit(c)));
        if (!plain) {
            throw new UnsafeSqlException("quoted identifier `" + UnsafeSqlException.excerpt(name)
                    + "` may only hold letters, digits, spaces, '_', '.' and '-'");
        }
        add(Kind.QUOTED_IDENTIFIER, close + 1);
    }

    private void dollarQuotedString() {
        if (pos > 0 && isWordPart(sql.charAt(pos - 1))) {
            // DuckDB reads name$tag$ as one identifier, not as a name followed by a dollar-quoted string.
            throw new UnsafeSqlException("'$' may not follow a name");
        }
        int tagEnd = pos + 1;
        while (tagEnd < sql.length() && isWordPart(sql.charAt(tagEnd))) {
            tagEnd++;
        }
        boolean validTag = tagEnd < sql.length() && sql.charAt(tagEnd) == '$'
                && (tagEnd == pos + 1 || !isDigit(sql.charAt(pos + 1)));
        if (!validTag) {
            throw new UnsafeSqlException("'$' may only open a dollar-quoted string (query parameters are not"
                    + " supported)");
        }
        String delimiter = sql.substring(pos, tagEnd + 1);
        int close = sql.indexOf(delimiter, tagEnd + 1);
        if (close < 0) {
            throw new UnsafeSqlException("unterminated dollar-quoted string");
        }
        add(Kind.STRING, close + delimiter.length());
    }

    /**
     * Digits, fraction and exponent, then at most one of Spark's type suffixes ({@code 10L}, {@code 1.5BD}).
     * Any other letters right after a number are refused: Spark reads {@code 1FROM} as one name where DuckDB
     * reads the number 1 followed by the keyword FROM.
     */
    private void number() {
        int end = skipDigits(pos);
        if (end < sql.length() && sql.charAt(end) == '.') {
            end = skipDigits(end + 1);
        }
        if (end + 1 < sql.length() && (sql.charAt(end) == 'e' || sql.charAt(end) == 'E')) {
            int exponent = end + 1;
            if (sql.charAt(exponent) == '+' || sql.charAt(exponent) == '-') {
                exponent++;
            }
            if (exponent < sql.length() && isDigit(sql.charAt(exponent))) {
                end = skipDigits(exponent);
            }
        }
        int suffixEnd = end;
        while (suffixEnd < sql.length() && isWordPart(sql.charAt(suffixEnd))) {
            suffixEnd++;
        }
        String suffix = sql.substring(end, suffixEnd).toUpperCase(Locale.ROOT);
        if (!suffix.isEmpty() && !NUMBER_SUFFIXES.contains(suffix)) {
            throw new UnsafeSqlException("number " + sql.substring(pos, suffixEnd) + " runs into a name");
        }
        add(Kind.NUMBER, suffixEnd);
    }

    private int skipDigits(int from) {
        int end = from;
        while (end < sql.length() && isDigit(sql.charAt(end))) {
            end++;
        }
        return end;
    }

    private void word() {
        int end = pos;
        while (end < sql.length() && isWordPart(sql.charAt(end))) {
            end++;
        }
        add(Kind.WORD, end);
    }

    private void add(Kind kind, int end) {
        tokens.add(new SqlToken(kind, sql.substring(pos, end), pos, end));
        pos = end;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || isDigit(c);
    }

    private static String describe(int codePoint) {
        return "non-ASCII character " + codePoint(codePoint);
    }

    private static String codePoint(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
}
