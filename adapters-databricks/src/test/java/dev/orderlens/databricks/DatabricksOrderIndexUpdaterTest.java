package dev.orderlens.databricks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.orderlens.core.domain.order.OrderChange;
import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.EmbeddingModel;
import dev.orderlens.core.port.OrderTableWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatabricksOrderIndexUpdaterTest {

    @RegisterExtension
    static final WorkspaceStub stub = new WorkspaceStub();

    static final String INDEX = "main.shop.orders_index";
    static final String INDEX_PATH = "/api/2.0/vector-search/indexes/" + INDEX;

    static final String TRIGGERED = """
            {
              "name": "main.shop.orders_index",
              "endpoint_name": "orders-endpoint",
              "index_type": "DELTA_SYNC",
              "primary_key": "order_id",
              "delta_sync_index_spec": {
                "source_table": "main.shop.orders",
                "pipeline_type": "TRIGGERED",
                "pipeline_id": "f4eaf1c8-28f9-4ad7-a2f2-a6c8f9eb0b0e",
                "embedding_source_columns": [ { "name": "text", "embedding_model_endpoint_name": "e5-small-v2" } ]
              },
              "status": { "ready": true, "indexed_row_count": 1200, "message": "Index is ready", "index_url": "..." }
            }""";
    static final String CONTINUOUS = TRIGGERED.replace("TRIGGERED", "CONTINUOUS");
    static final String DIRECT = """
            {
              "name": "main.shop.orders_index",
              "endpoint_name": "orders-endpoint",
              "index_type": "DIRECT_ACCESS",
              "primary_key": "order_id",
              "direct_access_index_spec": {
                "embedding_vector_columns": [ { "name": "text_vector", "embedding_dimension": 3 } ],
                "schema_json": "{\\"order_id\\": \\"string\\", \\"text\\": \\"string\\", \\"text_vector\\": \\"array<float>\\", \\"status\\": \\"string\\", \\"order_total\\": \\"double\\", \\"support_tickets\\": \\"long\\", \\"promised_date\\": \\"date\\"}"
              },
              "status": { "ready": true, "indexed_row_count": 42 }
            }""";
    static final String UPSERTED = "{\"status\": \"SUCCESS\", \"result\": {\"success_row_count\": 2, \"failed_primary_keys\": []}}";

    /** The orders table as the writer left it. */
    static final class Orders implements OrderTableWriter {
        final Map<String, Map<OrderColumn, Object>> rows = new LinkedHashMap<>();
        final List<List<String>> reads = new ArrayList<>();

        void put(String id, String status, String total, long tickets, String note) {
            Map<OrderColumn, Object> row = new EnumMap<>(OrderColumn.class);
            row.put(OrderColumn.ORDER_ID, id);
            row.put(OrderColumn.STATUS, status);
            row.put(OrderColumn.ORDER_TOTAL, new BigDecimal(total));
            row.put(OrderColumn.SUPPORT_TICKETS, tickets);
            row.put(OrderColumn.PROMISED_DATE, LocalDate.of(2026, 1, 9));
            row.put(OrderColumn.SUPPORT_NOTE, note);
            row.put(OrderColumn.CARRIER, "UPS");
            rows.put(id, row);
        }

        @Override
        public Map<String, Map<OrderColumn, Object>> read(Collection<String> orderIds) {
            reads.add(List.copyOf(orderIds));
            Map<String, Map<OrderColumn, Object>> found = new LinkedHashMap<>();
            orderIds.stream().filter(rows::containsKey).forEach(id -> found.put(id, rows.get(id)));
            return found;
        }

        @Override
        public void write(List<OrderChange> changes) {
            throw new UnsupportedOperationException("the updater only reads");
        }
    }

    /** Vectors that say which text they were made from: its length, then two fixed values. */
    static final class LengthEmbeddings implements EmbeddingModel {
        final int dimension;

        LengthEmbeddings(int dimension) {
            this.dimension = dimension;
        }

        @Override
        public float[] embed(String text) {
            float[] vector = new float[dimension];
            vector[0] = text.length();
            for (int i = 1; i < dimension; i++) {
                vector[i] = 0.5f;
            }
            return vector;
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            return texts.stream().map(this::embed).toList();
        }

        @Override
        public int dimension() {
            return dimension;
        }

        @Override
        public String modelName() {
            return "length";
        }
    }

    final Orders orders = new Orders();

    DatabricksOrderIndexUpdater.Builder updaterBuilder() {
        return DatabricksOrderIndexUpdater.builder().workspace(stub.workspace()).indexName(INDEX).orderTable(orders)
                .embeddingModel(new LengthEmbeddings(3))
                .text(row -> row.get("status") + ": " + row.get("support_note"));
    }

    static List<OrderChange> changes(String... ids) {
        List<OrderChange> changes = new ArrayList<>();
        for (String id : ids) {
            changes.add(new OrderChange(id, true, Map.of("status", "SHIPPED")));
        }
        return changes;
    }

    @Test
    void starts_a_sync_of_a_triggered_delta_sync_index_and_describes_it_only_once() {
        stub.server.stubFor(get(INDEX_PATH).willReturn(okJson(TRIGGERED)));
        stub.server.stubFor(post(INDEX_PATH + "/sync").willReturn(okJson("{}")));
        DatabricksOrderIndexUpdater updater = updaterBuilder().build();

        updater.update(changes("o-1"));
        updater.update(changes("o-2"));

        stub.server.verify(exactly(1), getRequestedFor(urlEqualTo(INDEX_PATH)));
        stub.server.verify(exactly(2), postRequestedFor(urlEqualTo(INDEX_PATH + "/sync"))
                .withHeader("Authorization", equalTo("Bearer " + WorkspaceStub.TOKEN))
                .withRequestBody(equalToJson("{}")));
        assertThat(orders.reads).isEmpty();
    }

    @Test
    void leaves_a_continuous_delta_sync_index_to_its_pipeline() {
        stub.server.stubFor(get(INDEX_PATH).willReturn(okJson(CONTINUOUS)));

        updaterBuilder().build().update(changes("o-1"));

        stub.server.verify(exactly(0), postRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void upserts_whole_rows_read_back_from_the_table_into_a_direct_access_index() throws Exception {
        stub.server.stubFor(get(INDEX_PATH).willReturn(okJson(DIRECT)));
        stub.server.stubFor(post(INDEX_PATH + "/upsert-data").willReturn(okJson(UPSERTED)));
        orders.put("o-1", "SHIPPED", "59.70", 1, "asked twice");
        orders.put("o-2", "DELIVERED", "5.00", 0, null);

        updaterBuilder().build().update(changes("o-1", "o-2", "o-gone"));

        assertThat(orders.reads).containsExactly(List.of("o-1", "o-2", "o-gone"));
        JsonNode body = new ObjectMapper().readTree(stub.server.getAllServeEvents().get(0).getRequest()
                .getBodyAsString());
        assertThat(body.get("inputs_json").isTextual()).isTrue();
        assertThat(new ObjectMapper().readTree(body.get("inputs_json").asText())).isEqualTo(new ObjectMapper()
                .readTree("""
                        [ {"order_id": "o-1", "order_total": 59.7, "status": "SHIPPED", "promised_date": "2026-01-09",
                           "support_tickets": 1, "text": "SHIPPED: asked twice", "text_vector": [20.0, 0.5, 0.5]},
                          {"order_id": "o-2", "order_total": 5.0, "status": "DELIVERED", "promised_date": "2026-01-09",
                           "support_tickets": 0, "text": "DELIVERED: null", "text_vector": [15.0, 0.5, 0.5]} ]"""));
    }

    @Test
    void upserts_in_bounded_batches() {
        stub.server.stubFor(get(INDEX_PATH).willReturn(okJson(DIRECT)));
        stub.server.stubFor(post(INDEX_PATH + "/upsert-data").willReturn(okJson(UPSERTED)));
        orders.put("o-1", "SHIPPED", "1.00", 0, "a");
        orders.put("o-2", "SHIPPED", "1.00", 0, "b");
        orders.put("o-3", "SHIPPED", "1.00", 0, "c");

        updaterBuilder().rowsPerUpsert(2).build().update(changes("o-1", "o-2", "o-3"));

        stub.server.verify(exactly(2), postRequestedFor(urlEqualTo(INDEX_PATH + "/upsert-data")));
    }

    @Test
    void surfaces_a_partial_success_with_the_failed_keys() {
        stub.server.stubFor(get(INDEX_PATH).willReturn(okJson(DIRECT)));
        stub.server.stubFor(post(INDEX_PATH + "/upsert-data").willReturn(okJson(
                "{\"status\": \"PARTIAL_SUCCESS\", \"result\": {\"success_row_count\": 1, \"failed_primary_keys\": [\"o-2\"]}}")));
        orders.put("o-1", "SHIPPED", "1.00", 0, "a");
        orders.put("o-2", "SHIPPED", "1.00", 0, "b");

        assertThatThrownBy(() -> updaterBuilder().build().update(changes("o-1", "o-2")))
                .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED))
                .hasMessageContaining("PARTIAL_SUCCESS").hasMessageContaining("1 of 2 rows")
                .hasMessageContaining("o-2").hasMessageContaining(INDEX);
    }

    @Test
    void retries_a_throttled_upsert() {
        stub.server.stubFor(get(INDEX_PATH).willReturn(okJson(DIRECT)));
        stub.server.stubFor(post(INDEX_PATH + "/upsert-data").inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429)).willSetStateTo("ok"));
        stub.server.stubFor(post(INDEX_PATH + "/upsert-data").inScenario("busy").whenScenarioStateIs("ok")
                .willReturn(okJson(UPSERTED)));
        orders.put("o-1", "SHIPPED", "1.00", 0, "a");

        updaterBuilder().build().update(changes("o-1"));

        stub.server.verify(exactly(2), postRequestedFor(urlEqualTo(INDEX_PATH + "/upsert-data")));
    }

    @Test
    void refuses_vectors_of_another_dimension_than_the_index() {
        stub.server.stubFor(get(INDEX_PATH).willReturn(okJson(DIRECT)));
        orders.put("o-1", "SHIPPED", "1.00", 0, "a");

        assertThatThrownBy(() -> updaterBuilder().embeddingModel(new LengthEmbeddings(4)).build()
                .update(changes("o-1")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("4 dimensions")
                .hasMessageContaining("holds 3");
        stub.server.verify(exactly(0), postRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void a_direct_access_index_needs_a_table_an_embedding_model_and_a_text() {
        stub.server.stubFor(get(INDEX_PATH).willReturn(okJson(DIRECT)));

        assertThatThrownBy(() -> DatabricksOrderIndexUpdater.builder().workspace(stub.workspace()).indexName(INDEX)
                .build().update(changes("o-1")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Direct Vector Access");
    }

    @Test
    void a_missing_index_is_rejected_and_described_again_next_time() {
        stub.server.stubFor(get(INDEX_PATH).willReturn(aResponse().withStatus(404).withBody(
                "{\"error_code\": \"RESOURCE_DOES_NOT_EXIST\", \"message\": \"Index main.shop.orders_index does not exist\"}")));
        DatabricksOrderIndexUpdater updater = updaterBuilder().build();

        assertThatThrownBy(() -> updater.update(changes("o-1")))
                .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED))
                .hasMessageContaining("RESOURCE_DOES_NOT_EXIST");
        assertThatThrownBy(() -> updater.update(changes("o-1"))).isInstanceOf(BackendException.class);
        stub.server.verify(exactly(2), getRequestedFor(urlEqualTo(INDEX_PATH)));
    }

    @Test
    void no_changes_need_no_call() {
        updaterBuilder().build().update(List.of());

        assertThat(stub.server.getAllServeEvents()).isEmpty();
    }
}
