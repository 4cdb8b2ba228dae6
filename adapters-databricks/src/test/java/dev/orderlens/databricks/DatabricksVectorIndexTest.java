package dev.orderlens.databricks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.search.VectorQuery;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.databricks.DatabricksVectorIndex.QueryMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatabricksVectorIndexTest {

    @RegisterExtension
    static final WorkspaceStub stub = new WorkspaceStub();

    static final String INDEX = "customer_suppport_agent.raw.analytics_index";
    static final String QUERY_PATH = "/api/2.0/vector-search/indexes/" + INDEX + "/query";

    static final String RESPONSE = """
            {
              "manifest": {
                "column_count": 5,
                "columns": [ { "name": "chunk_id" }, { "name": "doc_title" }, { "name": "content" },
                             { "name": "doc_kind", "type_text": "string" }, { "name": "score" } ]
              },
              "result": {
                "row_count": 3,
                "data_array": [
                  [ "c-101", "Carrier scorecard September 2025", "FedEx late deliveries rose in the Southeast ...", "scorecard", 0.8421 ],
                  [ 207, null, "Hurricane disruption 2025-09-08..19 ...", null, 0.7312 ],
                  [ "c-300", "Returns policy", "Items can be returned within 30 days ...", "policy", 0.5 ]
                ]
              },
              "next_page_token": ""
            }""";

    DatabricksVectorIndex.Builder index() {
        return DatabricksVectorIndex.builder().workspace(stub.workspace()).indexName(INDEX).name("analytics")
                .idColumn("chunk_id").titleColumn("doc_title").textColumn("content")
                .metadataColumns(List.of("doc_kind"));
    }

    @Test
    void text_query_sends_columns_num_results_and_filters_as_a_json_string() {
        stub.server.stubFor(post(QUERY_PATH).willReturn(okJson(RESPONSE)));

        index().build().search(new VectorQuery("late FedEx deliveries", new float[] {0.5f}, 5,
                Map.of("doc_kind", "scorecard", "year", "2025")));

        stub.server.verify(postRequestedFor(urlEqualTo(QUERY_PATH))
                .withHeader("Authorization", equalTo("Bearer " + WorkspaceStub.TOKEN))
                .withRequestBody(equalToJson("""
                        {
                          "columns": ["chunk_id", "doc_title", "content", "doc_kind"],
                          "query_text": "late FedEx deliveries",
                          "num_results": 5,
                          "filters_json": "{\\"doc_kind\\":\\"scorecard\\",\\"year\\":\\"2025\\"}"
                        }""")));
    }

    @Test
    void maps_rows_to_passages_by_column_name_with_the_score() {
        stub.server.stubFor(post(QUERY_PATH).willReturn(okJson(RESPONSE)));

        List<Passage> passages = index().build().search(new VectorQuery("late FedEx deliveries", null, 5));

        assertThat(passages).containsExactly(
                new Passage("c-101", "analytics", "Carrier scorecard September 2025",
                        "FedEx late deliveries rose in the Southeast ...", 0.8421, Map.of("doc_kind", "scorecard")),
                new Passage("207", "analytics", "207", "Hurricane disruption 2025-09-08..19 ...", 0.7312, Map.of()),
                new Passage("c-300", "analytics", "Returns policy", "Items can be returned within 30 days ...", 0.5,
                        Map.of("doc_kind", "policy")));
    }

    @Test
    void takes_the_last_value_as_score_when_the_manifest_does_not_list_it() {
        stub.server.stubFor(post(QUERY_PATH).willReturn(okJson("""
                {
                  "manifest": { "column_count": 3, "columns": [ { "name": "id" }, { "name": "text" }, { "name": "text_vector" } ] },
                  "result": { "data_array": [ [ "1", "Databricks Vector Search", [ 1, 2, 3 ], 0.91 ] ], "row_count": 1 }
                }""")));
        DatabricksVectorIndex index = DatabricksVectorIndex.builder().workspace(stub.workspace()).indexName(INDEX)
                .titleColumn(null).metadataColumns(List.of("text_vector")).build();

        List<Passage> passages = index.search(new VectorQuery("vector search", null, 3));

        assertThat(passages).singleElement().satisfies(passage -> {
            assertThat(passage.score()).isEqualTo(0.91);
            assertThat(passage.text()).isEqualTo("Databricks Vector Search");
            assertThat(passage.metadata()).containsEntry("text_vector", "[1,2,3]");
            assertThat(passage.index()).isEqualTo(INDEX);
        });
    }

    @Test
    void returns_at_most_top_k_passages() {
        stub.server.stubFor(post(QUERY_PATH).willReturn(okJson(RESPONSE)));

        assertThat(index().build().search(new VectorQuery("returns", null, 2))).hasSize(2);
    }

    @Test
    void empty_result_without_data_array_is_no_passages() {
        stub.server.stubFor(post(QUERY_PATH).willReturn(okJson(
                "{\"manifest\": {\"column_count\": 1, \"columns\": [{\"name\": \"score\"}]}, \"result\": {\"row_count\": 0}}")));

        assertThat(index().build().search(new VectorQuery("nothing", null, 5))).isEmpty();
    }

    @Test
    void vector_mode_sends_the_query_vector() {
        stub.server.stubFor(post(QUERY_PATH).willReturn(okJson(RESPONSE)));

        index().queryMode(QueryMode.VECTOR).scoreThreshold(0.5).build()
                .search(new VectorQuery("ignored text", new float[] {0.25f, -0.5f, 1.0f}, 3));

        stub.server.verify(postRequestedFor(urlEqualTo(QUERY_PATH)).withRequestBody(equalToJson("""
                {
                  "columns": ["chunk_id", "doc_title", "content", "doc_kind"],
                  "query_vector": [0.25, -0.5, 1.0],
                  "num_results": 3,
                  "score_threshold": 0.5
                }""")));
    }

    @Test
    void hybrid_mode_sends_text_and_vector_with_query_type_hybrid_capped_at_200() {
        stub.server.stubFor(post(QUERY_PATH).willReturn(okJson(RESPONSE)));

        index().queryMode(QueryMode.HYBRID).build()
                .search(new VectorQuery("Nimbus X2 battery recall", new float[] {0.5f}, 500));

        stub.server.verify(postRequestedFor(urlEqualTo(QUERY_PATH)).withRequestBody(equalToJson("""
                {
                  "columns": ["chunk_id", "doc_title", "content", "doc_kind"],
                  "query_text": "Nimbus X2 battery recall",
                  "query_vector": [0.5],
                  "query_type": "HYBRID",
                  "num_results": 200
                }""")));
    }

    @Test
    void unknown_index_is_rejected_naming_the_index() {
        stub.server.stubFor(post(QUERY_PATH).willReturn(aResponse().withStatus(404).withBody(
                "{\"error_code\": \"RESOURCE_DOES_NOT_EXIST\", \"message\": \"Index not found\"}")));

        assertThatThrownBy(() -> index().build().search(new VectorQuery("x", null, 5)))
                .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED))
                .hasMessageContaining("vector search query on " + INDEX)
                .hasMessageContaining("RESOURCE_DOES_NOT_EXIST");
        stub.server.verify(exactly(1), postRequestedFor(urlEqualTo(QUERY_PATH)));
    }

    @Test
    void retries_a_throttled_query() {
        stub.server.stubFor(post(QUERY_PATH).inScenario("throttled").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
        stub.server.stubFor(post(QUERY_PATH).inScenario("throttled").whenScenarioStateIs("ok")
                .willReturn(okJson(RESPONSE)));

        assertThat(index().build().search(new VectorQuery("x", null, 5))).hasSize(3);
        assertThat(stub.sleeps).containsExactly(java.time.Duration.ofSeconds(1));
    }

    @Test
    void reports_its_configured_name() {
        assertThat(index().build().name()).isEqualTo("analytics");
    }
}
