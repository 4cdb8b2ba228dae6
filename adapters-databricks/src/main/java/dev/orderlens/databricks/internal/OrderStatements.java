package dev.orderlens.databricks.internal;

import dev.orderlens.core.domain.order.OrderChange;
import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.domain.order.OrderValues;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.databricks.internal.StatementApi.Parameter;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SQL that reads and writes order rows. Names come only from {@link OrderColumn} and the checked table name;
 * every value is a typed named parameter, cast in the statement to the column's Spark SQL type so that a NULL
 * or a text value lands with the column's type.
 */
public final class OrderStatements {

    /** A statement's text and its parameters. */
    public record Sql(String text, List<Parameter> parameters) {
    }

    private static final String ORDER_ID = quote(OrderColumn.ORDER_ID);

    private OrderStatements() {
    }

    /** {@code SELECT <every order column> FROM <table> WHERE order_id IN (:id0, :id1, ...)}. */
    public static Sql select(String quotedTable, List<String> orderIds) {
        List<Parameter> parameters = new ArrayList<>(orderIds.size());
        List<String> markers = new ArrayList<>(orderIds.size());
        for (int i = 0; i < orderIds.size(); i++) {
            parameters.add(parameter("id" + i, ColumnType.STRING, orderIds.get(i)));
            markers.add(":id" + i);
        }
        String columns = Arrays.stream(OrderColumn.values()).map(OrderStatements::quote)
                .collect(Collectors.joining(", "));
        return new Sql("SELECT " + columns + " FROM " + quotedTable + " WHERE " + ORDER_ID + " IN ("
                + String.join(", ", markers) + ")", parameters);
    }

    /**
     * MERGE statements writing the changes: one per run of at most {@code rowsPerStatement} changes that are
     * alike (all updates or all inserts) and set the same columns, in the order the changes first show each kind.
     * Updates only update (a missing row stays missing: an update holds only the columns that changed, never a
     * whole row); inserts insert, or update every column they hold when the row is already there.
     *
     * @throws IllegalArgumentException when an order appears twice, which MERGE refuses as an ambiguous source
     */
    public static List<Sql> merges(String quotedTable, List<OrderChange> changes, int rowsPerStatement) {
        Map<Shape, List<OrderChange>> alike = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (OrderChange change : changes) {
            if (!seen.add(change.orderId())) {
                throw new IllegalArgumentException("order " + change.orderId() + " appears twice in one write");
            }
            Shape shape = new Shape(change.exists(), columnsOf(change));
            if (shape.assigned().isEmpty() && change.exists()) {
                continue;
            }
            alike.computeIfAbsent(shape, s -> new ArrayList<>()).add(change);
        }
        List<Sql> statements = new ArrayList<>();
        alike.forEach((shape, rows) -> {
            for (int from = 0; from < rows.size(); from += rowsPerStatement) {
                statements.add(merge(quotedTable, shape, rows.subList(from, Math.min(rows.size(),
                        from + rowsPerStatement))));
            }
        });
        return statements;
    }

    /** The Spark SQL type values of a logical column type are written as. */
    static String sqlType(ColumnType type) {
        return switch (type) {
            case STRING -> "STRING";
            case INTEGER -> "BIGINT";
            case DECIMAL -> "DECIMAL(10,2)";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP";
            default -> throw new IllegalArgumentException("order columns are never of type " + type);
        };
    }

    /**
     * The value as a parameter of the column's SQL type. A timestamp is sent with its UTC offset, so that the
     * warehouse's session time zone cannot shift it.
     */
    static Parameter parameter(String name, ColumnType type, Object value) {
        Object canonical = OrderValues.canonical(type, value);
        String text;
        if (canonical == null) {
            text = null;
        } else if (canonical instanceof LocalDateTime timestamp) {
            text = timestamp.toInstant(ZoneOffset.UTC).toString();
        } else if (canonical instanceof BigDecimal decimal) {
            text = decimal.toPlainString();
        } else {
            text = canonical.toString();
        }
        return new Parameter(name, text, sqlType(type));
    }

    /** Whether changes go into one statement: the same kind, setting the same columns (order id first). */
    private record Shape(boolean update, List<OrderColumn> columns) {

        List<OrderColumn> assigned() {
            return columns.subList(1, columns.size());
        }
    }

    private static List<OrderColumn> columnsOf(OrderChange change) {
        Set<OrderColumn> columns = EnumSet.noneOf(OrderColumn.class);
        change.values().keySet().forEach(name -> columns.add(OrderColumn.named(name).orElseThrow(() ->
                new IllegalArgumentException("order " + change.orderId() + " changes '" + name
                        + "', which is not an order column"))));
        columns.remove(OrderColumn.ORDER_ID);
        List<OrderColumn> ordered = new ArrayList<>(columns.size() + 1);
        ordered.add(OrderColumn.ORDER_ID);
        ordered.addAll(columns);
        return List.copyOf(ordered);
    }

    private static Sql merge(String quotedTable, Shape shape, List<OrderChange> rows) {
        List<Parameter> parameters = new ArrayList<>(rows.size() * shape.columns().size());
        List<String> selects = new ArrayList<>(rows.size());
        for (int row = 0; row < rows.size(); row++) {
            OrderChange change = rows.get(row);
            List<String> casts = new ArrayList<>(shape.columns().size());
            for (OrderColumn column : shape.columns()) {
                String name = "p" + row + "_" + column.column();
                Object value = column == OrderColumn.ORDER_ID ? change.orderId() : valueOf(change, column);
                parameters.add(parameter(name, column.type(), value));
                casts.add("CAST(:" + name + " AS " + sqlType(column.type()) + ") AS " + quote(column));
            }
            selects.add("SELECT " + String.join(", ", casts));
        }
        StringBuilder sql = new StringBuilder("MERGE INTO ").append(quotedTable).append(" t USING (")
                .append(String.join(" UNION ALL ", selects)).append(") s ON t.").append(ORDER_ID)
                .append(" = s.").append(ORDER_ID);
        if (!shape.assigned().isEmpty()) {
            sql.append(" WHEN MATCHED THEN UPDATE SET ").append(shape.assigned().stream()
                    .map(c -> "t." + quote(c) + " = s." + quote(c)).collect(Collectors.joining(", ")));
        }
        if (!shape.update()) {
            sql.append(" WHEN NOT MATCHED THEN INSERT (")
                    .append(shape.columns().stream().map(OrderStatements::quote).collect(Collectors.joining(", ")))
                    .append(") VALUES (")
                    .append(shape.columns().stream().map(c -> "s." + quote(c)).collect(Collectors.joining(", ")))
                    .append(")");
        }
        return new Sql(sql.toString(), parameters);
    }

    /** The change's value of the column, found by name as {@link OrderColumn#named} finds it. */
    private static Object valueOf(OrderChange change, OrderColumn column) {
        for (Map.Entry<String, Object> entry : change.values().entrySet()) {
            if (entry.getKey().equalsIgnoreCase(column.column())) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static String quote(OrderColumn column) {
        return "`" + column.column() + "`";
    }
}
