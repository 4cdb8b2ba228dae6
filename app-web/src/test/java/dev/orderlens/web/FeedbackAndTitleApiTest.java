package dev.orderlens.web;

import static dev.orderlens.web.fixtures.ApiClient.json;
import static dev.orderlens.web.fixtures.ApiClient.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.feedback.Rating;
import dev.orderlens.web.fixtures.ApiClient;
import dev.orderlens.web.fixtures.ScriptedOrderLens;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackAndTitleApiTest {

    @TempDir
    Path home;

    @Test
    void feedback_with_a_comment_is_stored_and_acknowledged() {
        ScriptedOrderLens scripted = new ScriptedOrderLens();
        JavalinTest.test(WebApp.create(scripted.build(home), TestSettings.api()), (server, client) -> {
            Response response = new ApiClient(client).post("/api/feedback", json(Map.of("messageId", "msg-1",
                    "sessionId", "session-0001", "rating", "dislike", "comment", "Wrong month",
                    "question", "Revenue in May?", "answer", "12 rows")));

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.body().string()).isEqualTo("{\"ok\":true}");
            assertThat(scripted.feedback).singleElement().satisfies(f -> {
                assertThat(f.rating()).isEqualTo(Rating.DISLIKE);
                assertThat(f.comment()).isEqualTo("Wrong month");
                assertThat(f.question()).isEqualTo("Revenue in May?");
                assertThat(f.messageId()).isEqualTo("msg-1");
            });
        });
    }

    @Test
    void feedback_the_store_cannot_keep_is_a_503_with_the_error_envelope() {
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().feedbackFails().build(home), TestSettings.api()),
                (server, client) -> {
                    Response response = new ApiClient(client).post("/api/feedback", json(Map.of("messageId", "msg-1",
                            "sessionId", "session-0001", "rating", "like")));

                    assertThat(response.code()).isEqualTo(503);
                    assertThat(tree(response).get("error").get("code").asText()).isEqualTo("feedback_unavailable");
                    assertThat(response.body().string()).doesNotContain("insert failed");
                });
    }

    @Test
    void a_title_is_plain_text_of_at_most_six_words() {
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().build(home), TestSettings.api()), (server, client) -> {
            Response response = new ApiClient(client).post("/api/generate-title",
                    json(Map.of("message", "Which carrier was late most often in September of last year?")));

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.headers().get("Content-Type").get(0)).startsWith("text/plain");
            assertThat(response.body().string()).isEqualTo("Which carrier was late most often");
        });
    }
}
