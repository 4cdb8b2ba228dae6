package dev.orderlens.databricks;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.port.OrderIndexUpdater;
import dev.orderlens.core.port.OrderTableWriter;
import dev.orderlens.testsupport.OrderIndexUpdaterContract;
import dev.orderlens.testsupport.WarehouseOnDuckDb;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Databricks updater passes the order index contract for a Direct Vector Access index, the kind it writes
 * itself: it reads the changed orders back from a warehouse that runs its statements on DuckDB and upserts them
 * into an index that keeps what it is sent. For a Delta Sync index the updater only starts a sync (TRIGGERED) or
 * does nothing (CONTINUOUS); what the index then holds is the pipeline's work, which no stub can stand for, so
 * those stay covered by {@link DatabricksOrderIndexUpdaterTest}'s checks of the requests sent.
 */
class DatabricksOrderIndexUpdaterContractTest extends OrderIndexUpdaterContract {

    private static final String INDEX = "contract.shop.orders_index";
    private static final String INDEX_PATH = "/api/2.0/vector-search/indexes/" + INDEX;
    private static final String DIRECT_ACCESS = """
            {
              "name": "contract.shop.orders_index",
              "endpoint_name": "orders-endpoint",
              "index_type": "DIRECT_ACCESS",
              "primary_key": "order_id",
              "direct_access_index_spec": {
                "embedding_vector_columns": [ { "name": "text_vector", "embedding_dimension": 3 } ],
                "schema_json": "{\\"order_id\\": \\"string\\", \\"text\\": \\"string\\", \\"text_vector\\": \\"array<float>\\", \\"status\\": \\"string\\", \\"carrier\\": \\"string\\", \\"order_total\\": \\"double\\", \\"support_tickets\\": \\"long\\", \\"promised_date\\": \\"date\\"}"
              },
              "status": { "ready": true, "indexed_row_count": 0 }
            }""";

    private static final WarehouseOnDuckDb WAREHOUSE = new WarehouseOnDuckDb();
    private static final DirectAccessIndexInMemory ROWS = new DirectAccessIndexInMemory("order_id", "text_vector", 3);

    @RegisterExtension
    static final WorkspaceStub stub = WorkspaceStub.withExtensions(WAREHOUSE, ROWS);

    @Override
    protected IndexedOrders indexedOrdersOver(List<Map<OrderColumn, Object>> rows) {
        OrdersTableOnDuckDb orders = new OrdersTableOnDuckDb(stub, WAREHOUSE);
        orders.holding(rows);
        ROWS.clear();
        stub.server.stubFor(get(urlEqualTo(INDEX_PATH)).willReturn(okJson(DIRECT_ACCESS)));
        stub.server.stubFor(post(urlEqualTo(INDEX_PATH + "/upsert-data"))
                .willReturn(ok().withTransformers(DirectAccessIndexInMemory.NAME)));
        OrderTableWriter table = orders.writer();
        OrderIndexUpdater updater = DatabricksOrderIndexUpdater.builder().workspace(stub.workspace()).indexName(INDEX)
                .orderTable(table).embeddingModel(new DatabricksOrderIndexUpdaterTest.LengthEmbeddings(3))
                .text(row -> row.get("product_name") + "\n" + row.get("support_note")).build();
        return new IndexedOrders(table, updater, word -> ROWS.rows().entrySet().stream()
                .filter(row -> words(row.getValue().get("text")).contains(word.toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getKey).collect(Collectors.toSet()), () -> ROWS.rows().size());
    }

    private static Set<String> words(Object text) {
        return Arrays.stream(String.valueOf(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .collect(Collectors.toSet());
    }
}
