package dev.orderlens.databricks.internal;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A statement to run on a warehouse.
 *
 * @param sql the SQL text, with {@code :name} markers for the parameters
 * @param parameters named parameters, bound by the warehouse (never spliced into the text)
 * @param timeout how long it may take in all before it is cancelled
 * @param rowLimit a cap the warehouse applies (reported as truncation), or {@code null} for none
 */
public record Statement(String sql, List<StatementApi.Parameter> parameters, Duration timeout, Long rowLimit) {
    public Statement {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(timeout, "timeout");
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }
}
