package dev.orderlens.local.duckdb;

import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.core.resilience.CircuitBreaker;
import dev.orderlens.core.resilience.CircuitBreakingSqlWarehouse;
import dev.orderlens.testsupport.SqlWarehouseContract;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The circuit-breaking decorator, wrapped around DuckDB, keeps the warehouse contract. */
class CircuitBreakingDuckDbWarehouseTest extends SqlWarehouseContract {

    @TempDir
    Path dir;

    private final List<DuckDbSqlWarehouse> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(DuckDbSqlWarehouse::close);
    }

    @Override
    protected SqlWarehouse warehouseReturning(String sql, SqlResult expected) {
        return breaking(TestDatabases.createTable(dir.resolve("scenario.duckdb"), TABLE, expected));
    }

    @Override
    protected SqlWarehouse warehouseFailing(String sql, String errorMessage) {
        return breaking(TestDatabases.failingOnRead(dir.resolve("failing.duckdb"), TABLE, errorMessage));
    }

    private SqlWarehouse breaking(Path file) {
        DuckDbSqlWarehouse warehouse = DuckDbSqlWarehouse.builder().databaseFile(file).connections(1).build();
        opened.add(warehouse);
        return new CircuitBreakingSqlWarehouse(warehouse, CircuitBreaker.builder("DuckDB").build());
    }
}
