package dev.orderlens.databricks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.search.IndexSyncReport;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.BackendException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatabricksIndexSyncTest {

    @RegisterExtension
    static final WorkspaceStub stub = new WorkspaceStub();

    static final String INDEXES = "/api/2.0/vector-search/indexes/";

    static String index(String name, String indexType, String pipelineType, String status) {
        String spec = indexType.equals("DELTA_SYNC")
                ? "\"delta_sync_index_spec\": {\"source_table\": \"main.shop.orders\", \"pipeline_type\": \""
                        + pipelineType + "\"}"
                : "\"direct_access_index_spec\": {\"embedding_vector_columns\": [{\"name\": \"v\", \"embedding_dimension\": 3}]}";
        return "{\"name\": \"" + name + "\", \"endpoint_name\": \"e\", \"index_type\": \"" + indexType
                + "\", \"primary_key\": \"id\", " + spec + ", \"status\": " + status + "}";
    }

    static void stubIndex(String name, String body) {
        stub.server.stubFor(get(INDEXES + name).willReturn(okJson(body)));
    }

    @Test
    void syncs_triggered_indexes_and_reports_every_index_with_its_state() {
        stubIndex("main.shop.orders_index", index("main.shop.orders_index", "DELTA_SYNC", "TRIGGERED",
                "{\"ready\": true, \"indexed_row_count\": 1200, \"detailed_state\": \"ONLINE_NO_PENDING_UPDATE\"}"));
        stubIndex("main.shop.docs_index", index("main.shop.docs_index", "DELTA_SYNC", "CONTINUOUS",
                "{\"ready\": true, \"indexed_row_count\": 80, \"message\": \"Index is ready\"}"));
        stubIndex("main.shop.direct_index", index("main.shop.direct_index", "DIRECT_ACCESS", null,
                "{\"ready\": false, \"indexed_row_count\": 0}"));
        stub.server.stubFor(get(INDEXES + "main.shop.gone_index").willReturn(aResponse().withStatus(404).withBody(
                "{\"error_code\": \"RESOURCE_DOES_NOT_EXIST\", \"message\": \"Index main.shop.gone_index does not exist\"}")));
        stub.server.stubFor(post(INDEXES + "main.shop.orders_index/sync").willReturn(okJson("{}")));

        List<IndexSyncReport> reports = DatabricksIndexSync.builder().workspace(stub.workspace())
                .indexNames(List.of("main.shop.orders_index", "main.shop.docs_index", "main.shop.direct_index",
                        "main.shop.gone_index")).build().sync();

        assertThat(reports).hasSize(4);
        assertThat(reports.subList(0, 3)).containsExactly(
                new IndexSyncReport("main.shop.orders_index", true, "ONLINE_NO_PENDING_UPDATE",
                        "sync started; 1200 rows indexed"),
                new IndexSyncReport("main.shop.docs_index", false, "READY",
                        "continuous pipeline keeps it current; 80 rows indexed (Index is ready)"),
                new IndexSyncReport("main.shop.direct_index", false, "NOT_READY",
                        "written directly by ingest; 0 rows indexed"));
        assertThat(reports.get(3)).satisfies(r -> {
            assertThat(r.synced()).isFalse();
            assertThat(r.state()).isEqualTo("FAILED");
            assertThat(r.detail()).contains("get vector index main.shop.gone_index").contains("HTTP 404")
                    .contains("RESOURCE_DOES_NOT_EXIST").doesNotContain(WorkspaceStub.TOKEN);
        });
        stub.server.verify(exactly(1), postRequestedFor(urlEqualTo(INDEXES + "main.shop.orders_index/sync")));
        stub.server.verify(exactly(1), postRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void a_refused_sync_is_reported_for_its_index() {
        stubIndex("main.shop.orders_index", index("main.shop.orders_index", "DELTA_SYNC", "TRIGGERED",
                "{\"ready\": true, \"indexed_row_count\": 5}"));
        stub.server.stubFor(post(INDEXES + "main.shop.orders_index/sync").willReturn(aResponse().withStatus(403)
                .withBody("{\"error_code\": \"PERMISSION_DENIED\", \"message\": \"no MODIFY on index\"}")));

        List<IndexSyncReport> reports = DatabricksIndexSync.builder().workspace(stub.workspace())
                .indexName("main.shop.orders_index").build().sync();

        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.synced()).isFalse();
            assertThat(r.detail()).contains("sync vector index main.shop.orders_index").contains("PERMISSION_DENIED");
        });
    }

    @Test
    void fails_when_the_workspace_cannot_be_asked_about_any_index() {
        stub.server.stubFor(get(INDEXES + "main.shop.orders_index").willReturn(aResponse().withStatus(503)));
        stub.server.stubFor(get(INDEXES + "main.shop.docs_index").willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> DatabricksIndexSync.builder().workspace(stub.workspace())
                .indexNames(List.of("main.shop.orders_index", "main.shop.docs_index")).build().sync())
                .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
    }

    @Test
    void index_names_are_checked() {
        assertThatThrownBy(() -> DatabricksIndexSync.builder().workspace(stub.workspace()).indexName("a/../b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabricksIndexSync.builder().workspace(stub.workspace()).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
