package dev.orderlens.local.duckdb;

import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.port.OrderTableWriter;
import dev.orderlens.testsupport.OrderTableWriterContract;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The DuckDB writer passes the order table contract on the sample dataset's orders table, one transaction a write. */
class DuckDbOrderTableWriterContractTest extends OrderTableWriterContract {

    @TempDir
    static Path templateDir;

    private static Path template;

    @TempDir
    Path dir;

    private DuckDbSqlWarehouse warehouse;

    @BeforeAll
    static void emptyTable() {
        template = SeededOrdersFiles.emptySampleTable(templateDir);
    }

    @AfterEach
    void close() {
        if (warehouse != null) {
            warehouse.close();
        }
    }

    @Override
    protected OrderTableWriter writerOver(List<Map<OrderColumn, Object>> rows) {
        Path file = SeededOrdersFiles.holding(template, dir.resolve("orders.duckdb"), rows);
        warehouse = DuckDbSqlWarehouse.builder().databaseFile(file).connections(2).build();
        return DuckDbOrderTableWriter.of(warehouse, "orders");
    }

    @Override
    protected List<String> orderIdsInTable() {
        return warehouse.execute(new SqlQuery("SELECT order_id FROM orders", 1_000, Duration.ofSeconds(10))).rows()
                .stream().map(row -> (String) row.get(0)).toList();
    }
}
