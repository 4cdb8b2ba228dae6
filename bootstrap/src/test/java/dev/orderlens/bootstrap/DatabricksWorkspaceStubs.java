package dev.orderlens.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.util.Map;

/** A stubbed Databricks workspace that answers the sample questions, and the settings that point OrderLens at it. */
final class DatabricksWorkspaceStubs {

    static final String TOKEN = "dapi-test-token-0123456789";
    static final String STATEMENTS = "/api/2.0/sql/statements";
    static final String ORDERS_INDEX_QUERY = "/api/2.0/vector-search/indexes/main.support.orders_index/query";
    static final String ANALYTICS_INDEX_QUERY = "/api/2.0/vector-search/indexes/main.support.analytics_index/query";
    /** Stubs at this priority win over the answering ones, except the catalog's DISTINCT queries. */
    static final int OVERRIDE = 2;

    private DatabricksWorkspaceStubs() {
    }

    static String statementResult(String columns, String rows) {
        return """
                {"statement_id": "stmt-1", "status": {"state": "SUCCEEDED"},
                 "manifest": {"format": "JSON_ARRAY", "schema": {"column_count": 2, "columns": %s},
                              "total_row_count": 2, "total_chunk_count": 1, "truncated": false,
                              "chunks": [{"chunk_index": 0, "row_offset": 0, "row_count": 2}]},
                 "result": {"chunk_index": 0, "row_offset": 0, "row_count": 2, "data_array": %s}}"""
                .formatted(columns, rows);
    }

    /** Carrier rows for every statement, values for the catalog, and one incident report from the indexes. */
    static void stubAnsweringWorkspace(WireMockExtension workspace) {
        workspace.stubFor(post(urlEqualTo(STATEMENTS)).atPriority(5).willReturn(okJson(statementResult(
                "[{\"name\": \"carrier\", \"position\": 0, \"type_name\": \"STRING\"},"
                        + " {\"name\": \"late_deliveries\", \"position\": 1, \"type_name\": \"LONG\"}]",
                "[[\"FedEx\", \"412\"], [\"UPS\", \"120\"]]"))));
        workspace.stubFor(post(urlEqualTo(STATEMENTS)).atPriority(1)
                .withRequestBody(containing("DISTINCT")).willReturn(okJson(statementResult(
                        "[{\"name\": \"value\", \"position\": 0, \"type_name\": \"STRING\"},"
                                + " {\"name\": \"n\", \"position\": 1, \"type_name\": \"LONG\"}]",
                        "[[\"FedEx\", \"1\"], [\"UPS\", \"1\"]]"))));
        workspace.stubFor(post(urlEqualTo(ANALYTICS_INDEX_QUERY)).willReturn(okJson("""
                {"manifest": {"column_count": 4, "columns": [{"name": "id"}, {"name": "title"},
                              {"name": "text"}, {"name": "score"}]},
                 "result": {"row_count": 1, "data_array": [["incident-fedex-southeast-2025-09",
                            "FedEx Southeast disruption", "Hurricane Delia closed FedEx hubs in the Southeast, so deliveries were late.", 0.91]]}}""")));
        workspace.stubFor(post(urlEqualTo(ORDERS_INDEX_QUERY)).willReturn(okJson("""
                {"manifest": {"column_count": 4, "columns": [{"name": "id"}, {"name": "title"},
                              {"name": "text"}, {"name": "score"}]},
                 "result": {"row_count": 0, "data_array": []}}""")));
    }

    /** Settings pointing at the stubbed workspace, with OrderLens's files under {@code home}. */
    static Map<String, String> settings(WireMockExtension workspace, Path home) {
        return Map.of(
                "ORDERLENS_HOME", home.toString(),
                "DATABRICKS_HOST", workspace.baseUrl(),
                "DATABRICKS_TOKEN", TOKEN,
                "DATABRICKS_SQL_URL", "/sql/1.0/warehouses/abc123def456",
                "ORDERLENS_ORDERS_TABLE", "main.support.orders",
                "ORDERLENS_ORDERS_INDEX", "main.support.orders_index",
                "ORDERLENS_ANALYTICS_INDEX", "main.support.analytics_index",
                "ORDERLENS_FEEDBACK_TABLE", "main.support.message_feedback");
    }
}
