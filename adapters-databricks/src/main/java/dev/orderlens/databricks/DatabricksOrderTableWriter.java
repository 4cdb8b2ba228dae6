package dev.orderlens.databricks;

import dev.orderlens.core.domain.order.OrderChange;
import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.domain.order.OrderValues;
import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.OrderTableWriter;
import dev.orderlens.databricks.internal.Authorizer;
import dev.orderlens.databricks.internal.OrderStatements;
import dev.orderlens.databricks.internal.ResultReader;
import dev.orderlens.databricks.internal.Statement;
import dev.orderlens.databricks.internal.StatementApi.StatementResponse;
import dev.orderlens.databricks.internal.StatementRunner;
import dev.orderlens.databricks.internal.ValueDecoder;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An {@link OrderTableWriter} on a Databricks table, through the Statement Execution API. Build it on a workspace
 * signed in as the writer principal ({@link DatabricksWriterSettings}), never the read-only query principal.
 *
 * <p>{@link #read} is one parameterised SELECT per {@code idsPerRead} ids. {@link #write} runs MERGE statements,
 * each grouping up to {@code rowsPerStatement} changes of one kind that set the same columns. Updates and inserts
 * go in separate statements: an update ({@code exists}) holds only the columns its events changed, so it is
 * {@code WHEN MATCHED} only and never creates a partial row (an order deleted meanwhile stays deleted); an insert
 * holds a whole new row and also updates a row that appeared meanwhile. Values are absolute, so running the same
 * changes again, after a failure part-way through the statements, leaves the table as running them once: each
 * MERGE is atomic, and a retry rewrites what an earlier attempt wrote with the same values.
 *
 * <pre>{@code
 * DatabricksOrderTableWriter writer = DatabricksOrderTableWriter.builder()
 *         .workspace(writerSettings.workspace(settings)).warehouseId(warehouseId).table(settings.ordersTable())
 *         .build();
 * }</pre>
 */
public final class DatabricksOrderTableWriter implements OrderTableWriter {

    private final StatementRunner runner;
    private final ResultReader reader;
    private final String table;
    private final Duration timeout;
    private final int rowsPerStatement;
    private final int idsPerRead;

    private DatabricksOrderTableWriter(Builder builder) {
        DatabricksWorkspace workspace = Objects.requireNonNull(builder.workspace, "workspace");
        this.runner = new StatementRunner(workspace.client(), workspace.sleeper(),
                Objects.requireNonNull(builder.warehouseId, "warehouseId"), Duration.ofSeconds(10),
                Duration.ofMillis(250), Duration.ofSeconds(2));
        this.reader = new ResultReader(workspace.client());
        this.table = TableName.quoted(TableName.check(builder.table, "table"));
        this.timeout = builder.timeout;
        this.rowsPerStatement = builder.rowsPerStatement;
        this.idsPerRead = builder.idsPerRead;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Map<String, Map<OrderColumn, Object>> read(Collection<String> orderIds) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(orderIds));
        Map<String, Map<OrderColumn, Object>> rows = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += idsPerRead) {
            OrderStatements.Sql select = OrderStatements.select(table,
                    ids.subList(from, Math.min(ids.size(), from + idsPerRead)));
            StatementResponse response = runner.run(new Statement(select.text(), select.parameters(), timeout, null));
            rows.putAll(rows(response));
        }
        return rows;
    }

    @Override
    public void write(List<OrderChange> changes) {
        for (OrderStatements.Sql merge : OrderStatements.merges(table, changes, rowsPerStatement)) {
            runner.run(new Statement(merge.text(), merge.parameters(), timeout, null));
        }
    }

    private Map<String, Map<OrderColumn, Object>> rows(StatementResponse response) {
        if (response.manifest() == null) {
            throw new BackendException(Authorizer.BACKEND, Kind.INVALID_RESPONSE,
                    "SQL statement " + response.statementId() + " read orders without a result manifest");
        }
        List<Column> columns = ValueDecoder.columns(response.manifest().columns());
        List<List<String>> raw;
        try {
            raw = reader.read(response.statementId(), response.manifest(), response.result(), 0, Integer.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException(Authorizer.BACKEND, Kind.TIMEOUT,
                    "reading orders was interrupted because the caller stopped waiting");
        }
        Map<String, Map<OrderColumn, Object>> rows = new LinkedHashMap<>();
        for (List<String> values : raw) {
            Map<OrderColumn, Object> row = row(columns, ValueDecoder.row(columns, values));
            if (row.get(OrderColumn.ORDER_ID) instanceof String id) {
                rows.put(id, row);
            }
        }
        return rows;
    }

    private static Map<OrderColumn, Object> row(List<Column> columns, List<Object> values) {
        Map<OrderColumn, Object> row = new EnumMap<>(OrderColumn.class);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            OrderColumn orderColumn = OrderColumn.named(column.name()).orElse(null);
            if (orderColumn == null) {
                continue;
            }
            try {
                row.put(orderColumn, OrderValues.canonical(orderColumn.type(), values.get(i)));
            } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
                throw new BackendException(Authorizer.BACKEND, Kind.INVALID_RESPONSE, "orders table column '"
                        + column.name() + "' holds a value that is not " + orderColumn.type());
            }
        }
        return row;
    }

    public static final class Builder {
        private DatabricksWorkspace workspace;
        private String warehouseId;
        private String table = DatabricksSettings.DEFAULT_ORDERS_TABLE;
        private Duration timeout = Duration.ofMinutes(2);
        private int rowsPerStatement = 100;
        private int idsPerRead = 500;

        private Builder() {
        }

        /** A workspace signed in as the writer principal. */
        public Builder workspace(DatabricksWorkspace workspace) {
            this.workspace = workspace;
            return this;
        }

        public Builder warehouseId(String warehouseId) {
            this.warehouseId = warehouseId;
            return this;
        }

        /** The orders table, {@code catalog.schema.table}. */
        public Builder table(String table) {
            this.table = table;
            return this;
        }

        /**
         * How long one statement may take, waiting for a stopped warehouse to start included, before it is
         * cancelled (default two minutes).
         */
        public Builder timeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /** The most changes one MERGE writes (default 100). */
        public Builder rowsPerStatement(int rowsPerStatement) {
            this.rowsPerStatement = atLeastOne(rowsPerStatement, "rowsPerStatement");
            return this;
        }

        /** The most order ids one SELECT asks for (default 500). */
        public Builder idsPerRead(int idsPerRead) {
            this.idsPerRead = atLeastOne(idsPerRead, "idsPerRead");
            return this;
        }

        public DatabricksOrderTableWriter build() {
            return new DatabricksOrderTableWriter(this);
        }

        private static int atLeastOne(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1");
            }
            return value;
        }
    }
}
