package dev.orderlens.databricks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import dev.orderlens.core.port.SearchIndexSync;
import dev.orderlens.testsupport.SearchIndexSyncContract;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Databricks index sync passes the sync contract against Vector Search stubbed from the reference: an orders
 * index synced by a TRIGGERED pipeline, which is up to date once a sync of it was started, and an analytics index
 * whose CONTINUOUS pipeline keeps it current by itself. The contract cannot see what a pipeline then writes.
 */
class DatabricksIndexSyncContractTest extends SearchIndexSyncContract {

    @RegisterExtension
    static final WorkspaceStub stub = new WorkspaceStub();

    private static final String ORDERS = "main.shop.orders_index";
    private static final String ANALYTICS = "main.shop.analytics_index";
    private static final String INDEXES = "/api/2.0/vector-search/indexes/";

    @Override
    protected SearchIndexSync sync() {
        describe(ORDERS, "TRIGGERED");
        describe(ANALYTICS, "CONTINUOUS");
        stub.server.stubFor(post(urlEqualTo(INDEXES + ORDERS + "/sync")).willReturn(okJson("{}")));
        return DatabricksIndexSync.builder().workspace(stub.workspace()).indexNames(indexNames()).build();
    }

    @Override
    protected List<String> indexNames() {
        return List.of(ORDERS, ANALYTICS);
    }

    @Override
    protected boolean upToDate(String indexName) {
        return indexName.equals(ANALYTICS)
                || !stub.server.findAll(postRequestedFor(urlEqualTo(INDEXES + indexName + "/sync"))).isEmpty();
    }

    @Override
    protected SearchIndexSync syncWithOneIndexFailing() {
        SearchIndexSync sync = sync();
        stub.server.stubFor(get(urlEqualTo(INDEXES + ANALYTICS)).willReturn(aResponse().withStatus(404).withBody(
                "{\"error_code\": \"RESOURCE_DOES_NOT_EXIST\", \"message\": \"Index " + ANALYTICS
                        + " does not exist\"}")));
        return sync;
    }

    @Override
    protected String failingIndex() {
        return ANALYTICS;
    }

    @Override
    protected Optional<SearchIndexSync> syncOfUnreachableBackend() {
        SearchIndexSync sync = sync();
        for (String index : indexNames()) {
            stub.server.stubFor(get(urlEqualTo(INDEXES + index)).willReturn(aResponse().withStatus(503)));
        }
        return Optional.of(sync);
    }

    private static void describe(String index, String pipeline) {
        stub.server.stubFor(get(urlEqualTo(INDEXES + index)).willReturn(okJson(DatabricksIndexSyncTest.index(index,
                "DELTA_SYNC", pipeline, "{\"ready\": true, \"indexed_row_count\": 1200,"
                        + " \"detailed_state\": \"ONLINE_NO_PENDING_UPDATE\"}"))));
    }
}
