package dev.orderlens.web;

import static dev.orderlens.web.fixtures.ApiClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.bootstrap.OrderLensWiring;
import dev.orderlens.bootstrap.StartupListener;
import dev.orderlens.web.fixtures.ApiClient;
import dev.orderlens.web.fixtures.ScriptedOrderLens;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest endpoints on the embedded stack: the shared secret, per-event results, and answers that follow. */
class IngestApiTest {

    private static final String SECRET = "s3cret-for-ingest-tests";

    @TempDir
    static Path home;
    static OrderLens orderLens;

    @BeforeAll
    static void start() {
        orderLens = OrderLensWiring.start(Map.of("ORDERLENS_HOME", home.toString(), "ORDERLENS_SAMPLE_ORDERS", "1000",
                "ORDERLENS_INGEST_SECRET", SECRET), StartupListener.SILENT);
    }

    @AfterAll
    static void stop() {
        orderLens.close();
    }

    private static String event(String id, String type, String time, String detail) {
        return """
                {"version":"0","id":"%s","detail-type":"%s","source":"com.example.shop","account":"123456789012",
                 "time":"%s","region":"us-east-1","resources":[],"detail":%s}""".formatted(id, type, time, detail);
    }

    private static final String CREATED = event("web-1", "Order Created", "2026-01-04T09:00:00Z", """
            {"orderId":"ORD-880001","customerId":"CUST-88","customerSegment":"vip","channel":"mobile",
             "shipCity":"Boston","shipState":"MA","shipRegion":"Northeast","category":"Books","productName":"Atlas",
             "sku":"SKU-ATLAS","quantity":1,"unitPrice":30,"paymentMethod":"klarna","promisedDate":"2026-01-09"}""");

    @Test
    void without_the_secret_nothing_is_stored_and_the_answer_is_401() {
        JavalinTest.test(WebApp.create(orderLens, TestSettings.api()), (server, client) -> {
            ApiClient api = new ApiClient(client);
            long journaledBefore = orderLens.ingest().orElseThrow().status().journaled();

            Response missing = api.post("/api/ingest/eventbridge", CREATED);
            Response wrong = api.post("/api/ingest/eventbridge", CREATED, "X-Api-Key", SECRET + "x");
            Response sync = api.post("/api/ingest/databricks-sync", "{}");

            assertThat(missing.code()).isEqualTo(401);
            assertThat(JSON.readTree(missing.body().string()).at("/error/code").asText()).isEqualTo("unauthorized");
            assertThat(wrong.code()).isEqualTo(401);
            assertThat(sync.code()).isEqualTo(401);
            assertThat(orderLens.ingest().orElseThrow().status().journaled()).isEqualTo(journaledBefore);
        });
    }

    @Test
    void an_accepted_event_is_in_the_next_sql_answer_and_a_resend_is_a_duplicate() {
        JavalinTest.test(WebApp.create(orderLens, TestSettings.api()), (server, client) -> {
            ApiClient api = new ApiClient(client);

            Response first = api.post("/api/ingest/eventbridge", CREATED, "X-Api-Key", SECRET);
            Response again = api.post("/api/ingest/eventbridge", CREATED, "X-Api-Key", SECRET);
            JsonNode accepted = JSON.readTree(first.body().string());
            JsonNode duplicate = JSON.readTree(again.body().string());
            Response answer = api.post("/api/chat", JSON.writeValueAsString(Map.of("question",
                    "What is the status of order ORD-880001?", "sessionId", "session-ingest-1", "route", "sql")),
                    "Accept", "application/json");

            assertThat(first.code()).isEqualTo(202);
            assertThat(accepted.get("accepted").asInt()).isEqualTo(1);
            assertThat(accepted.get("applied").asBoolean()).isTrue();
            assertThat(duplicate.get("duplicates").asInt()).isEqualTo(1);
            assertThat(duplicate.at("/results/0/status").asText()).isEqualTo("duplicate");
            assertThat(JSON.readTree(answer.body().string()).get("rows").toString()).contains("pending");
        });
    }

    @Test
    void a_batch_rejects_its_invalid_events_one_by_one_and_takes_the_rest() {
        JavalinTest.test(WebApp.create(orderLens, TestSettings.api()), (server, client) -> {
            String batch = "[" + event("web-2", "Order Paid", "2026-01-04T09:30:00Z",
                    "{\"orderId\":\"ORD-880009\",\"paymentMethod\":\"paypal\"}") + ","
                    + event("web-3", "Order Shipped", "2026-01-04T20:00:00Z", "{\"orderId\":\"ORD-880001\",\"carrier\":7}")
                    + "," + event("web-4", "Order Teleported", "2026-01-04T21:00:00Z", "{\"orderId\":\"ORD-880001\"}")
                    + "]";

            Response response = new ApiClient(client).post("/api/ingest/eventbridge", batch, "X-Api-Key", SECRET);
            JsonNode body = JSON.readTree(response.body().string());

            assertThat(response.code()).isEqualTo(202);
            assertThat(body.get("accepted").asInt()).isEqualTo(1);
            assertThat(body.get("rejected").asInt()).isEqualTo(2);
            assertThat(body.at("/results/1/field").asText()).isEqualTo("detail.carrier");
            assertThat(body.at("/results/2/field").asText()).isEqualTo("detail-type");
            assertThat(body.at("/results/2/reason").asText()).contains("Order Created");
        });
    }

    @Test
    void a_single_invalid_event_or_a_body_that_is_not_json_is_a_400_naming_the_problem() {
        JavalinTest.test(WebApp.create(orderLens, TestSettings.api()), (server, client) -> {
            ApiClient api = new ApiClient(client);

            Response invalid = api.post("/api/ingest/eventbridge", event("web-5", "Order Refunded",
                    "2026-01-05T10:00:00Z", "{\"orderId\":\"ORD-880001\"}"), "X-Api-Key", SECRET);
            Response notJson = api.post("/api/ingest/eventbridge", "{\"id\": ", "X-Api-Key", SECRET);

            assertThat(invalid.code()).isEqualTo(400);
            JsonNode error = JSON.readTree(invalid.body().string()).get("error");
            assertThat(error.get("code").asText()).isEqualTo("invalid_event");
            assertThat(error.get("field").asText()).isEqualTo("detail.refundAmount");
            assertThat(notJson.code()).isEqualTo(400);
            assertThat(JSON.readTree(notJson.body().string()).at("/error/message").asText()).contains("not valid JSON");
        });
    }

    @Test
    void the_embedded_sync_reports_both_lucene_indexes() {
        JavalinTest.test(WebApp.create(orderLens, TestSettings.api()), (server, client) -> {
            Response response = new ApiClient(client).post("/api/ingest/databricks-sync", "{}", "X-Api-Key", SECRET);
            JsonNode body = JSON.readTree(response.body().string());

            assertThat(response.code()).isEqualTo(200);
            assertThat(body.get("indexes")).extracting(index -> index.get("index").asText())
                    .containsExactly("orders", "analytics");
            assertThat(body.at("/indexes/0/state").asText()).isEqualTo("ONLINE");
        });
    }

    @Test
    void a_thousand_hostile_event_bodies_get_a_202_or_a_clean_4xx_and_ingest_keeps_working() throws Exception {
        Random random = new Random(Long.getLong("orderlens.fuzz.seed", 20_260_103L));
        Object[] hostileValues = {null, 42, -1, 1e308, "", "x".repeat(5_000), "\u0000", "\ud800", "\u202e\u200b",
            true, List.of(), Map.of("a", Map.of("b", List.of(1))), "2026-13-45T99:00:00Z", "ORD-1'; DROP TABLE orders"};
        String[] fields = {"id", "detail-type", "source", "time", "detail", "resources", "version"};
        String[] detailFields = {"orderId", "customerId", "quantity", "unitPrice", "carrier", "promisedDate", "note",
            "refundAmount", "deliveredAt"};
        JavalinTest.test(WebApp.create(orderLens, TestSettings.api()), (server, client) -> {
            ApiClient api = new ApiClient(client);
            for (int i = 0; i < 1_000; i++) {
                Map<String, Object> event = JSON.readValue(CREATED, new TypeReference<Map<String, Object>>() { });
                event.put("id", "fuzz-" + i);
                @SuppressWarnings("unchecked")
                Map<String, Object> detail = (Map<String, Object>) event.get("detail");
                if (random.nextBoolean()) {
                    event.put(fields[random.nextInt(fields.length)], hostileValues[random.nextInt(hostileValues.length)]);
                } else {
                    detail.put(detailFields[random.nextInt(detailFields.length)],
                            hostileValues[random.nextInt(hostileValues.length)]);
                }
                String body = switch (random.nextInt(6)) {
                    case 0 -> JSON.writeValueAsString(List.of(event, event));
                    case 1 -> JSON.writeValueAsString(event).substring(0, 1 + random.nextInt(80));
                    case 2 -> "[".repeat(40 + random.nextInt(40));
                    default -> JSON.writeValueAsString(event);
                };
                Response response = api.post("/api/ingest/eventbridge", body, "X-Api-Key", SECRET);
                String text = response.body().string();
                assertThat(response.code()).as(body).isIn(202, 400, 413);
                if (response.code() != 202) {
                    JsonNode error = JSON.readTree(text).get("error");
                    assertThat(error.get("code").asText()).isNotBlank();
                    assertThat(error.get("message").asText()).doesNotContain("Exception").doesNotContain("at dev.");
                }
            }
            assertThat(api.get("/health").code()).isEqualTo(200);
            assertThat(orderLens.ingest().orElseThrow().awaitApplied(orderLens.ingest().orElseThrow().status()
                    .journaled(), Duration.ofSeconds(60))).isTrue();
            assertThat(orderLens.ingest().orElseThrow().status().refusedOrders()).isEmpty();
        });
    }

    @Test
    void with_no_secret_configured_the_ingest_endpoints_are_off(@TempDir Path other) {
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().build(other), TestSettings.api()), (server, client) -> {
            Response response = new ApiClient(client).post("/api/ingest/eventbridge", CREATED, "X-Api-Key", SECRET);

            assertThat(response.code()).isEqualTo(404);
            assertThat(JSON.readTree(response.body().string()).at("/error/code").asText()).isEqualTo("ingest_disabled");
        });
    }
}
