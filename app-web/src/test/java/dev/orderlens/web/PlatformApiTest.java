package dev.orderlens.web;

import static dev.orderlens.web.fixtures.ApiClient.events;
import static dev.orderlens.web.fixtures.ApiClient.question;
import static dev.orderlens.web.fixtures.ApiClient.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderlens.web.fixtures.ApiClient;
import dev.orderlens.web.fixtures.ApiClient.Event;
import dev.orderlens.web.fixtures.RawHttp;
import dev.orderlens.web.fixtures.ScriptedOrderLens;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformApiTest {

    @TempDir
    Path home;

    @Test
    void health_answers_while_the_process_runs() {
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().build(home), TestSettings.api()), (server, client) -> {
            Response response = client.get("/health");

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.body().string()).isEqualTo("{\"status\":\"ok\"}");
        });
    }

    @Test
    void the_listening_socket_queues_a_crowd_of_new_connections() {
        // Java's default backlog of 50 reset 57 to 181 of 1,000 chats opened at once (docs/performance.md).
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().build(home), TestSettings.api()), (server, client) -> {
            ServerConnector connector = (ServerConnector) server.jettyServer().server().getConnectors()[0];

            assertThat(connector.getAcceptQueueSize()).isGreaterThanOrEqualTo(1_000);
            assertThat(connector.getLocalPort()).isEqualTo(server.port());
            assertThat(client.get("/health").code()).isEqualTo(200);
        });
    }

    @Test
    void the_server_listens_on_loopback_only_by_default() {
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().build(home), TestSettings.api()), (server, client) -> {
            ServerConnector connector = (ServerConnector) server.jettyServer().server().getConnectors()[0];

            assertThat(connector.getHost()).isEqualTo("127.0.0.1");
            assertThat(InetAddress.getByName(connector.getHost()).isLoopbackAddress()).isTrue();
        });
    }

    @Test
    void a_page_whose_dns_name_was_pointed_here_is_refused_even_from_its_own_origin() throws Exception {
        try (WebServer server = WebServer.start(new ScriptedOrderLens().build(home), TestSettings.api().withPort(0))) {
            for (String request : List.of("GET /api/examples", "GET /", "POST /api/generate-title")) {
                String answer = RawHttp.exchange(server.port(), (request + " HTTP/1.1\r\nHost: evil.example:"
                        + server.port() + "\r\nOrigin: http://evil.example:" + server.port()
                        + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
                        .getBytes(StandardCharsets.US_ASCII));

                assertThat(answer).as(request).startsWith("HTTP/1.1 421 ").contains("\"code\":\"host_not_allowed\"")
                        .doesNotContain("Access-Control-Allow-Origin");
            }
        }
    }

    @Test
    void an_allowed_host_name_is_served_on_any_port_and_ip_addresses_always_are() throws Exception {
        WebSettings settings = TestSettings.api().withPort(0).withAllowedHosts(List.of("orders.intranet.example"));
        try (WebServer server = WebServer.start(new ScriptedOrderLens().build(home), settings)) {
            for (String host : List.of("orders.intranet.example:8443", "ORDERS.intranet.example", "localhost:1",
                    "127.0.0.1:" + server.port(), "[::1]:7070", "10.1.2.3")) {
                String answer = RawHttp.exchange(server.port(), ("GET /health HTTP/1.1\r\nHost: " + host + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));

                assertThat(answer).as(host).startsWith("HTTP/1.1 200 ");
            }
        }
    }

    @Test
    void ready_lists_the_backends_and_is_200_when_all_answer() {
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().build(home), TestSettings.api()), (server, client) -> {
            Response response = client.get("/ready");

            assertThat(response.code()).isEqualTo(200);
            JsonNode body = tree(response);
            assertThat(body.get("ready").asBoolean()).isTrue();
            assertThat(body.get("backends").get(0).toString()).isEqualTo("{\"port\":\"warehouse\",\"implementation\":"
                    + "\"scripted\",\"target\":\"memory\",\"embedded\":true,\"reachability\":\"reachable\","
                    + "\"detail\":\"3 tables\"}");
        });
    }

    @Test
    void ready_is_503_naming_the_backend_that_is_down() {
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().backendDown().build(home), TestSettings.api()),
                (server, client) -> {
                    Response response = client.get("/ready");

                    assertThat(response.code()).isEqualTo(503);
                    JsonNode down = tree(response).get("backends").get(1);
                    assertThat(down.get("reachability").asText()).isEqualTo("unreachable");
                    assertThat(down.get("detail").asText()).isEqualTo("index files missing");
                });
    }

    @Test
    void example_questions_are_served_for_the_first_visit_screen() {
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().build(home), TestSettings.api()), (server, client) -> {
            assertThat(tree(client.get("/api/examples")).get("questions").get(0).asText())
                    .isEqualTo(ScriptedOrderLens.EXAMPLES.get(0));
        });
    }

    @Test
    void page_and_api_responses_carry_the_security_headers() {
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().build(home), TestSettings.api()), (server, client) -> {
            for (Response response : List.of(client.get("/"), client.get("/api/examples"), client.get("/health"))) {
                String csp = response.headers().get("Content-Security-Policy").get(0);
                assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                        .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
                assertThat(response.headers().get("X-Content-Type-Options")).containsExactly("nosniff");
                assertThat(response.headers().get("X-Frame-Options")).containsExactly("DENY");
            }
            assertThat(client.get("/api/examples").headers().get("Cache-Control")).containsExactly("no-store");
        });
    }

    @Test
    void the_page_and_its_webjar_libraries_are_served_from_the_classpath() {
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().build(home), TestSettings.api()), (server, client) -> {
            String page = client.get("/").body().string();

            assertThat(page).contains("<title>OrderLens</title>").doesNotContain("<script>");
            for (String script : List.of("/webjars/marked/15.0.12/lib/marked.umd.js",
                    "/webjars/dompurify/3.3.1/dist/purify.min.js", "/webjars/chart.js/4.5.1/dist/chart.umd.min.js")) {
                assertThat(page).contains(script);
                Response response = client.get(script);
                assertThat(response.code()).as(script).isEqualTo(200);
                assertThat(response.headers().get("Content-Type").get(0)).contains("javascript");
            }
        });
    }

    @Test
    void a_client_over_its_rate_limit_is_answered_429_with_retry_after() {
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().build(home), TestSettings.api().withRequestsPerMinute(3)),
                (server, client) -> {
                    for (int i = 0; i < 3; i++) {
                        assertThat(client.get("/api/examples").code()).isEqualTo(200);
                    }
                    Response limited = client.get("/api/examples");

                    assertThat(limited.code()).isEqualTo(429);
                    assertThat(tree(limited).get("error").get("code").asText()).isEqualTo("rate_limited");
                    assertThat(Integer.parseInt(limited.headers().get("Retry-After").get(0))).isBetween(1, 60);
                    assertThat(client.get("/health").code()).isEqualTo(200);
                });
    }

    @Test
    void changes_from_a_foreign_origin_are_refused_and_allowed_origins_get_cors_headers() {
        WebSettings settings = TestSettings.api().withAllowedOrigins(List.of("https://intranet.example"));
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().build(home), settings), (server, client) -> {
            ApiClient api = new ApiClient(client);

            Response foreign = api.post("/api/generate-title", "{\"message\":\"hello there\"}", "Origin", "https://evil.example");
            Response allowed = api.post("/api/generate-title", "{\"message\":\"hello there\"}", "Origin",
                    "https://intranet.example");
            Response own = api.post("/api/generate-title", "{\"message\":\"hello there\"}", "Origin",
                    client.getOrigin());

            assertThat(foreign.code()).isEqualTo(403);
            assertThat(tree(foreign).get("error").get("code").asText()).isEqualTo("origin_not_allowed");
            assertThat(allowed.code()).isEqualTo(200);
            assertThat(allowed.headers().get("Access-Control-Allow-Origin")).containsExactly("https://intranet.example");
            assertThat(own.code()).isEqualTo(200);
        });
    }

    @Test
    void an_unknown_api_endpoint_is_a_json_404() {
        JavalinTest.test(WebApp.create(new ScriptedOrderLens().build(home), TestSettings.api()), (server, client) -> {
            Response response = client.get("/api/nothing-here");

            assertThat(response.code()).isEqualTo(404);
            assertThat(tree(response).get("error").get("code").asText()).isEqualTo("not_found");
        });
    }

    @Test
    void stopping_the_server_lets_an_open_answer_stream_finish() throws Exception {
        WebSettings settings = WebSettings.defaults().withPort(0).withShutdownGrace(Duration.ofSeconds(20));
        WebServer server = WebServer.start(new ScriptedOrderLens().tokenDelayMillis(60).build(home), settings);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(question("Why are the earbuds returned?", "session-0001")))
                .build();
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);

        long start = System.nanoTime();
        server.close();
        long stopMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        List<Event> events = events(answer.get(10, TimeUnit.SECONDS).body());
        assertThat(events.get(events.size() - 1).name()).isEqualTo("done");
        assertThat(stopMillis).isGreaterThan(200);
    }
}
