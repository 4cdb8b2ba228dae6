package dev.orderlens.databricks;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.databricks.internal.Authorizer;
import dev.orderlens.databricks.internal.Parameters;
import dev.orderlens.databricks.internal.ResultReader;
import dev.orderlens.databricks.internal.Statement;
import dev.orderlens.databricks.internal.StatementApi.Manifest;
import dev.orderlens.databricks.internal.StatementApi.Parameter;
import dev.orderlens.databricks.internal.StatementApi.StatementResponse;
import dev.orderlens.databricks.internal.StatementRunner;
import dev.orderlens.databricks.internal.ValueDecoder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link SqlWarehouse} on a Databricks SQL warehouse, through the Statement Execution API (INLINE JSON_ARRAY
 * results). Parameters are bound by name on the warehouse. A finished statement's result is remembered for a
 * while, so that {@link #page} reads further rows without running the query again.
 */
public final class DatabricksSqlWarehouse implements SqlWarehouse {

    private final StatementRunner runner;
    private final ResultReader reader;
    private final DatabricksWorkspace workspace;
    private final long resultRowCap;
    private final Duration resultRetention;
    private final Map<Key, Retained> retained;

    private record Key(String sql, List<Parameter> parameters) {
    }

    private record Retained(String statementId, List<Column> columns, Manifest manifest, Instant availableUntil) {
    }

    private DatabricksSqlWarehouse(Builder builder) {
        this.workspace = Objects.requireNonNull(builder.workspace, "workspace");
        String warehouseId = Objects.requireNonNull(builder.warehouseId, "warehouseId");
        this.runner = new StatementRunner(workspace.client(), workspace.sleeper(), warehouseId,
                builder.submitWait, builder.firstPoll, builder.maxPoll);
        this.reader = new ResultReader(workspace.client());
        this.resultRowCap = builder.resultRowCap;
        this.resultRetention = builder.resultRetention;
        int capacity = builder.retainedResults;
        this.retained = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Retained> eldest) {
                return size() > capacity;
            }
        };
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public SqlResult execute(SqlQuery query) {
        return execute(query, Map.of());
    }

    /**
     * Runs a query whose {@code :name} markers are bound to {@code parameters} (String, Long/Integer,
     * BigDecimal, Double, Boolean, LocalDate, LocalDateTime, Instant or null).
     */
    public SqlResult execute(SqlQuery query, Map<String, ?> parameters) {
        Key key = new Key(query.sql(), Parameters.of(parameters));
        return interruptible(() -> run(key, query, 0, query.maxRows()).withinBytes(query.maxBytes()));
    }

    /** Rows {@code [offset, offset + size)} of the query's result, with the true total. */
    public SqlResult page(SqlQuery query, long offset, int size) {
        return page(query, Map.of(), offset, size);
    }

    /**
     * Rows {@code [offset, offset + size)} of the query's result. While the warehouse still holds the result of
     * an earlier run of the same query (about an hour), the rows are read from it instead of running it again.
     */
    public SqlResult page(SqlQuery query, Map<String, ?> parameters, long offset, int size) {
        if (offset < 0 || size <= 0) {
            throw new IllegalArgumentException("offset must be >= 0 and size > 0");
        }
        Key key = new Key(query.sql(), Parameters.of(parameters));
        return interruptible(() -> {
            Retained earlier = stillAvailable(key);
            if (earlier != null) {
                try {
                    return result(earlier, reader.read(earlier.statementId(), earlier.manifest(), null, offset, size));
                } catch (BackendException e) {
                    // The statement expired or was closed on the warehouse: run the query again.
                    if (e.kind() != Kind.REJECTED) {
                        throw e;
                    }
                    forget(key);
                }
            }
            return run(key, query, offset, size);
        });
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.DATABRICKS;
    }

    private SqlResult run(Key key, SqlQuery query, long offset, int size) throws InterruptedException {
        StatementResponse response = runner.run(new Statement(query.sql(), key.parameters(), query.timeout(),
                resultRowCap));
        Retained fresh = retain(key, response);
        return result(fresh, reader.read(fresh.statementId(), fresh.manifest(), response.result(), offset, size));
    }

    private interface Read {
        SqlResult get() throws InterruptedException;
    }

    private static SqlResult interruptible(Read read) {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException(Authorizer.BACKEND, Kind.TIMEOUT,
                    "reading the SQL result was interrupted because the caller stopped waiting");
        }
    }

    private SqlResult result(Retained statement, List<List<String>> raw) {
        List<List<Object>> rows = new ArrayList<>(raw.size());
        for (List<String> values : raw) {
            rows.add(ValueDecoder.row(statement.columns(), values));
        }
        Manifest manifest = statement.manifest();
        long total = Math.max(manifest.totalRowCount(), rows.size());
        return new SqlResult(statement.columns(), rows, total, rows.size() < total || manifest.truncated());
    }

    private Retained retain(Key key, StatementResponse response) {
        Manifest manifest = response.manifest();
        if (manifest == null) {
            throw new BackendException(Authorizer.BACKEND, Kind.INVALID_RESPONSE,
                    "SQL statement " + response.statementId() + " succeeded without a result manifest");
        }
        Retained entry = new Retained(response.statementId(), ValueDecoder.columns(manifest.columns()), manifest,
                workspace.clock().instant().plus(resultRetention));
        synchronized (retained) {
            retained.put(key, entry);
        }
        return entry;
    }

    private Retained stillAvailable(Key key) {
        synchronized (retained) {
            Retained entry = retained.get(key);
            if (entry != null && workspace.clock().instant().isBefore(entry.availableUntil())) {
                return entry;
            }
            retained.remove(key);
            return null;
        }
    }

    private void forget(Key key) {
        synchronized (retained) {
            retained.remove(key);
        }
    }

    public static final class Builder {
        private DatabricksWorkspace workspace;
        private String warehouseId;
        private Duration submitWait = Duration.ofSeconds(10);
        private Duration firstPoll = Duration.ofMillis(250);
        private Duration maxPoll = Duration.ofSeconds(2);
        private long resultRowCap = 100_000;
        private Duration resultRetention = Duration.ofMinutes(50);
        private int retainedResults = 32;

        private Builder() {
        }

        public Builder workspace(DatabricksWorkspace workspace) {
            this.workspace = workspace;
            return this;
        }

        public Builder warehouseId(String warehouseId) {
            this.warehouseId = warehouseId;
            return this;
        }

        /** How long the submit call waits for a result before polling takes over (0, or 5 to 50 seconds). */
        public Builder submitWait(Duration submitWait) {
            this.submitWait = Objects.requireNonNull(submitWait, "submitWait");
            return this;
        }

        /** The pause before the first status poll, doubled after every poll up to {@code max}. */
        public Builder pollInterval(Duration first, Duration max) {
            if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
                throw new IllegalArgumentException("poll intervals must satisfy 0 < first <= max");
            }
            this.firstPoll = first;
            this.maxPoll = max;
            return this;
        }

        /** The most rows a statement may produce; beyond it the warehouse cuts the result and says so. */
        public Builder resultRowCap(long resultRowCap) {
            if (resultRowCap <= 0) {
                throw new IllegalArgumentException("resultRowCap must be positive");
            }
            this.resultRowCap = resultRowCap;
            return this;
        }

        /** How long a result is read from the warehouse for paging (Databricks keeps it one hour). */
        public Builder resultRetention(Duration resultRetention) {
            this.resultRetention = Objects.requireNonNull(resultRetention, "resultRetention");
            return this;
        }

        /** How many finished statements are remembered for paging. */
        public Builder retainedResults(int retainedResults) {
            this.retainedResults = retainedResults;
            return this;
        }

        public DatabricksSqlWarehouse build() {
            return new DatabricksSqlWarehouse(this);
        }
    }
}
