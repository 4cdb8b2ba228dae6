package dev.orderlens.web;

import static dev.orderlens.web.fixtures.ApiClient.question;
import static dev.orderlens.web.fixtures.ApiClient.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderlens.web.fixtures.ApiClient;
import dev.orderlens.web.fixtures.ScriptedOrderLens;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupApiTest {

    @TempDir
    Path home;

    private final AtomicLong now = new AtomicLong(1_000);
    private final Startup startup = new Startup(now::get);

    @Test
    void while_starting_the_page_and_health_answer_and_the_api_says_starting_with_the_progress() {
        startup.info("warehouse: DuckDB (embedded, read-only)");
        startup.progress("Generating orders", 30_000, 60_000);
        now.addAndGet(4_500);

        JavalinTest.test(WebApp.create(startup, TestSettings.api()), (server, client) -> {
            ApiClient api = new ApiClient(client);
            assertThat(client.get("/health").code()).isEqualTo(200);
            Response page = client.get("/");
            assertThat(page.code()).isEqualTo(200);
            assertThat(page.headers().get("Content-Security-Policy").get(0)).contains("script-src 'self'");
            assertThat(page.body().string()).contains("Preparing your data");

            JsonNode progress = tree(client.get("/startup"));
            assertThat(progress.toString()).isEqualTo("{\"state\":\"starting\",\"elapsedMs\":4500,\"tasks\":["
                    + "{\"task\":\"Generating orders\",\"done\":30000,\"total\":60000,\"percent\":50}],"
                    + "\"messages\":[\"warehouse: DuckDB (embedded, read-only)\"],\"error\":null}");

            Response ready = client.get("/ready");
            assertThat(ready.code()).isEqualTo(503);
            JsonNode readyBody = tree(ready);
            assertThat(readyBody.get("ready").asBoolean()).isFalse();
            assertThat(readyBody.get("startup").get("state").asText()).isEqualTo("starting");

            for (Response refused : new Response[] {api.get("/api/examples"),
                    api.post("/api/chat", question("Orders by state", "0123456789abcdef")), api.get("/api/chats")}) {
                assertThat(refused.code()).isEqualTo(503);
                assertThat(refused.headers().get("Retry-After").get(0)).isEqualTo("5");
                assertThat(tree(refused).toString()).isEqualTo("{\"error\":{\"code\":\"starting\",\"message\":"
                        + "\"OrderLens is starting (Generating orders: 50%); try again in a few seconds\"}}");
            }
        });
    }

    @Test
    void once_ready_the_api_answers() {
        JavalinTest.test(WebApp.create(startup, TestSettings.api()), (server, client) -> {
            assertThat(client.get("/api/examples").code()).isEqualTo(503);

            startup.ready(new ScriptedOrderLens().build(home));

            Response examples = client.get("/api/examples");
            assertThat(examples.code()).isEqualTo(200);
            assertThat(tree(examples).get("questions").get(0).asText()).isEqualTo(ScriptedOrderLens.EXAMPLES.get(0));
            assertThat(tree(client.get("/startup")).get("state").asText()).isEqualTo("ready");
            assertThat(client.get("/ready").code()).isEqualTo(200);
        });
    }

    @Test
    void a_failed_start_is_told_to_the_page_and_the_api() {
        startup.progress("Indexing orders (60000 documents)", 10, 60_000);
        startup.failed(new IllegalStateException("cannot write /home/x/.orderlens/index: No space left on device"));

        JavalinTest.test(WebApp.create(startup, TestSettings.api()), (server, client) -> {
            JsonNode progress = tree(client.get("/startup"));
            assertThat(progress.get("state").asText()).isEqualTo("failed");
            assertThat(progress.get("error").asText()).isEqualTo(
                    "cannot write /home/x/.orderlens/index: No space left on device");

            Response refused = client.get("/api/chats");
            assertThat(refused.code()).isEqualTo(503);
            assertThat(tree(refused).get("error").get("message").asText()).isEqualTo("OrderLens could not start: "
                    + "cannot write /home/x/.orderlens/index: No space left on device");
            assertThat(client.get("/health").code()).isEqualTo(200);
        });
    }
}
