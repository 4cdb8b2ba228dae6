package dev.orderlens.answering.semantic;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.core.semantic.ModelFit;
import dev.orderlens.core.semantic.ModelMismatchException;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a semantic model against the table a warehouse already holds, without copying or changing anything: the
 * table's columns and their types come from an empty result ({@code SELECT * FROM t LIMIT 0}), and each metric's
 * expression and filter is tried over an empty relation of the table. The same rules as for a file about to be
 * loaded apply ({@link ModelFit}); where a file's values are converted to the model's types, a table's columns
 * must already be of a type that reads as the model's.
 */
public final class WarehouseTableCheck {

    private final SqlWarehouse warehouse;
    private final Duration timeout;

    private WarehouseTableCheck(SqlWarehouse warehouse, Duration timeout) {
        this.warehouse = warehouse;
        this.timeout = timeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The model fits the table.
     *
     * @param table the table checked
     * @param ignoredColumns the table's columns the model does not describe
     */
    public record Checked(String table, List<String> ignoredColumns) {
        public Checked {
            ignoredColumns = List.copyOf(ignoredColumns);
        }
    }

    /**
     * Checks {@code model} against the warehouse table it names ({@link SemanticModel#table()}).
     *
     * @throws ModelMismatchException naming every way the model does not fit the table
     * @throws IllegalArgumentException when the warehouse refuses to read the table (missing, no grant)
     * @throws dev.orderlens.core.port.BackendException when the warehouse cannot be reached
     */
    public Checked check(SemanticModel model) {
        WarehouseTable table = new WarehouseTable(warehouse, model.table(), timeout);
        ModelFit.Result<Column> fit = ModelFit.<Column>of(model).check(table.columns(), new TableData(table))
                .requireFit();
        return new Checked(model.table(), fit.ignoredColumns());
    }

    /** The table as {@link ModelFit} reads it: its declared types, and statements run on an empty relation of it. */
    private static final class TableData implements ModelFit.Data<Column> {
        private final WarehouseTable table;

        TableData(WarehouseTable table) {
            this.table = table;
        }

        @Override
        public String nameOf(Column column) {
            return column.name();
        }

        @Override
        public void checkColumns(Map<SemanticColumn, Column> matches, List<String> problems) {
            matches.forEach((column, data) -> {
                if (!readsAs(data.type(), column.type())) {
                    problems.add("column " + column.name() + " is " + data.type() + " in the table, which does not "
                            + "read as " + column.type());
                }
            });
        }

        @Override
        public String metricRelation() {
            return "(SELECT * FROM " + table.quoted() + " LIMIT 0) AS " + table.alias();
        }

        @Override
        public SqlDialect dialect() {
            return table.warehouse().dialect();
        }

        @Override
        public Optional<String> failureOf(String sql) {
            return table.failureOf(sql);
        }
    }

    /**
     * Whether a column of the warehouse's type reads as the model's: numbers as any kind of number, dates and
     * timestamps as either, text and booleans only as themselves.
     */
    static boolean readsAs(ColumnType data, ColumnType model) {
        if (model.isNumeric()) {
            return data.isNumeric();
        }
        if (model.isTemporal()) {
            return data.isTemporal();
        }
        return data == model || model == ColumnType.STRING && data == ColumnType.OTHER;
    }

    /** Builds a {@link WarehouseTableCheck}. */
    public static final class Builder {
        private SqlWarehouse warehouse;
        private Duration timeout = Duration.ofSeconds(60);

        private Builder() {
        }

        /** The warehouse holding the table, reached as the read-only query principal. */
        public Builder warehouse(SqlWarehouse warehouse) {
            this.warehouse = warehouse;
            return this;
        }

        /** How long each statement may take (default 60 s). */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        public WarehouseTableCheck build() {
            Objects.requireNonNull(warehouse, "warehouse");
            return new WarehouseTableCheck(warehouse, timeout);
        }
    }
}
