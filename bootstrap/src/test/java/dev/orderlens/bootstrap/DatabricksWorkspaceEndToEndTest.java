package dev.orderlens.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.orderlens.core.domain.Answer;
import dev.orderlens.core.domain.Passage;
import dev.orderlens.core.domain.RagAnswer;
import dev.orderlens.core.domain.SessionIds;
import dev.orderlens.core.domain.SqlAnswer;
import dev.orderlens.core.pipeline.AskCommand;
import dev.orderlens.testsupport.SharedTestHome;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Pointed at a Databricks workspace by settings alone, OrderLens answers in SQL and RAG mode through it. */
class DatabricksWorkspaceEndToEndTest {

    @RegisterExtension
    static final WireMockExtension WORKSPACE = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).resetOnEachTest(false).build();

    private static final String TOKEN = "dapi-test-token-0123456789";
    private static final String STATEMENTS = "/api/2.0/sql/statements";

    private static OrderLens orderLens;

    private static String statementResult(String columns, String rows) {
        return """
                {"statement_id": "stmt-1", "status": {"state": "SUCCEEDED"},
                 "manifest": {"format": "JSON_ARRAY", "schema": {"column_count": 2, "columns": %s},
                              "total_row_count": 2, "total_chunk_count": 1, "truncated": false,
                              "chunks": [{"chunk_index": 0, "row_offset": 0, "row_count": 2}]},
                 "result": {"chunk_index": 0, "row_offset": 0, "row_count": 2, "data_array": %s}}"""
                .formatted(columns, rows);
    }

    @BeforeAll
    static void start() {
        WORKSPACE.stubFor(post(urlEqualTo(STATEMENTS)).atPriority(5).willReturn(okJson(statementResult(
                "[{\"name\": \"carrier\", \"position\": 0, \"type_name\": \"STRING\"},"
                        + " {\"name\": \"late_deliveries\", \"position\": 1, \"type_name\": \"LONG\"}]",
                "[[\"FedEx\", \"412\"], [\"UPS\", \"120\"]]"))));
        WORKSPACE.stubFor(post(urlEqualTo(STATEMENTS)).atPriority(1)
                .withRequestBody(containing("DISTINCT")).willReturn(okJson(statementResult(
                        "[{\"name\": \"value\", \"position\": 0, \"type_name\": \"STRING\"},"
                                + " {\"name\": \"n\", \"position\": 1, \"type_name\": \"LONG\"}]",
                        "[[\"FedEx\", \"1\"], [\"UPS\", \"1\"]]"))));
        WORKSPACE.stubFor(post(urlEqualTo("/api/2.0/vector-search/indexes/main.support.analytics_index/query"))
                .willReturn(okJson("""
                        {"manifest": {"column_count": 4, "columns": [{"name": "id"}, {"name": "title"},
                                      {"name": "text"}, {"name": "score"}]},
                         "result": {"row_count": 1, "data_array": [["incident-fedex-southeast-2025-09",
                                    "FedEx Southeast disruption", "Hurricane Delia closed FedEx hubs in the Southeast, so deliveries were late.", 0.91]]}}""")));
        WORKSPACE.stubFor(post(urlEqualTo("/api/2.0/vector-search/indexes/main.support.orders_index/query"))
                .willReturn(okJson("""
                        {"manifest": {"column_count": 4, "columns": [{"name": "id"}, {"name": "title"},
                                      {"name": "text"}, {"name": "score"}]},
                         "result": {"row_count": 0, "data_array": []}}""")));
        WORKSPACE.stubFor(post(urlEqualTo(STATEMENTS)).atPriority(1)
                .withRequestBody(containing("message_feedback")).willReturn(aResponse().withStatus(503)));

        orderLens = OrderLensWiring.start(Map.of(
                "ORDERLENS_HOME", SharedTestHome.path().resolve("databricks").toString(),
                "DATABRICKS_HOST", WORKSPACE.baseUrl(),
                "DATABRICKS_TOKEN", TOKEN,
                "DATABRICKS_SQL_URL", "/sql/1.0/warehouses/abc123def456",
                "ORDERLENS_ORDERS_TABLE", "main.support.orders",
                "ORDERLENS_ORDERS_INDEX", "main.support.orders_index",
                "ORDERLENS_ANALYTICS_INDEX", "main.support.analytics_index",
                "ORDERLENS_FEEDBACK_TABLE", "main.support.message_feedback"), StartupListener.SILENT);
    }

    @AfterAll
    static void stop() {
        orderLens.close();
    }

    @Test
    void picks_the_databricks_backends_from_settings_alone() {
        assertThat(orderLens.backends()).filteredOn(status -> status.port().startsWith("warehouse")
                        || status.port().startsWith("vector index") || status.port().equals("feedback store"))
                .allSatisfy(status -> {
                    assertThat(status.embedded()).isFalse();
                    assertThat(status.implementation()).startsWith("Databricks");
                    assertThat(status.target()).doesNotContain(TOKEN);
                });
    }

    @Test
    void answers_sql_questions_on_the_workspace_warehouse_in_databricks_sql() {
        Answer answer = orderLens.assistant().ask(
                new AskCommand("Which carrier was late most often in September 2025?", SessionIds.newId()));

        assertThat(answer).isInstanceOf(SqlAnswer.class);
        assertThat(((SqlAnswer) answer).result().rows().get(0)).containsExactly("FedEx", 412L);
        assertThat(((SqlAnswer) answer).sql()).contains("main.support.orders");
        WORKSPACE.verify(postRequestedFor(urlEqualTo(STATEMENTS))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(matchingJsonPath("$.warehouse_id", equalTo("abc123def456")))
                .withRequestBody(matchingJsonPath("$.statement", containing("FROM main.support.orders"))));
    }

    @Test
    void answers_rag_questions_from_the_workspace_vector_indexes_with_citations() {
        Answer answer = orderLens.assistant().ask(
                new AskCommand("Why were Southeast deliveries late in September?", SessionIds.newId()));

        assertThat(answer).isInstanceOf(RagAnswer.class);
        assertThat(((RagAnswer) answer).sources()).extracting(Passage::id)
                .contains("incident-fedex-southeast-2025-09");
        assertThat(answer.text()).contains("[1]").containsIgnoringCase("hurricane");
        WORKSPACE.verify(postRequestedFor(urlEqualTo("/api/2.0/vector-search/indexes/main.support.orders_index/query")));
    }
}
