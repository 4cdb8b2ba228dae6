package dev.orderlens.web;

import static dev.orderlens.web.fixtures.ApiClient.json;
import static dev.orderlens.web.fixtures.ApiClient.question;
import static dev.orderlens.web.fixtures.ApiClient.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderlens.web.fixtures.ApiClient;
import dev.orderlens.web.fixtures.ScriptedOrderLens;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading feedback back: {@code GET /api/feedback} and its CSV download. */
class FeedbackReadApiTest {

    private static final String SESSION = "session-0001";

    @TempDir
    Path home;

    /** Asks a question, then rates its answer; returns the answer's message id. */
    private static String askAndRate(ApiClient api, String question, String rating, String comment) {
        String messageId = tree(api.post("/api/chat", question(question, SESSION), "Accept", "application/json"))
                .get("messageId").asText();
        Map<String, String> feedback = new HashMap<>(Map.of("messageId", messageId, "sessionId", SESSION,
                "rating", rating, "question", "what the page remembered", "answer", "what the page showed"));
        if (comment != null) {
            feedback.put("comment", comment);
        }
        assertThat(api.post("/api/feedback", json(feedback)).code()).isEqualTo(200);
        return messageId;
    }

    @Test
    void lists_rated_answers_newest_first_with_the_question_answer_route_and_comment_the_server_gave() {
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().build(home), TestSettings.api()), (server, client) -> {
            ApiClient api = new ApiClient(client);
            String liked = askAndRate(api, "Late orders by carrier", "like", null);
            String disliked = askAndRate(api, "Why are customers returning the Nimbus earbuds?", "dislike",
                    "Misses the recall date");

            Response response = api.get("/api/feedback");

            assertThat(response.code()).isEqualTo(200);
            JsonNode body = tree(response);
            assertThat(body.get("count").asInt()).isEqualTo(2);
            JsonNode newest = body.get("feedback").get(0);
            assertThat(newest.get("messageId").asText()).isEqualTo(disliked);
            assertThat(newest.get("sessionId").asText()).isEqualTo(SESSION);
            assertThat(newest.get("rating").asText()).isEqualTo("dislike");
            assertThat(newest.get("route").asText()).isEqualTo("rag");
            assertThat(newest.get("question").asText()).isEqualTo("Why are customers returning the Nimbus earbuds?");
            assertThat(newest.get("answer").asText()).startsWith("Returns rose because of a **defective battery**");
            assertThat(newest.get("comment").asText()).isEqualTo("Misses the recall date");
            assertThat(newest.get("at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
            JsonNode older = body.get("feedback").get(1);
            assertThat(older.get("messageId").asText()).isEqualTo(liked);
            assertThat(older.get("route").asText()).isEqualTo("sql");
            assertThat(older.get("comment").isNull()).isTrue();
        });
    }

    @Test
    void filters_by_rating_and_limits_the_count() {
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().build(home), TestSettings.api()), (server, client) -> {
            ApiClient api = new ApiClient(client);
            String liked = askAndRate(api, "Late orders by carrier", "like", null);
            String disliked = askAndRate(api, "Revenue by month", "dislike", "wrong year");
            String likedLater = askAndRate(api, "Why are returns high?", "like", "clear");

            assertThat(messageIds(api.get("/api/feedback?rating=like"))).containsExactly(likedLater, liked);
            assertThat(messageIds(api.get("/api/feedback?rating=dislike"))).containsExactly(disliked);
            assertThat(messageIds(api.get("/api/feedback?rating=all&limit=2"))).containsExactly(likedLater, disliked);
            assertThat(messageIds(api.get("/api/feedback?since=2000-01-01"))).hasSize(3);
            assertThat(messageIds(api.get("/api/feedback?since=2999-01-01T00:00:00Z"))).isEmpty();
        });
    }

    @Test
    void downloads_csv_with_a_file_name_and_cells_a_spreadsheet_will_not_run() {
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().build(home), TestSettings.api()), (server, client) -> {
            ApiClient api = new ApiClient(client);
            String liked = askAndRate(api, "Late orders by carrier", "like", "=HYPERLINK(\"http://x\")");
            askAndRate(api, "Revenue by month", "dislike", "wrong, says \"2024\"");

            Response response = api.get("/api/feedback.csv?rating=like");

            assertThat(response.code()).isEqualTo(200);
            assertThat(header(response, "Content-Type")).startsWith("text/csv");
            assertThat(header(response, "Content-Disposition")).isEqualTo("attachment; filename=\"orderlens-feedback-"
                    + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
            List<String> lines = List.of(response.body().string().split("\r\n"));
            assertThat(lines.get(0)).isEqualTo("at,rating,route,question,answer,comment,session_id,message_id");
            assertThat(lines).hasSize(2);
            assertThat(lines.get(1)).contains(",like,sql,Late orders by carrier,", ",\"'=HYPERLINK(\"\"http://x\"\")\",",
                    "," + SESSION + "," + liked);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rating=meh             | rating | 'rating' must be like, dislike or all (was 'meh')",
        "limit=0                | limit  | 'limit' must be a whole number from 1 to 10000 (was '0')",
        "limit=ten              | limit  | 'limit' must be a whole number from 1 to 10000 (was 'ten')",
        "limit=10001            | limit  | 'limit' must be a whole number from 1 to 10000 (was '10001')",
        "since=yesterday        | since  | 'since' must be a date (2025-12-01) or a UTC time (2025-12-01T09:30:00Z) (was 'yesterday')"})
    void refuses_bad_parameters_naming_the_field(String parameters, String field, String message) {
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().build(home), TestSettings.api()), (server, client) -> {
            for (String path : List.of("/api/feedback?", "/api/feedback.csv?")) {
                Response response = new ApiClient(client).get(path + parameters);

                assertThat(response.code()).isEqualTo(400);
                JsonNode error = tree(response).get("error");
                assertThat(error.get("code").asText()).isEqualTo("invalid_parameter");
                assertThat(error.get("field").asText()).isEqualTo(field);
                assertThat(error.get("message").asText()).isEqualTo(message);
            }
        });
    }

    @Test
    void a_feedback_store_that_cannot_be_read_is_a_503_with_the_error_envelope() {
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().feedbackFails().build(home), TestSettings.api()),
                (server, client) -> {
                    Response response = new ApiClient(client).get("/api/feedback");

                    assertThat(response.code()).isEqualTo(503);
                    assertThat(tree(response).get("error").get("code").asText()).isEqualTo("backend_unavailable");
                    assertThat(response.body().string()).doesNotContain("select failed");
                });
    }

    @Test
    void a_page_on_another_origin_is_not_allowed_to_read_feedback() {
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().build(home), TestSettings.api()), (server, client) -> {
            Response response = new ApiClient(client).get("/api/feedback", "Origin", "https://evil.example");

            assertThat(header(response, "Access-Control-Allow-Origin")).isNull();
            assertThat(header(response, "Cache-Control")).isEqualTo("no-store");
        });
    }

    private static List<String> messageIds(Response response) {
        assertThat(response.code()).isEqualTo(200);
        return tree(response).get("feedback").findValuesAsText("messageId");
    }

    private static String header(Response response, String name) {
        List<String> values = response.headers().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
