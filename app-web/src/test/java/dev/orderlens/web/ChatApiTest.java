package dev.orderlens.web;

import static dev.orderlens.web.fixtures.ApiClient.events;
import static dev.orderlens.web.fixtures.ApiClient.question;
import static dev.orderlens.web.fixtures.ApiClient.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderlens.web.fixtures.ApiClient;
import dev.orderlens.web.fixtures.ApiClient.Event;
import dev.orderlens.web.fixtures.ScriptedOrderLens;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.javalin.testtools.TestCase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatApiTest {

    private static final String SESSION = "session-0001";

    @TempDir
    Path home;

    private void test(TestCase testCase) {
        Javalin app = WebApp.create(new ScriptedOrderLens().build(home), TestSettings.api());
        JavalinTest.test(app, testCase);
    }

    @Test
    void sql_question_answers_one_json_body_with_typed_columns_the_first_page_and_the_route() {
        test((server, client) -> {
            Response response = new ApiClient(client).post("/api/chat", question("List the orders", SESSION));

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/json");
            JsonNode body = tree(response);
            assertThat(body.get("mode").asText()).isEqualTo("sql");
            assertThat(body.get("messageId").asText()).isNotBlank();
            assertThat(body.get("answer").asText()).isEqualTo("**137 rows.** The first is *ORD-000001*.");
            assertThat(body.get("sql").asText()).startsWith("SELECT order_id");
            assertThat(body.get("formattedSql").asText()).isEqualTo("SELECT\n  order_id,\n  order_ts,\n  order_total,"
                    + "\n  is_late,\n  carrier\nFROM orders\nORDER BY order_ts\nLIMIT 10000");
            assertThat(body.get("columns").get(0).toString()).isEqualTo("{\"name\":\"order_id\",\"type\":\"string\","
                    + "\"label\":\"order id\",\"format\":null,\"unit\":null}");
            assertThat(body.get("columns")).extracting(column -> column.get("type").asText())
                    .containsExactly("string", "timestamp", "decimal", "boolean", "string");
            assertThat(body.get("rows")).hasSize(50);
            assertThat(body.get("totalRows").asLong()).isEqualTo(137);
            assertThat(body.get("page").toString()).isEqualTo("{\"number\":1,\"size\":50,\"count\":3}");
            assertThat(body.get("resultId").asText()).isNotBlank();
            assertThat(body.get("followUps").toString()).contains("Break it down by region");
            assertThat(body.get("route").toString()).isEqualTo("{\"decided\":\"sql\",\"confidence\":0.95,"
                    + "\"forced\":false,\"fallback\":false,\"reasoning\":" + body.get("route").get("reasoning") + "}");
            assertThat(body.get("timings").has("total")).isTrue();
            assertThat(body.get("chart").get("suggested").asBoolean()).as("a listing is offered as a chart, not shown").isFalse();
        });
    }

    @Test
    void columns_carry_the_semantic_models_label_format_and_unit_and_the_answer_its_currency_and_locale() {
        test((server, client) -> {
            ApiClient api = new ApiClient(client);
            JsonNode rates = tree(api.post("/api/chat", question("Late delivery rate by carrier", SESSION)));
            JsonNode revenue = tree(api.post("/api/chat", question("Revenue by month", SESSION)));
            JsonNode page = tree(api.get("/api/results/" + rates.get("resultId").asText() + "?page=1"));

            assertThat(rates.get("columns").get(1).toString()).isEqualTo("{\"name\":\"late_delivery_rate\","
                    + "\"type\":\"double\",\"label\":\"late delivery rate\",\"format\":\"percent\",\"unit\":\"%\"}");
            assertThat(rates.get("rows").get(2).get(1).asDouble()).as("values stay exact").isEqualTo(12.3456);
            assertThat(revenue.get("columns").get(1).get("label").asText()).isEqualTo("revenue");
            assertThat(revenue.get("columns").get(1).get("format").asText()).isEqualTo("currency");
            assertThat(revenue.get("columns").get(1).get("unit").asText()).isEqualTo("USD");
            assertThat(revenue.get("display").toString()).isEqualTo("{\"currency\":\"USD\",\"locale\":\"en-US\"}");
            assertThat(page.get("columns").get(1).get("label").asText()).isEqualTo("late delivery rate");
            assertThat(page.get("display").get("locale").asText()).isEqualTo("en-US");
        });
    }

    @Test
    void cells_keep_their_json_types_and_dates_are_iso_strings() {
        test((server, client) -> {
            JsonNode row = tree(new ApiClient(client).post("/api/chat", question("List the orders", SESSION)))
                    .get("rows").get(9);

            assertThat(row.get(0).isTextual()).isTrue();
            assertThat(row.get(1).asText()).isEqualTo("2025-09-01T18:00");
            assertThat(row.get(2).isNumber()).isTrue();
            assertThat(row.get(2).decimalValue()).isEqualByComparingTo("30.99");
            assertThat(row.get(3).isBoolean()).isTrue();
            assertThat(row.get(4).isNull()).isTrue();
        });
    }

    @Test
    void a_time_series_carries_a_line_chart_over_every_row() {
        test((server, client) -> {
            JsonNode chart = tree(new ApiClient(client).post("/api/chat", question("Revenue by month", SESSION)))
                    .get("chart");

            assertThat(chart.get("kind").asText()).isEqualTo("line");
            assertThat(chart.get("x").asText()).isEqualTo("month");
            assertThat(chart.get("labels")).hasSize(24);
            assertThat(chart.get("labels").get(0).asText()).isEqualTo("2024-01-01");
            assertThat(chart.get("series").get(0).get("name").asText()).isEqualTo("revenue");
            assertThat(chart.get("series").get(0).get("data")).hasSize(24);
        });
    }

    @Test
    void a_ranking_carries_a_bar_chart() {
        test((server, client) -> {
            JsonNode chart = tree(new ApiClient(client).post("/api/chat", question("Late orders by carrier", SESSION)))
                    .get("chart");

            assertThat(chart.get("kind").asText()).isEqualTo("bar");
            assertThat(chart.get("labels").toString()).isEqualTo("[\"FedEx\",\"UPS\",\"USPS\",\"DHL\"]");
            assertThat(chart.get("series").get(0).get("data").toString()).isEqualTo("[412,180,150,61]");
        });
    }

    @Test
    void a_failed_query_is_an_answer_with_an_error_not_a_server_error() {
        test((server, client) -> {
            Response response = new ApiClient(client).post("/api/chat", question("Show the broken thing", SESSION));

            assertThat(response.code()).isEqualTo(200);
            JsonNode body = tree(response);
            assertThat(body.get("mode").asText()).isEqualTo("sql");
            assertThat(body.get("error").asText()).contains("The query failed");
            assertThat(body.get("rows")).isEmpty();
            assertThat(body.get("resultId").isNull()).isTrue();
        });
    }

    @Test
    void a_question_too_vague_to_compute_is_asked_back_in_one_json_body_with_its_choices() {
        test((server, client) -> {
            Response response = new ApiClient(client).post("/api/chat", question("How are we doing?", SESSION));

            assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/json");
            JsonNode body = tree(response);
            assertThat(body.get("mode").asText()).isEqualTo("clarify");
            assertThat(body.get("reason").asText()).isEqualTo("ambiguous");
            assertThat(body.get("answer").asText()).isEqualTo("Which figures do you want to see?");
            assertThat(body.get("followUps").toString())
                    .isEqualTo("[\"Late orders by carrier\",\"Revenue by month\"]");
            assertThat(body.has("sql")).isFalse();
        });
    }

    @Test
    void rag_question_streams_meta_tokens_sources_followups_then_done() {
        test((server, client) -> {
            Response response = new ApiClient(client).post("/api/chat",
                    question("Why are customers returning the Nimbus earbuds?", SESSION));

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.headers().get("Content-Type").get(0)).startsWith("text/event-stream");
            List<Event> events = events(response.body().string());
            List<String> names = events.stream().map(Event::name).distinct().toList();
            assertThat(names).containsExactly("meta", "token", "sources", "followups", "done");
            assertThat(events.get(0).data().get("mode").asText()).isEqualTo("rag");
            assertThat(events.get(0).data().get("route").get("decided").asText()).isEqualTo("rag");
            String text = events.stream().filter(e -> e.name().equals("token"))
                    .map(e -> e.data().get("text").asText()).reduce("", String::concat);
            assertThat(text).startsWith("Returns rose because of a **defective battery**").contains("[1]", "[2]");
            assertThat(events.stream().filter(e -> e.name().equals("token")).count()).isGreaterThan(5);
            JsonNode sources = events.stream().filter(e -> e.name().equals("sources")).findFirst().orElseThrow().data();
            assertThat(sources.get(0).get("n").asInt()).isEqualTo(1);
            assertThat(sources.get(0).get("title").asText()).isEqualTo("Nimbus X2 recall notice");
            assertThat(sources.get(1).get("metadata").get("order_id").asText()).isEqualTo("ORD-000042");
            JsonNode done = events.get(events.size() - 1).data();
            assertThat(done.get("messageId").asText()).isEqualTo(events.get(0).data().get("messageId").asText());
            assertThat(done.get("partial").asBoolean()).isFalse();
        });
    }

    @Test
    void a_client_accepting_only_json_gets_the_rag_answer_as_one_body() {
        test((server, client) -> {
            Response response = new ApiClient(client).post("/api/chat",
                    question("Why are customers returning the Nimbus earbuds?", SESSION), "Accept", "application/json");

            assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/json");
            JsonNode body = tree(response);
            assertThat(body.get("mode").asText()).isEqualTo("rag");
            assertThat(body.get("answer").asText()).contains("defective battery");
            assertThat(body.get("sources")).hasSize(2);
            assertThat(body.get("followUps")).hasSize(2);
            assertThat(body.get("partial").asBoolean()).isFalse();
        });
    }

    @Test
    void a_forced_route_is_followed_and_reported_as_forced() {
        test((server, client) -> {
            JsonNode body = tree(new ApiClient(client).post("/api/chat", ApiClient.json(Map.of(
                    "question", "Revenue by month", "sessionId", SESSION, "route", "rag")), "Accept", "application/json"));

            assertThat(body.get("mode").asText()).isEqualTo("rag");
            assertThat(body.get("route").get("forced").asBoolean()).isTrue();
        });
    }

    @Test
    void history_sent_by_the_client_is_accepted() {
        test((server, client) -> {
            Response response = new ApiClient(client).post("/api/chat", ApiClient.json(Map.of(
                    "question", "and by carrier?", "sessionId", "fresh-session-1",
                    "history", List.of(Map.of("question", "Revenue by month", "answer", "24 rows", "route", "sql")))));

            assertThat(response.code()).isEqualTo(200);
            assertThat(tree(response).get("mode").asText()).isEqualTo("sql");
        });
    }

    @Test
    void further_pages_of_a_result_are_served_until_the_last_row() {
        test((server, client) -> {
            ApiClient api = new ApiClient(client);
            String resultId = tree(api.post("/api/chat", question("List the orders", SESSION))).get("resultId").asText();

            JsonNode second = tree(api.get("/api/results/" + resultId + "?page=2"));
            JsonNode third = tree(api.get("/api/results/" + resultId + "?page=3"));

            assertThat(second.get("rows")).hasSize(50);
            assertThat(second.get("rows").get(0).get(0).asText()).isEqualTo("ORD-000051");
            assertThat(second.get("page").get("number").asInt()).isEqualTo(2);
            assertThat(third.get("rows")).hasSize(37);
            assertThat(third.get("rows").get(36).get(0).asText()).isEqualTo("ORD-000137");
            assertThat(third.get("columns")).hasSize(5);
            assertThat(third.get("resultId").asText()).isEqualTo(resultId);
        });
    }

    @Test
    void paging_refuses_pages_outside_the_result_and_unknown_results() {
        test((server, client) -> {
            ApiClient api = new ApiClient(client);
            String resultId = tree(api.post("/api/chat", question("List the orders", SESSION))).get("resultId").asText();

            for (String page : List.of("4", "0", "-1", "two")) {
                Response response = api.get("/api/results/" + resultId + "?page=" + page);
                assertThat(response.code()).as("page " + page).isEqualTo(400);
                assertThat(tree(response).get("error").get("field").asText()).isEqualTo("page");
            }
            Response unknown = api.get("/api/results/0b0e3c9e-0000-4000-8000-000000000000");
            assertThat(unknown.code()).isEqualTo(404);
            assertThat(tree(unknown).get("error").get("code").asText()).isEqualTo("result_not_found");
            assertThat(api.get("/api/results/not_a_result_id!").code()).isEqualTo(400);
        });
    }

    @Test
    void the_whole_result_downloads_as_csv() {
        test((server, client) -> {
            ApiClient api = new ApiClient(client);
            String resultId = tree(api.post("/api/chat", question("List the orders", SESSION))).get("resultId").asText();

            Response csv = api.get("/api/results/" + resultId + "/csv");

            assertThat(csv.code()).isEqualTo(200);
            assertThat(csv.headers().get("Content-Type").get(0)).startsWith("text/csv");
            assertThat(csv.headers().get("Content-Disposition").get(0)).startsWith("attachment; filename=\"orderlens-");
            String[] lines = csv.body().string().split("\r\n");
            assertThat(lines).hasSize(138);
            assertThat(lines[0]).as("headed by labels").isEqualTo("order id,order ts,order total,is late,carrier");
            assertThat(lines[10]).isEqualTo("ORD-000010,2025-09-01T18:00,30.99,false,");
        });
    }
}
