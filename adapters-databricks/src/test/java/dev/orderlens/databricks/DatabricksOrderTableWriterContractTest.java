package dev.orderlens.databricks;

import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.port.OrderTableWriter;
import dev.orderlens.testsupport.OrderTableWriterContract;
import dev.orderlens.testsupport.WarehouseOnDuckDb;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Databricks writer passes the order table contract against a workspace whose warehouse runs the statements it
 * sends on DuckDB. Its writes are all or none per MERGE statement only: the Statement Execution API has no
 * transaction spanning statements.
 */
class DatabricksOrderTableWriterContractTest extends OrderTableWriterContract {

    private static final WarehouseOnDuckDb WAREHOUSE = new WarehouseOnDuckDb();

    @RegisterExtension
    static final WorkspaceStub stub = WorkspaceStub.withExtensions(WAREHOUSE);

    private final OrdersTableOnDuckDb orders = new OrdersTableOnDuckDb(stub, WAREHOUSE);

    @Override
    protected OrderTableWriter writerOver(List<Map<OrderColumn, Object>> rows) {
        orders.holding(rows);
        return orders.writer();
    }

    @Override
    protected List<String> orderIdsInTable() {
        return orders.orderIds();
    }

    @Override
    protected Atomicity atomicity() {
        return Atomicity.PER_STATEMENT;
    }
}
