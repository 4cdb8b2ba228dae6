package dev.orderlens.web;

import static dev.orderlens.web.fixtures.ApiClient.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderlens.web.fixtures.ApiClient;
import dev.orderlens.web.fixtures.ScriptedOrderLens;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every refused body gets a 4xx with {error:{code, message, field}} naming the field, never a 500 or a trace. */
class RequestValidationTest {

    private static final String LONG_QUESTION = "a".repeat(2_001);

    @TempDir
    static Path home;

    static Stream<Arguments> refusedBodies() {
        return Stream.of(
                Arguments.of("/api/chat", "{\"question\":\"hi\",\"sessionId\":\"session-0001\",\"mood\":\"x\"}",
                        400, "unknown_field", "mood"),
                Arguments.of("/api/chat", "{\"sessionId\":\"session-0001\"}", 400, "missing_field", "question"),
                Arguments.of("/api/chat", "{\"question\":\"   \",\"sessionId\":\"session-0001\"}", 400, "missing_field",
                        "question"),
                Arguments.of("/api/chat", "{\"question\":42,\"sessionId\":\"session-0001\"}", 400, "invalid_type",
                        "question"),
                Arguments.of("/api/chat", "{\"question\":\"" + LONG_QUESTION + "\",\"sessionId\":\"session-0001\"}", 400,
                        "too_long", "question"),
                Arguments.of("/api/chat", "{\"question\":\"hi\"}", 400, "missing_field", "sessionId"),
                Arguments.of("/api/chat", "{\"question\":\"hi\",\"sessionId\":\"short\"}", 400, "invalid_field",
                        "sessionId"),
                Arguments.of("/api/chat", "{\"question\":\"hi\",\"sessionId\":\"../../etc/passwd\"}", 400,
                        "invalid_field", "sessionId"),
                Arguments.of("/api/chat", "{\"question\":\"hi\",\"sessionId\":[\"session-0001\"]}", 400,
                        "invalid_type", "sessionId"),
                Arguments.of("/api/chat", "{\"question\":\"hi\",\"sessionId\":\"session-0001\",\"route\":\"sometimes\"}",
                        400, "invalid_field", "route"),
                Arguments.of("/api/chat", "{\"question\":\"hi\",\"sessionId\":\"session-0001\",\"history\":\"yes\"}",
                        400, "invalid_type", "history"),
                Arguments.of("/api/chat", "{\"question\":\"hi\",\"sessionId\":\"session-0001\",\"history\":[42]}",
                        400, "invalid_type", "history[0]"),
                Arguments.of("/api/chat", "{\"question\":\"hi\",\"sessionId\":\"session-0001\","
                        + "\"history\":[{\"question\":\"q\",\"route\":\"maybe\"}]}", 400, "invalid_field",
                        "history[0].route"),
                Arguments.of("/api/chat", "{\"question\":\"hi\",\"sessionId\":\"session-0001\","
                        + "\"history\":[{\"answer\":\"a\"}]}", 400, "missing_field", "history[0].question"),
                Arguments.of("/api/chat", "{\"question\":\"hi\",\"sessionId\":\"session-0001\",\"question\":\"again\"}",
                        400, "malformed_json", null),
                Arguments.of("/api/chat", "{\"question\": \"hi\"", 400, "malformed_json", null),
                Arguments.of("/api/chat", "[\"hi\"]", 400, "invalid_body", null),
                Arguments.of("/api/chat", "{\"question\":\"" + "b".repeat(70_000) + "\",\"sessionId\":\"session-0001\"}",
                        413, "body_too_large", null),
                Arguments.of("/api/feedback", "{\"messageId\":\"m-1\",\"sessionId\":\"session-0001\",\"rating\":\"meh\"}",
                        400, "invalid_field", "rating"),
                Arguments.of("/api/feedback", "{\"messageId\":\"m-1\",\"sessionId\":\"session-0001\"}", 400,
                        "missing_field", "rating"),
                Arguments.of("/api/feedback", "{\"messageId\":\"m 1\",\"sessionId\":\"session-0001\",\"rating\":\"like\"}",
                        400, "invalid_field", "messageId"),
                Arguments.of("/api/feedback", "{\"messageId\":\"m-1\",\"sessionId\":\"bad id!\",\"rating\":\"like\"}",
                        400, "invalid_field", "sessionId"),
                Arguments.of("/api/feedback", "{\"messageId\":\"m-1\",\"sessionId\":\"session-0001\",\"rating\":\"like\","
                        + "\"comment\":\"" + "c".repeat(2_001) + "\"}", 400, "too_long", "comment"),
                Arguments.of("/api/feedback", "{\"messageId\":\"m-1\",\"sessionId\":\"session-0001\",\"rating\":\"like\","
                        + "\"stars\":5}", 400, "unknown_field", "stars"),
                Arguments.of("/api/generate-title", "{}", 400, "missing_field", "message"),
                Arguments.of("/api/generate-title", "{\"message\":true}", 400, "invalid_type", "message"),
                Arguments.of("/api/generate-title", "{\"message\":\"" + LONG_QUESTION + "\"}", 400, "too_long",
                        "message"));
    }

    @ParameterizedTest(name = "{0} {3} {4}")
    @MethodSource("refusedBodies")
    void a_refused_body_gets_a_4xx_naming_the_field(String path, String body, int status, String code, String field) {
        Javalin app = WebApp.create(new ScriptedOrderLens().build(home), TestSettings.api());
        JavalinTest.test(app, (server, client) -> {
            Response response = new ApiClient(client).post(path, body);

            assertThat(response.code()).isEqualTo(status);
            JsonNode error = tree(response).get("error");
            assertThat(error.get("code").asText()).isEqualTo(code);
            assertThat(error.get("message").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("at dev.");
            if (field == null) {
                assertThat(error.has("field")).isFalse();
            } else {
                assertThat(error.get("field").asText()).isEqualTo(field);
                assertThat(error.get("message").asText()).contains(field);
            }
        });
    }

    @Test
    void a_body_that_is_not_json_is_refused_as_unsupported() {
        Javalin app = WebApp.create(new ScriptedOrderLens().build(home), TestSettings.api());
        JavalinTest.test(app, (server, client) -> {
            Response response = client.request("/api/chat", request -> request
                    .post(java.net.http.HttpRequest.BodyPublishers.ofString("question=hi"))
                    .header("Content-Type", "application/x-www-form-urlencoded"));

            assertThat(response.code()).isEqualTo(415);
            assertThat(tree(response).get("error").get("code").asText()).isEqualTo("unsupported_media_type");
        });
    }
}
