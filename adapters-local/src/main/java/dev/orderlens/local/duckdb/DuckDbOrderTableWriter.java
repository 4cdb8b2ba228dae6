package dev.orderlens.local.duckdb;

import dev.orderlens.core.domain.order.OrderChange;
import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.domain.order.OrderValues;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.port.OrderTableWriter;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes order changes into the orders table of a {@link DuckDbSqlWarehouse}, through its exclusive write
 * access: the warehouse's own queries stay read-only. A change updates the order's row, or inserts it when the
 * order is new and not there yet, so writing the same change twice leaves one row.
 */
public final class DuckDbOrderTableWriter implements OrderTableWriter {

    private static final int IDS_PER_READ = 500;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final DuckDbSqlWarehouse warehouse;
    private final String table;

    private DuckDbOrderTableWriter(DuckDbSqlWarehouse warehouse, String table) {
        this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
        this.table = Objects.requireNonNull(table, "table");
        if (!PLAIN_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("the embedded orders table must have a plain name (was '" + table + "')");
        }
    }

    /** A writer into {@code table} of the warehouse's file. */
    public static DuckDbOrderTableWriter of(DuckDbSqlWarehouse warehouse, String table) {
        return new DuckDbOrderTableWriter(warehouse, table);
    }

    /** Reads through the warehouse's read-only connections: only writing needs the file to itself. */
    @Override
    public Map<String, Map<OrderColumn, Object>> read(Collection<String> orderIds) {
        List<String> ids = List.copyOf(orderIds);
        List<OrderColumn> columns = Arrays.asList(OrderColumn.values());
        Map<String, Map<OrderColumn, Object>> rows = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_READ) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_READ));
            String sql = "SELECT " + columns.stream().map(OrderColumn::column).collect(Collectors.joining(", "))
                    + " FROM " + table + " WHERE " + OrderColumn.ORDER_ID.column() + " IN ("
                    + chunk.stream().map(DuckDbOrderTableWriter::literal).collect(Collectors.joining(", ")) + ")";
            for (List<Object> values : warehouse.execute(new SqlQuery(sql, chunk.size(), READ_TIMEOUT)).rows()) {
                Map<OrderColumn, Object> row = new EnumMap<>(OrderColumn.class);
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i), OrderValues.canonical(columns.get(i).type(), values.get(i)));
                }
                rows.put((String) row.get(OrderColumn.ORDER_ID), row);
            }
        }
        return rows;
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    @Override
    public void write(List<OrderChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        warehouse.withWriteAccess(connection -> {
            for (OrderChange change : changes) {
                if (update(connection, change) == 0 && !change.exists()) {
                    insert(connection, change);
                }
            }
            return null;
        });
    }

    private int update(Connection connection, OrderChange change) throws SQLException {
        List<String> columns = new ArrayList<>(change.values().keySet());
        columns.remove(OrderColumn.ORDER_ID.column());
        String sql = "UPDATE " + table + " SET " + columns.stream().map(c -> c + " = ?")
                .collect(Collectors.joining(", ")) + " WHERE " + OrderColumn.ORDER_ID.column() + " = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (String column : columns) {
                bind(statement, index++, change.values().get(column));
            }
            statement.setString(index, change.orderId());
            return statement.executeUpdate();
        }
    }

    private void insert(Connection connection, OrderChange change) throws SQLException {
        List<String> columns = new ArrayList<>(change.values().keySet());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < columns.size(); i++) {
                bind(statement, i + 1, change.values().get(columns.get(i)));
            }
            statement.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof LocalDateTime dateTime) {
            statement.setTimestamp(index, Timestamp.valueOf(dateTime));
        } else if (value instanceof LocalDate date) {
            statement.setDate(index, java.sql.Date.valueOf(date));
        } else if (value instanceof BigDecimal decimal) {
            statement.setBigDecimal(index, decimal);
        } else {
            statement.setObject(index, value);
        }
    }
}
