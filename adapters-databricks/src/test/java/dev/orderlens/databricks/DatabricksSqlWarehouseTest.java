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

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.BackendException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatabricksSqlWarehouseTest {

    @RegisterExtension
    static final WorkspaceStub stub = new WorkspaceStub();

    static final String STATEMENTS = "/api/2.0/sql/statements";
    static final String ID = "01ee4b3f-4f56-1648-825a-c261d31be5f1";
    static final String SQL = "SELECT id, name, amount, created_at FROM main.sales.orders LIMIT 100";

    static final String SUCCEEDED = """
            {
              "statement_id": "01ee4b3f-4f56-1648-825a-c261d31be5f1",
              "status": { "state": "SUCCEEDED" },
              "manifest": {
                "format": "JSON_ARRAY",
                "schema": {
                  "column_count": 4,
                  "columns": [
                    { "name": "id",         "position": 0, "type_name": "LONG",      "type_text": "BIGINT" },
                    { "name": "name",       "position": 1, "type_name": "STRING",    "type_text": "STRING" },
                    { "name": "amount",     "position": 2, "type_name": "DECIMAL",   "type_text": "DECIMAL(18,2)", "type_precision": 18, "type_scale": 2 },
                    { "name": "created_at", "position": 3, "type_name": "TIMESTAMP", "type_text": "TIMESTAMP" }
                  ]
                },
                "total_row_count": 3,
                "total_chunk_count": 1,
                "chunks": [ { "chunk_index": 0, "row_offset": 0, "row_count": 3 } ],
                "truncated": false
              },
              "result": {
                "chunk_index": 0,
                "row_offset": 0,
                "row_count": 3,
                "data_array": [
                  [ "1", "alpha", "10.50", "2024-03-01T10:15:00.000Z" ],
                  [ "2", "beta",  null,    "2024-03-02T08:00:00.000Z" ],
                  [ "3", null,    "0.00",  null ]
                ]
              }
            }""";

    static final String PENDING = "{\"statement_id\": \"" + ID + "\", \"status\": {\"state\": \"PENDING\"}}";
    static final String RUNNING = "{\"statement_id\": \"" + ID + "\", \"status\": {\"state\": \"RUNNING\"}}";

    DatabricksSqlWarehouse warehouse(DatabricksWorkspace workspace) {
        return DatabricksSqlWarehouse.builder().workspace(workspace).warehouseId(WorkspaceStub.WAREHOUSE)
                .pollInterval(Duration.ofMillis(5), Duration.ofMillis(20)).build();
    }

    DatabricksSqlWarehouse warehouse() {
        return warehouse(stub.workspace());
    }

    static SqlQuery query(int maxRows) {
        return new SqlQuery(SQL, maxRows, Duration.ofSeconds(30));
    }

    @Test
    void statement_that_finishes_at_once_returns_typed_rows_with_nulls_kept() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(SUCCEEDED)));

        SqlResult result = warehouse().execute(query(100));

        assertThat(result.columns()).containsExactly(new Column("id", ColumnType.INTEGER),
                new Column("name", ColumnType.STRING), new Column("amount", ColumnType.DECIMAL),
                new Column("created_at", ColumnType.TIMESTAMP));
        assertThat(result.rows()).containsExactly(
                List.of(1L, "alpha", new BigDecimal("10.50"), LocalDateTime.of(2024, 3, 1, 10, 15)),
                Arrays.asList(2L, "beta", null, LocalDateTime.of(2024, 3, 2, 8, 0)),
                Arrays.asList(3L, null, new BigDecimal("0.00"), null));
        assertThat(result.totalRows()).isEqualTo(3);
        assertThat(result.truncated()).isFalse();
        stub.server.verify(exactly(0), getRequestedFor(urlPathMatching("/api/.*")));
    }

    @Test
    void submits_the_statement_with_every_field_the_api_expects() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(SUCCEEDED)));

        warehouse().execute(query(100));

        stub.server.verify(postRequestedFor(urlEqualTo(STATEMENTS))
                .withHeader("Authorization", equalTo("Bearer " + WorkspaceStub.TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {
                          "statement": "%s",
                          "warehouse_id": "abcdef0123456789",
                          "wait_timeout": "10s",
                          "on_wait_timeout": "CONTINUE",
                          "disposition": "INLINE",
                          "format": "JSON_ARRAY",
                          "row_limit": 100000
                        }""".formatted(SQL))));
    }

    @Test
    void binds_named_parameters_as_typed_strings_never_in_the_sql_text() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(SUCCEEDED)));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("carrier", "FedEx' OR 1=1 --");
        parameters.put("since", LocalDate.of(2025, 9, 1));
        parameters.put("min_total", new BigDecimal("10.50"));
        parameters.put("late", true);
        parameters.put("note", null);

        warehouse().execute(new SqlQuery("SELECT * FROM t WHERE carrier = :carrier", 10, Duration.ofSeconds(30)),
                parameters);

        stub.server.verify(postRequestedFor(urlEqualTo(STATEMENTS)).withRequestBody(equalToJson("""
                {
                  "statement": "SELECT * FROM t WHERE carrier = :carrier",
                  "parameters": [
                    { "name": "carrier",   "value": "FedEx' OR 1=1 --", "type": "STRING" },
                    { "name": "since",     "value": "2025-09-01",       "type": "DATE" },
                    { "name": "min_total", "value": "10.50",            "type": "DECIMAL(4,2)" },
                    { "name": "late",      "value": "true",             "type": "BOOLEAN" },
                    { "name": "note",                                   "type": "STRING" }
                  ]
                }""", true, true)));
    }

    @Test
    void polls_a_pending_then_running_statement_until_it_succeeds() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(PENDING)));
        stub.server.stubFor(get(STATEMENTS + "/" + ID).inScenario("lifecycle").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(RUNNING)).willSetStateTo("running"));
        stub.server.stubFor(get(STATEMENTS + "/" + ID).inScenario("lifecycle").whenScenarioStateIs("running")
                .willReturn(okJson(RUNNING)).willSetStateTo("done"));
        stub.server.stubFor(get(STATEMENTS + "/" + ID).inScenario("lifecycle").whenScenarioStateIs("done")
                .willReturn(okJson(SUCCEEDED)));

        SqlResult result = warehouse().execute(query(100));

        assertThat(result.rows()).hasSize(3);
        stub.server.verify(exactly(3), getRequestedFor(urlEqualTo(STATEMENTS + "/" + ID)));
        assertThat(stub.sleeps).containsExactly(Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(20));
    }

    static final String CHUNKED_FIRST = """
            {
              "statement_id": "01ee4b3f-4f56-1648-825a-c261d31be5f1",
              "status": { "state": "SUCCEEDED" },
              "manifest": {
                "format": "JSON_ARRAY",
                "schema": { "column_count": 1, "columns": [ { "name": "id", "type_name": "LONG", "type_text": "BIGINT" } ] },
                "total_row_count": 6,
                "total_chunk_count": 3,
                "chunks": [
                  { "row_count": 2 },
                  { "chunk_index": 1, "row_offset": 2, "row_count": 2 },
                  { "chunk_index": 2, "row_offset": 4, "row_count": 2 }
                ]
              },
              "result": {
                "row_count": 2,
                "data_array": [ ["0"], ["1"] ],
                "next_chunk_index": 1,
                "next_chunk_internal_link": "/api/2.0/sql/statements/01ee4b3f-4f56-1648-825a-c261d31be5f1/result/chunks/1?row_offset=2"
              }
            }""";

    static void stubChunks() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(CHUNKED_FIRST)));
        stub.server.stubFor(get(urlEqualTo(STATEMENTS + "/" + ID + "/result/chunks/1?row_offset=2")).willReturn(okJson("""
                { "chunk_index": 1, "row_offset": 2, "row_count": 2, "data_array": [ ["2"], ["3"] ],
                  "next_chunk_index": 2,
                  "next_chunk_internal_link": "/api/2.0/sql/statements/01ee4b3f-4f56-1648-825a-c261d31be5f1/result/chunks/2?row_offset=4" }""")));
        stub.server.stubFor(get(urlEqualTo(STATEMENTS + "/" + ID + "/result/chunks/2?row_offset=4")).willReturn(okJson("""
                { "chunk_index": 2, "row_offset": 4, "row_count": 2, "data_array": [ ["4"], ["5"] ] }""")));
    }

    @Test
    void reads_a_result_in_three_chunks_following_the_chunk_links_verbatim() {
        stubChunks();

        SqlResult result = warehouse().execute(query(100));

        assertThat(result.rows()).extracting(row -> row.get(0)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(result.totalRows()).isEqualTo(6);
        assertThat(result.truncated()).isFalse();
        stub.server.verify(getRequestedFor(urlEqualTo(STATEMENTS + "/" + ID + "/result/chunks/1?row_offset=2")));
        stub.server.verify(getRequestedFor(urlEqualTo(STATEMENTS + "/" + ID + "/result/chunks/2?row_offset=4")));
    }

    @Test
    void stops_reading_chunks_at_the_row_limit_and_reports_the_true_total() {
        stubChunks();

        SqlResult result = warehouse().execute(query(3));

        assertThat(result.rows()).extracting(row -> row.get(0)).containsExactly(0L, 1L, 2L);
        assertThat(result.totalRows()).isEqualTo(6);
        assertThat(result.truncated()).isTrue();
        stub.server.verify(exactly(0), getRequestedFor(urlPathMatching(".*/result/chunks/2")));
    }

    @Test
    void follows_next_chunk_index_when_the_server_gives_no_link() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(CHUNKED_FIRST.replaceAll(
                ",\\s*\"next_chunk_internal_link\": \"[^\"]*\"", ""))));
        stub.server.stubFor(get(STATEMENTS + "/" + ID + "/result/chunks/1").willReturn(okJson("""
                { "chunk_index": 1, "row_offset": 2, "data_array": [ ["2"], ["3"] ] }""")));

        SqlResult result = warehouse().execute(query(100));

        assertThat(result.rows()).extracting(row -> row.get(0)).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void pages_beyond_the_first_rows_from_the_finished_statement_without_running_it_again() {
        stubChunks();
        stub.server.stubFor(get(urlEqualTo(STATEMENTS + "/" + ID + "/result/chunks/2")).willReturn(okJson("""
                { "chunk_index": 2, "row_offset": 4, "row_count": 2, "data_array": [ ["4"], ["5"] ] }""")));
        DatabricksSqlWarehouse warehouse = warehouse();
        warehouse.execute(query(2));

        SqlResult page = warehouse.page(query(2), 4, 2);

        assertThat(page.rows()).extracting(row -> row.get(0)).containsExactly(4L, 5L);
        assertThat(page.totalRows()).isEqualTo(6);
        stub.server.verify(exactly(1), postRequestedFor(urlEqualTo(STATEMENTS)));
        stub.server.verify(getRequestedFor(urlEqualTo(STATEMENTS + "/" + ID + "/result/chunks/2")));
    }

    @Test
    void runs_the_query_again_for_a_page_when_the_statement_result_is_gone() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(SUCCEEDED)));
        stub.server.stubFor(get(urlEqualTo(STATEMENTS + "/" + ID + "/result/chunks/0")).willReturn(aResponse()
                .withStatus(404).withBody("{\"error_code\": \"NOT_FOUND\", \"message\": \"statement expired\"}")));
        DatabricksSqlWarehouse warehouse = warehouse();
        warehouse.execute(query(1));

        SqlResult page = warehouse.page(query(1), 1, 1);

        assertThat(page.rows()).extracting(row -> row.get(0)).containsExactly(2L);
        stub.server.verify(getRequestedFor(urlEqualTo(STATEMENTS + "/" + ID + "/result/chunks/0")));
        stub.server.verify(exactly(2), postRequestedFor(urlEqualTo(STATEMENTS)));
    }

    @Test
    void empty_result_needs_no_chunk_request_and_a_page_past_the_end_is_empty() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson("""
                {"statement_id": "%s", "status": {"state": "SUCCEEDED"},
                 "manifest": {"schema": {"column_count": 1, "columns": [{"name": "n", "type_name": "INT"}]},
                              "total_chunk_count": 1, "chunks": [{"row_count": 0}]},
                 "result": {}}""".formatted(ID))));
        DatabricksSqlWarehouse warehouse = warehouse();

        assertThat(warehouse.execute(query(10)).isEmpty()).isTrue();
        assertThat(warehouse.page(query(10), 50, 10).rows()).isEmpty();
        stub.server.verify(exactly(0), getRequestedFor(urlPathMatching("/api/.*")));
    }

    @Test
    void surfaces_a_truncated_result() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(SUCCEEDED.replace("\"truncated\": false",
                "\"truncated\": true"))));

        assertThat(warehouse().execute(query(100)).truncated()).isTrue();
    }

    @Test
    void failed_statement_is_rejected_with_the_warehouse_message() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson("""
                {
                  "statement_id": "01ee48eb-5124-1922-bb90-f98c82f024fe",
                  "status": {
                    "state": "FAILED",
                    "error": { "error_code": "BAD_REQUEST", "message": "[PARSE_SYNTAX_ERROR] Syntax error at or near 'FORM'" },
                    "sql_state": "42601"
                  }
                }""")));

        assertThatThrownBy(() -> warehouse().execute(query(100)))
                .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED))
                .hasMessageContaining("BAD_REQUEST")
                .hasMessageContaining("[PARSE_SYNTAX_ERROR] Syntax error at or near 'FORM'")
                .hasMessageContaining("42601");
        stub.server.verify(exactly(0), postRequestedFor(urlPathMatching(".*/cancel")));
    }

    @Test
    void statement_canceled_by_the_warehouse_is_reported_as_such() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(
                "{\"statement_id\": \"" + ID + "\", \"status\": {\"state\": \"CANCELED\"}}")));

        assertThatThrownBy(() -> warehouse().execute(query(100)))
                .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE))
                .hasMessageContaining("cancelled by the warehouse");
    }

    @Test
    void cancels_the_statement_when_our_timeout_passes() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(PENDING)));
        stub.server.stubFor(get(STATEMENTS + "/" + ID).willReturn(okJson(RUNNING)));
        stub.server.stubFor(post(STATEMENTS + "/" + ID + "/cancel").willReturn(okJson("{}")));
        DatabricksSqlWarehouse warehouse = warehouse(stub.sleepingWorkspace());

        assertThatThrownBy(() -> warehouse.execute(new SqlQuery(SQL, 10, Duration.ofMillis(150))))
                .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIMEOUT))
                .hasMessageContaining("was cancelled");
        stub.server.verify(postRequestedFor(urlEqualTo(STATEMENTS)).withRequestBody(
                equalToJson("{\"wait_timeout\": \"0s\"}", true, true)));
        stub.server.verify(exactly(1), postRequestedFor(urlEqualTo(STATEMENTS + "/" + ID + "/cancel"))
                .withRequestBody(equalToJson("{}")));
    }

    @Test
    void cancels_the_statement_when_the_caller_gives_up() throws Exception {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(PENDING)));
        stub.server.stubFor(get(STATEMENTS + "/" + ID).willReturn(okJson(RUNNING)));
        stub.server.stubFor(post(STATEMENTS + "/" + ID + "/cancel").willReturn(okJson("{}")));
        DatabricksSqlWarehouse warehouse = warehouse(stub.sleepingWorkspace());
        AtomicReference<Thread> worker = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();

        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            worker.set(Thread.currentThread());
            try {
                warehouse.execute(new SqlQuery(SQL, 10, Duration.ofSeconds(30)));
                return null;
            } catch (BackendException e) {
                stillInterrupted.set(Thread.interrupted());
                return e;
            }
        });
        while (stub.server.findAll(getRequestedFor(urlEqualTo(STATEMENTS + "/" + ID))).isEmpty()) {
            Thread.sleep(5);
        }
        worker.get().interrupt();

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOf(BackendException.class)
                .hasMessageContaining("caller stopped waiting");
        assertThat(stillInterrupted.get()).isTrue();
        stub.server.verify(exactly(1), postRequestedFor(urlEqualTo(STATEMENTS + "/" + ID + "/cancel")));
    }

    @Test
    void retries_on_429_honouring_retry_after() {
        stub.server.stubFor(post(STATEMENTS).inScenario("throttled").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")
                        .withBody("{\"error_code\": \"REQUEST_LIMIT_EXCEEDED\", \"message\": \"slow down\"}"))
                .willSetStateTo("allowed"));
        stub.server.stubFor(post(STATEMENTS).inScenario("throttled").whenScenarioStateIs("allowed")
                .willReturn(okJson(SUCCEEDED)));

        SqlResult result = warehouse().execute(query(100));

        assertThat(result.rows()).hasSize(3);
        assertThat(stub.sleeps).containsExactly(Duration.ofSeconds(2));
        stub.server.verify(exactly(2), postRequestedFor(urlEqualTo(STATEMENTS)));
    }

    @Test
    void fails_at_once_when_retry_after_asks_for_longer_than_the_policy_honours() {
        stub.server.stubFor(post(STATEMENTS).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")
                .withBody("{\"error_code\": \"REQUEST_LIMIT_EXCEEDED\", \"message\": \"quota spent\"}")));

        assertThatThrownBy(() -> warehouse().execute(query(100)))
                .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED))
                .hasMessageContaining("REQUEST_LIMIT_EXCEEDED");
        assertThat(stub.sleeps).isEmpty();
        stub.server.verify(exactly(1), postRequestedFor(urlEqualTo(STATEMENTS)));
    }

    @Test
    void retries_on_503_then_succeeds() {
        stub.server.stubFor(post(STATEMENTS).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("<html><pre>upstream unavailable</pre></html>"))
                .willSetStateTo("up"));
        stub.server.stubFor(post(STATEMENTS).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(okJson(SUCCEEDED)));

        assertThat(warehouse().execute(query(100)).rows()).hasSize(3);
        stub.server.verify(exactly(2), postRequestedFor(urlEqualTo(STATEMENTS)));
    }

    @Test
    void gives_up_after_the_last_attempt_with_the_last_error() {
        stub.server.stubFor(post(STATEMENTS).willReturn(aResponse().withStatus(429)
                .withBody("{\"error_code\": \"REQUEST_LIMIT_EXCEEDED\", \"message\": \"slow down\"}")));

        assertThatThrownBy(() -> warehouse().execute(query(100)))
                .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED))
                .hasMessageContaining("REQUEST_LIMIT_EXCEEDED");
        stub.server.verify(exactly(4), postRequestedFor(urlEqualTo(STATEMENTS)));
    }

    @Test
    void does_not_retry_a_bad_request_and_names_the_call_without_the_token() {
        stub.server.stubFor(post(STATEMENTS).willReturn(aResponse().withStatus(400).withBody(
                "{\"error_code\": \"INVALID_PARAMETER_VALUE\", \"message\": \"bad token " + WorkspaceStub.TOKEN + "\"}")));

        assertThatThrownBy(() -> warehouse().execute(query(100)))
                .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED))
                .hasMessageContaining("execute SQL statement (POST /api/2.0/sql/statements)")
                .hasMessageContaining("HTTP 400 INVALID_PARAMETER_VALUE")
                .hasMessageNotContaining(WorkspaceStub.TOKEN);
        stub.server.verify(exactly(1), postRequestedFor(urlEqualTo(STATEMENTS)));
    }

    @Test
    void refused_token_is_unauthorized_and_not_retried() {
        stub.server.stubFor(post(STATEMENTS).willReturn(aResponse().withStatus(401).withBody("")));

        assertThatThrownBy(() -> warehouse().execute(query(100)))
                .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED));
        stub.server.verify(exactly(1), postRequestedFor(urlEqualTo(STATEMENTS)));
    }

    @Test
    void unreachable_workspace_is_unavailable() {
        DatabricksWorkspace nowhere = stub.workspaceBuilder().host("http://127.0.0.1:1").build();

        assertThatThrownBy(() -> warehouse(nowhere).execute(query(100)))
                .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE))
                .hasMessageContaining("execute SQL statement");
    }

    @Test
    void speaks_the_databricks_dialect() {
        assertThat(warehouse().dialect()).isEqualTo(SqlDialect.DATABRICKS);
    }
}
