package dev.orderlens.databricks;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.testsupport.WarehouseOnDuckDb;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The orders table {@value #TABLE} of a workspace whose warehouse is {@link WarehouseOnDuckDb}: the columns of
 * the design's orders table in their Delta types (amounts DECIMAL(10,2), counts INT), plus {@code csat_score},
 * which no writer writes.
 */
final class OrdersTableOnDuckDb {

    static final String TABLE = "contract.shop.orders";

    private final WorkspaceStub stub;
    private final WarehouseOnDuckDb warehouse;

    OrdersTableOnDuckDb(WorkspaceStub stub, WarehouseOnDuckDb warehouse) {
        this.stub = stub;
        this.warehouse = warehouse;
    }

    /** Makes the table hold exactly {@code rows} and the workspace run statements on it. */
    void holding(List<Map<OrderColumn, Object>> rows) {
        String columns = Arrays.stream(OrderColumn.values()).map(c -> c.column() + " " + type(c.type()))
                .collect(Collectors.joining(", "));
        warehouse.reset("ATTACH ':memory:' AS contract", "CREATE SCHEMA contract.shop",
                "CREATE TABLE " + TABLE + " (" + columns + ", csat_score INT)");
        String insert = "INSERT INTO " + TABLE + " (" + Arrays.stream(OrderColumn.values()).map(OrderColumn::column)
                .collect(Collectors.joining(", ")) + ") VALUES ("
                + String.join(", ", Collections.nCopies(OrderColumn.values().length, "?")) + ")";
        for (Map<OrderColumn, Object> row : rows) {
            warehouse.execute(insert, Arrays.stream(OrderColumn.values()).map(row::get).toList());
        }
        stub.server.stubFor(post(urlEqualTo("/api/2.0/sql/statements"))
                .willReturn(ok().withTransformers(WarehouseOnDuckDb.NAME)));
    }

    /** The order id of every row, a row there twice listed twice. */
    List<String> orderIds() {
        return warehouse.query("SELECT order_id FROM " + TABLE).stream().map(row -> (String) row.get(0)).toList();
    }

    DatabricksOrderTableWriter writer() {
        return DatabricksOrderTableWriter.builder().workspace(stub.workspace()).warehouseId(WorkspaceStub.WAREHOUSE)
                .table(TABLE).build();
    }

    private static String type(ColumnType type) {
        return switch (type) {
            case STRING -> "VARCHAR";
            case INTEGER -> "INT";
            case DECIMAL -> "DECIMAL(10,2)";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP";
            default -> throw new IllegalArgumentException("no order column is of type " + type);
        };
    }
}
