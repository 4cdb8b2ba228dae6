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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifiedApiTest {

    private static final String SESSION = "session-0001";

    @TempDir
    Path home;

    @Test
    void a_saved_answer_is_listed_reused_for_its_question_and_removed() {
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().build(home), TestSettings.api()), (server, client) -> {
            ApiClient api = new ApiClient(client);
            JsonNode liked = tree(api.post("/api/chat", question("Late orders by carrier", SESSION)));

            Response saved = api.post("/api/verified", json(Map.of("messageId", liked.get("messageId").asText(),
                    "savedBy", "Ana")));
            assertThat(saved.code()).isEqualTo(201);
            JsonNode verified = tree(saved).get("verified");
            assertThat(verified.get("question").asText()).isEqualTo("Late orders by carrier");
            assertThat(verified.get("sql").asText()).isEqualTo(liked.get("sql").asText());
            assertThat(verified.get("savedBy").asText()).isEqualTo("Ana");
            assertThat(verified.get("messageId").asText()).isEqualTo(liked.get("messageId").asText());
            String id = verified.get("id").asText();

            JsonNode listed = tree(api.get("/api/verified"));
            assertThat(listed.get("count").asInt()).isEqualTo(1);
            assertThat(listed.get("verified").get(0).get("id").asText()).isEqualTo(id);

            JsonNode again = tree(api.post("/api/chat", question("late orders by carrier?", "session-0002")));
            assertThat(again.get("verified").get("id").asText()).isEqualTo(id);
            assertThat(again.get("verified").get("savedBy").asText()).isEqualTo("Ana");
            assertThat(again.get("answer").asText()).startsWith("Verified answer (saved by Ana on ");

            assertThat(tree(api.delete("/api/verified/" + id)).get("ok").asBoolean()).isTrue();
            assertThat(tree(api.get("/api/verified")).get("count").asInt()).isZero();
            JsonNode afterRemoval = tree(api.post("/api/chat", question("Late orders by carrier", SESSION)));
            assertThat(afterRemoval.get("verified").isNull()).isTrue();
        });
    }

    @Test
    void without_a_name_the_save_is_made_by_web() {
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().build(home), TestSettings.api()), (server, client) -> {
            ApiClient api = new ApiClient(client);
            String messageId = tree(api.post("/api/chat", question("Revenue by month", SESSION)))
                    .get("messageId").asText();

            JsonNode verified = tree(api.post("/api/verified", json(Map.of("messageId", messageId))))
                    .get("verified");

            assertThat(verified.get("savedBy").asText()).isEqualTo("web");
        });
    }

    @Test
    void refusals_name_the_field_at_fault() {
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().build(home), TestSettings.api()), (server, client) -> {
            ApiClient api = new ApiClient(client);
            String fromDocuments = tree(api.post("/api/chat", question("Why are earbuds returned?", SESSION),
                    "Accept", "application/json"))
                    .get("messageId").asText();
            String sqlAnswer = tree(api.post("/api/chat", question("Late orders by carrier", SESSION)))
                    .get("messageId").asText();

            assertError(api.post("/api/verified", json(Map.of("savedBy", "Ana"))), 400, "missing_field",
                    "messageId");
            assertError(api.post("/api/verified", json(Map.of("messageId", "../etc"))), 400, "invalid_field",
                    "messageId");
            assertError(api.post("/api/verified", json(Map.of("messageId", "no-such-answer"))), 404,
                    "answer_not_found", "messageId");
            assertError(api.post("/api/verified", json(Map.of("messageId", fromDocuments))), 404,
                    "answer_not_found", "messageId");
            assertError(api.post("/api/verified", json(Map.of("messageId", sqlAnswer, "savedBy", "x".repeat(81)))),
                    400, "too_long", "savedBy");
            assertError(api.post("/api/verified", json(Map.of("messageId", sqlAnswer, "savedBy", "Ana\nBob"))),
                    400, "invalid_field", "savedBy");
            assertError(api.post("/api/verified", json(Map.of("messageId", sqlAnswer, "sql", "DROP TABLE orders"))),
                    400, "unknown_field", "sql");
            assertError(api.delete("/api/verified/never-saved"), 404, "verified_not_found", "id");
            assertThat(tree(api.get("/api/verified")).get("count").asInt()).isZero();
        });
    }

    private static void assertError(Response response, int status, String code, String field) {
        JsonNode error = tree(response).get("error");
        assertThat(response.code()).as(error.toString()).isEqualTo(status);
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("message").asText()).contains(field);
    }
}
