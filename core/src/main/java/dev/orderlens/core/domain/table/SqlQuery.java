package dev.orderlens.core.domain.table;

import java.time.Duration;
import java.util.Objects;

/**
 * A read-only query for a warehouse. The SQL has already passed the read-only guard.
 *
 * @param sql the statement
 * @param maxRows how many rows to hold at most; the warehouse still reports the true total
 * @param maxBytes about how many bytes of values to hold at most: rows past it are left out, as rows past
 *     {@code maxRows} are, and the result says so
 * @param timeout how long the warehouse may take before the query is cancelled
 */
public record SqlQuery(String sql, int maxRows, long maxBytes, Duration timeout) {

    /** Bytes of values a result holds by default: far more than a page of analytics, far less than a heap. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    public SqlQuery(String sql, int maxRows, Duration timeout) {
        this(sql, maxRows, DEFAULT_MAX_BYTES, timeout);
    }

    public SqlQuery {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(timeout, "timeout");
        if (maxRows <= 0) {
            throw new IllegalArgumentException("maxRows must be positive");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }
}
