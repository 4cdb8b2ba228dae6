package dev.orderlens.core.sql;

/**
 * The read-only guard refused a query. The message is a short reason meant for people and for the
 * pipeline's fallback decision, e.g. {@code function read_csv may not be used}; it never echoes more
 * of the query than the offending word.
 */
public final class UnsafeSqlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnsafeSqlException(String reason) {
        super(reason);
    }

    /** A piece of the query cut short, so a reason never carries a long stretch of it. */
    static String excerpt(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "...";
    }
}
