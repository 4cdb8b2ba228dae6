package dev.orderlens.databricks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.orderlens.core.domain.order.OrderChange;
import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.BackendException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabricksOrderTableWriterTest {

    @RegisterExtension
    static final WorkspaceStub stub = new WorkspaceStub();

    static final String STATEMENTS = "/api/2.0/sql/statements";
    static final String ID = "01ee4b3f-4f56-1648-825a-c261d31be5f1";
    static final String TABLE = "`main`.`shop`.`orders`";
    static final String MERGED = "{\"statement_id\": \"" + ID + "\", \"status\": {\"state\": \"SUCCEEDED\"},"
            + " \"manifest\": {\"schema\": {\"column_count\": 0, \"columns\": []}}}";
    static final String ALL_COLUMNS = "`order_id`, `order_ts`, `customer_id`, `customer_segment`, `channel`,"
            + " `ship_city`, `ship_state`, `ship_region`, `category`, `product_name`, `sku`, `quantity`,"
            + " `unit_price`, `discount_amount`, `shipping_fee`, `order_total`, `payment_method`, `status`,"
            + " `carrier`, `promised_date`, `shipped_at`, `delivered_at`, `is_late`, `return_reason`,"
            + " `refund_amount`, `support_tickets`, `support_note`";
    static final ObjectMapper JSON = new ObjectMapper();

    static DatabricksOrderTableWriter.Builder writerBuilder(DatabricksWorkspace workspace) {
        return DatabricksOrderTableWriter.builder().workspace(workspace).warehouseId(WorkspaceStub.WAREHOUSE)
                .table("main.shop.orders");
    }

    static DatabricksOrderTableWriter writer() {
        return writerBuilder(stub.workspace()).build();
    }

    static OrderChange change(String orderId, boolean exists, Object... pairs) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return new OrderChange(orderId, exists, values);
    }

    /** The bodies of the statements submitted, oldest first. */
    static List<JsonNode> statementsSent() {
        List<ServeEvent> events = new ArrayList<>(stub.server.getAllServeEvents());
        List<JsonNode> bodies = new ArrayList<>();
        for (int i = events.size() - 1; i >= 0; i--) {
            LoggedRequest request = events.get(i).getRequest();
            if (request.getMethod().getName().equals("POST") && request.getUrl().equals(STATEMENTS)) {
                try {
                    bodies.add(JSON.readTree(request.getBodyAsString()));
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return bodies;
    }

    static JsonNode parameter(String name, String value, String type) {
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("name", name);
        if (value != null) {
            parameter.put("value", value);
        }
        parameter.put("type", type);
        return JSON.valueToTree(parameter);
    }

    static List<JsonNode> parameters(JsonNode statement) {
        List<JsonNode> parameters = new ArrayList<>();
        statement.get("parameters").forEach(parameters::add);
        return parameters;
    }

    @Test
    void inserts_a_new_order_with_a_merge_that_also_updates_a_row_that_appeared_meanwhile() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(MERGED)));

        writer().write(List.of(change("o-1", false, "order_id", "o-1", "status", "CREATED", "quantity", 3L,
                "unit_price", new BigDecimal("19.9"), "order_ts", LocalDateTime.of(2026, 1, 2, 10, 15),
                "promised_date", LocalDate.of(2026, 1, 9))));

        List<JsonNode> sent = statementsSent();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).get("statement").asText()).isEqualTo("MERGE INTO " + TABLE + " t USING ("
                + "SELECT CAST(:p0_order_id AS STRING) AS `order_id`, CAST(:p0_order_ts AS TIMESTAMP) AS `order_ts`,"
                + " CAST(:p0_quantity AS BIGINT) AS `quantity`, CAST(:p0_unit_price AS DECIMAL(10,2)) AS `unit_price`,"
                + " CAST(:p0_status AS STRING) AS `status`, CAST(:p0_promised_date AS DATE) AS `promised_date`"
                + ") s ON t.`order_id` = s.`order_id`"
                + " WHEN MATCHED THEN UPDATE SET t.`order_ts` = s.`order_ts`, t.`quantity` = s.`quantity`,"
                + " t.`unit_price` = s.`unit_price`, t.`status` = s.`status`, t.`promised_date` = s.`promised_date`"
                + " WHEN NOT MATCHED THEN INSERT (`order_id`, `order_ts`, `quantity`, `unit_price`, `status`,"
                + " `promised_date`) VALUES (s.`order_id`, s.`order_ts`, s.`quantity`, s.`unit_price`, s.`status`,"
                + " s.`promised_date`)");
        assertThat(parameters(sent.get(0))).containsExactly(
                parameter("p0_order_id", "o-1", "STRING"),
                parameter("p0_order_ts", "2026-01-02T10:15:00Z", "TIMESTAMP"),
                parameter("p0_quantity", "3", "BIGINT"),
                parameter("p0_unit_price", "19.90", "DECIMAL(10,2)"),
                parameter("p0_status", "CREATED", "STRING"),
                parameter("p0_promised_date", "2026-01-09", "DATE"));
        assertThat(sent.get(0).get("warehouse_id").asText()).isEqualTo(WorkspaceStub.WAREHOUSE);
    }

    @Test
    void updates_only_the_columns_the_change_holds_and_never_inserts() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(MERGED)));

        writer().write(List.of(change("o-1", true, "status", "SHIPPED", "support_tickets", 2L)));

        JsonNode sent = statementsSent().get(0);
        assertThat(sent.get("statement").asText()).isEqualTo("MERGE INTO " + TABLE + " t USING ("
                + "SELECT CAST(:p0_order_id AS STRING) AS `order_id`, CAST(:p0_status AS STRING) AS `status`,"
                + " CAST(:p0_support_tickets AS BIGINT) AS `support_tickets`"
                + ") s ON t.`order_id` = s.`order_id`"
                + " WHEN MATCHED THEN UPDATE SET t.`status` = s.`status`, t.`support_tickets` = s.`support_tickets`");
        assertThat(parameters(sent)).containsExactly(parameter("p0_order_id", "o-1", "STRING"),
                parameter("p0_status", "SHIPPED", "STRING"), parameter("p0_support_tickets", "2", "BIGINT"));
    }

    @Test
    void binds_null_values_as_typed_sql_nulls() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(MERGED)));

        writer().write(List.of(change("o-1", true, "is_late", null, "delivered_at", null, "refund_amount", null)));

        assertThat(parameters(statementsSent().get(0))).containsExactly(parameter("p0_order_id", "o-1", "STRING"),
                parameter("p0_delivered_at", null, "TIMESTAMP"), parameter("p0_is_late", null, "BOOLEAN"),
                parameter("p0_refund_amount", null, "DECIMAL(10,2)"));
        assertThat(statementsSent().get(0).get("statement").asText())
                .contains("CAST(:p0_is_late AS BOOLEAN) AS `is_late`");
    }

    @Test
    void groups_changes_of_one_kind_setting_the_same_columns_into_bounded_statements() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(MERGED)));

        writerBuilder(stub.workspace()).rowsPerStatement(2).build().write(List.of(
                change("o-1", true, "status", "SHIPPED", "carrier", "UPS"),
                change("o-2", true, "status", "DELIVERED"),
                change("o-3", true, "carrier", "DHL", "status", "SHIPPED"),
                change("o-4", false, "order_id", "o-4", "status", "CREATED"),
                change("o-5", true, "status", "SHIPPED", "carrier", "FedEx")));

        List<JsonNode> sent = statementsSent();
        assertThat(sent).extracting(s -> s.get("parameters").size()).containsExactly(6, 3, 2, 2);
        assertThat(parameters(sent.get(0))).extracting(p -> p.get("value").asText())
                .containsExactly("o-1", "SHIPPED", "UPS", "o-3", "SHIPPED", "DHL");
        assertThat(sent.get(0).get("statement").asText()).contains(" UNION ALL SELECT CAST(:p1_order_id AS STRING)")
                .doesNotContain("WHEN NOT MATCHED");
        assertThat(parameters(sent.get(1))).extracting(p -> p.get("value").asText())
                .containsExactly("o-5", "SHIPPED", "FedEx");
        assertThat(parameters(sent.get(2))).extracting(p -> p.get("value").asText()).containsExactly("o-2", "DELIVERED");
        assertThat(sent.get(3).get("statement").asText()).contains("WHEN NOT MATCHED THEN INSERT");
    }

    @Test
    void writing_the_same_changes_again_sends_the_same_absolute_statements() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(MERGED)));
        List<OrderChange> changes = List.of(change("o-1", true, "support_tickets", 3L),
                change("o-2", false, "order_id", "o-2", "support_tickets", 0L));
        DatabricksOrderTableWriter writer = writer();

        writer.write(changes);
        List<JsonNode> first = statementsSent();
        writer.write(changes);

        List<JsonNode> both = statementsSent();
        assertThat(both).hasSize(4);
        assertThat(both.subList(2, 4)).isEqualTo(first);
        assertThat(first).allSatisfy(s -> assertThat(s.get("statement").asText())
                .doesNotContain("+").contains("t.`support_tickets` = s.`support_tickets`"));
    }

    @Test
    void rejects_a_column_that_is_not_an_order_column_before_sending_anything() {
        assertThatThrownBy(() -> writer().write(List.of(change("o-1", true, "status; DROP TABLE x", "SHIPPED"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an order column");
        assertThat(statementsSent()).isEmpty();
    }

    static final String ROWS = """
            {
              "statement_id": "01ee4b3f-4f56-1648-825a-c261d31be5f1",
              "status": { "state": "SUCCEEDED" },
              "manifest": {
                "format": "JSON_ARRAY",
                "schema": {
                  "column_count": 7,
                  "columns": [
                    { "name": "order_id",      "position": 0, "type_name": "STRING",    "type_text": "STRING" },
                    { "name": "order_ts",      "position": 1, "type_name": "TIMESTAMP", "type_text": "TIMESTAMP" },
                    { "name": "quantity",      "position": 2, "type_name": "INT",       "type_text": "INT" },
                    { "name": "unit_price",    "position": 3, "type_name": "DECIMAL",   "type_text": "DECIMAL(10,1)", "type_precision": 10, "type_scale": 1 },
                    { "name": "promised_date", "position": 4, "type_name": "DATE",      "type_text": "DATE" },
                    { "name": "is_late",       "position": 5, "type_name": "BOOLEAN",   "type_text": "BOOLEAN" },
                    { "name": "support_note",  "position": 6, "type_name": "STRING",    "type_text": "STRING" }
                  ]
                },
                "total_row_count": 2,
                "total_chunk_count": 1,
                "chunks": [ { "chunk_index": 0, "row_offset": 0, "row_count": 2 } ],
                "truncated": false
              },
              "result": {
                "chunk_index": 0,
                "row_offset": 0,
                "row_count": 2,
                "data_array": [
                  [ "o-1", "2026-01-02T10:15:00.000Z", "3", "19.9", "2026-01-09", "false", null ],
                  [ "o-2", "2026-01-03 08:00:00",      "1", "5.0",  null,         null,    "call back" ]
                ]
              }
            }""";

    @Test
    void reads_rows_with_one_parameterised_select_as_canonical_values() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(ROWS)));

        Map<String, Map<OrderColumn, Object>> rows = writer().read(List.of("o-1", "o-2", "o-9", "o-1"));

        JsonNode sent = statementsSent().get(0);
        assertThat(sent.get("statement").asText()).isEqualTo("SELECT " + ALL_COLUMNS + " FROM " + TABLE
                + " WHERE `order_id` IN (:id0, :id1, :id2)");
        assertThat(parameters(sent)).containsExactly(parameter("id0", "o-1", "STRING"),
                parameter("id1", "o-2", "STRING"), parameter("id2", "o-9", "STRING"));
        assertThat(rows).containsOnlyKeys("o-1", "o-2");
        Map<OrderColumn, Object> first = new HashMap<>();
        first.put(OrderColumn.ORDER_ID, "o-1");
        first.put(OrderColumn.ORDER_TS, LocalDateTime.of(2026, 1, 2, 10, 15));
        first.put(OrderColumn.QUANTITY, 3L);
        first.put(OrderColumn.UNIT_PRICE, new BigDecimal("19.90"));
        first.put(OrderColumn.PROMISED_DATE, LocalDate.of(2026, 1, 9));
        first.put(OrderColumn.IS_LATE, false);
        first.put(OrderColumn.SUPPORT_NOTE, null);
        assertThat(rows.get("o-1")).containsExactlyInAnyOrderEntriesOf(first);
        assertThat(rows.get("o-2")).containsEntry(OrderColumn.UNIT_PRICE, new BigDecimal("5.00"))
                .containsEntry(OrderColumn.ORDER_TS, LocalDateTime.of(2026, 1, 3, 8, 0))
                .containsEntry(OrderColumn.PROMISED_DATE, null).containsEntry(OrderColumn.SUPPORT_NOTE, "call back");
    }

    @Test
    void reads_a_long_list_of_ids_in_several_selects() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(ROWS)));

        writerBuilder(stub.workspace()).idsPerRead(2).build().read(List.of("o-1", "o-2", "o-3"));

        assertThat(statementsSent()).extracting(s -> s.get("parameters").size()).containsExactly(2, 1);
        assertThat(statementsSent().get(1).get("statement").asText()).endsWith("IN (:id0)");
    }

    @Test
    void reading_no_ids_sends_nothing() {
        assertThat(writer().read(List.of())).isEmpty();
        writer().write(List.of());
        assertThat(statementsSent()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 503})
    void retries_a_throttled_or_unavailable_warehouse(int status) {
        stub.server.stubFor(post(STATEMENTS).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(status)).willSetStateTo("ok"));
        stub.server.stubFor(post(STATEMENTS).inScenario("busy").whenScenarioStateIs("ok")
                .willReturn(okJson(MERGED)));

        writer().write(List.of(change("o-1", true, "status", "SHIPPED")));

        stub.server.verify(exactly(2), postRequestedFor(urlEqualTo(STATEMENTS)));
    }

    @Test
    void failed_merge_is_rejected_with_the_warehouse_message() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson("""
                {"statement_id": "01ee48eb-5124-1922-bb90-f98c82f024fe", "status": {"state": "FAILED",
                 "error": {"error_code": "BAD_REQUEST", "message": "[DELTA_MULTIPLE_SOURCE_ROW_MATCHING_TARGET_ROW_IN_MERGE]"}}}""")));

        assertThatThrownBy(() -> writer().write(List.of(change("o-1", true, "status", "SHIPPED"))))
                .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED))
                .hasMessageContaining("DELTA_MULTIPLE_SOURCE_ROW_MATCHING_TARGET_ROW_IN_MERGE");
    }

    @Test
    void missing_grant_is_unauthorized_and_not_retried() {
        stub.server.stubFor(post(STATEMENTS).willReturn(aResponse().withStatus(403).withBody(
                "{\"error_code\": \"PERMISSION_DENIED\", \"message\": \"no CAN USE on warehouse\"}")));

        assertThatThrownBy(() -> writer().read(List.of("o-1")))
                .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED))
                .hasMessageContaining("PERMISSION_DENIED").hasMessageNotContaining(WorkspaceStub.TOKEN);
        stub.server.verify(exactly(1), postRequestedFor(urlEqualTo(STATEMENTS)));
    }

    @Test
    void cancels_a_merge_still_running_when_its_timeout_passes() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(
                "{\"statement_id\": \"" + ID + "\", \"status\": {\"state\": \"PENDING\"}}")));
        stub.server.stubFor(get(STATEMENTS + "/" + ID).willReturn(okJson(
                "{\"statement_id\": \"" + ID + "\", \"status\": {\"state\": \"RUNNING\"}}")));
        stub.server.stubFor(post(STATEMENTS + "/" + ID + "/cancel").willReturn(okJson("{}")));
        DatabricksOrderTableWriter writer = writerBuilder(stub.sleepingWorkspace()).timeout(Duration.ofMillis(150))
                .build();

        assertThatThrownBy(() -> writer.write(List.of(change("o-1", true, "status", "SHIPPED"))))
                .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIMEOUT));
        stub.server.verify(exactly(1), postRequestedFor(urlEqualTo(STATEMENTS + "/" + ID + "/cancel")));
    }

    @Test
    void writes_with_the_writer_principal_never_the_query_one() {
        stub.server.stubFor(post(STATEMENTS).willReturn(okJson(ROWS)));
        Map<String, String> env = DatabricksSettingsTest.env("DATABRICKS_HOST", stub.host(),
                "DATABRICKS_TOKEN", "dapi-reader-token", "DATABRICKS_WAREHOUSE_ID", WorkspaceStub.WAREHOUSE,
                "DATABRICKS_WRITER_TOKEN", "dapi-writer-token");
        DatabricksSettings settings = DatabricksSettings.from(env).orElseThrow();
        DatabricksWriterSettings writerSettings = DatabricksWriterSettings.from(env).orElseThrow();
        DatabricksOrderTableWriter writer = DatabricksOrderTableWriter.builder()
                .workspace(writerSettings.workspace(settings)).warehouseId(writerSettings.warehouse(settings)
                        .orElseThrow()).table("main.shop.orders").build();

        writer.write(List.of(change("o-1", true, "status", "SHIPPED")));
        writer.read(List.of("o-1"));

        stub.server.verify(exactly(2), postRequestedFor(urlEqualTo(STATEMENTS))
                .withHeader("Authorization", equalTo("Bearer dapi-writer-token")));
        stub.server.verify(exactly(0), postRequestedFor(urlEqualTo(STATEMENTS))
                .withHeader("Authorization", equalTo("Bearer dapi-reader-token")));
    }

    @Test
    void table_name_is_checked_before_it_reaches_sql() {
        assertThatThrownBy(() -> writerBuilder(stub.workspace()).table("main.shop.orders; DROP TABLE x").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("table");
    }
}
