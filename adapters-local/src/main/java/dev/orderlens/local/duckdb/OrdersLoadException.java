package dev.orderlens.local.duckdb;

/**
 * Orders could not be loaded because of their source: a missing or unreadable file, a malformed CSV line, no
 * rows. The message names the problem precisely enough to fix it ("row 3: a quoted value is never closed");
 * CSV rows are counted from 1 after the header line. It is an {@link IllegalArgumentException} because the
 * source is an argument its user can fix.
 */
public class OrdersLoadException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public OrdersLoadException(String message) {
        super(message);
    }
}
