package dev.orderlens.core.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * A read-only query for a warehouse. The SQL has already passed the read-only guard.
 *
 * @param sql the statement
 * @param maxRows how many rows to hold at most; the warehouse still reports the true total
 * @param timeout how long the warehouse may take before the query is cancelled
 */
public record SqlQuery(String sql, int maxRows, Duration timeout) {
    public SqlQuery {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(timeout, "timeout");
        if (maxRows <= 0) {
            throw new IllegalArgumentException("maxRows must be positive");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }
}
