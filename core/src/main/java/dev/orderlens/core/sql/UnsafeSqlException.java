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
}
