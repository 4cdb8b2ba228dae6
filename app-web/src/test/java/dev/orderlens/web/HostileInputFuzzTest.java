package dev.orderlens.web;

import static dev.orderlens.web.fixtures.FuzzField.choice;
import static dev.orderlens.web.fixtures.FuzzField.code;
import static dev.orderlens.web.fixtures.FuzzField.id;
import static dev.orderlens.web.fixtures.FuzzField.instant;
import static dev.orderlens.web.fixtures.FuzzField.objects;
import static dev.orderlens.web.fixtures.FuzzField.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.bootstrap.OrderLensWiring;
import dev.orderlens.bootstrap.StartupListener;
import dev.orderlens.core.pipeline.AskCommand;
import dev.orderlens.testsupport.SharedTestHome;
import dev.orderlens.web.fixtures.ApiClient;
import dev.orderlens.web.fixtures.FuzzEndpoint;
import dev.orderlens.web.fixtures.FuzzField;
import dev.orderlens.web.fixtures.HostileRequest;
import dev.orderlens.web.fixtures.HostileRequest.Outcome;
import dev.orderlens.web.fixtures.HostileRequests;
import dev.orderlens.web.fixtures.HostileResponses;
import dev.orderlens.web.fixtures.ScriptedOrderLens;
import dev.orderlens.web.internal.ChatArchiveEndpoints;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of generated hostile requests against every endpoint (see {@link #endpoints}): each gets a 2xx or a
 * 4xx with {@code {error:{code, message, field}}} naming the field at fault, no body shows a stack trace or a
 * class name, and the server still answers afterwards. The generator is seeded; the seed is printed, and
 * {@code -Dorderlens.fuzz.seed=N} replays a run ({@code -Dorderlens.fuzz.requests=N} makes it longer).
 */
class HostileInputFuzzTest {

    static final long DEFAULT_SEED = 20_260_101L;
    private static final int SCRIPTED_REQUESTS = 5_000;
    private static final int THREADS = 2;
    private static final int EMBEDDED_REQUESTS = 400;
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int MAX_CHAT_BYTES = 2 * 1024 * 1024;
    private static final String[] QUESTIONS = {"Revenue by month in 2025", "Which carrier was late most often?",
        "Why are customers returning the Nimbus earbuds?", "List the late FedEx orders",
        "Explain the returns policy", "Average order value by channel last quarter"};

    @TempDir
    static Path home;

    /**
     * The endpoints and their fields: one row each. An endpoint added to the app is added here, e.g.
     * {@code FuzzEndpoint.of("POST", "/api/ingest/eventbridge").header(code("X-Api-Key", true, 64, r -> KEY))
     * .body(MAX_BODY_BYTES, ...)}.
     */
    static List<FuzzEndpoint> endpoints(List<String> knownResultIds) {
        FuzzField owner = code(ChatArchiveEndpoints.OWNER_HEADER, true, 128, FuzzField::randomId);
        FuzzField resultId = code("resultId", true, 64, random -> random.nextBoolean() && !knownResultIds.isEmpty()
                ? knownResultIds.get(random.nextInt(knownResultIds.size()))
                : FuzzField.randomId(random).replace('_', '-'));
        FuzzField page = code("page", false, 10, random -> Integer.toString(1 + random.nextInt(3)));
        FuzzField chatId = id("id", true);
        FuzzEndpoint chat = FuzzEndpoint.of("POST", "/api/chat").body(MAX_BODY_BYTES,
                text("question", true, AskCommand.MAX_QUESTION_CHARS, QUESTIONS),
                id("sessionId", true),
                choice("route", false, "auto", "sql", "rag", "AUTO", "Sql"),
                objects("history", 20,
                        id("messageId", false),
                        text("question", true, AskCommand.MAX_QUESTION_CHARS, QUESTIONS),
                        text("answer", false, 20_000, "FedEx had 412 late orders.", "**24 rows.**"),
                        choice("route", false, "sql", "rag"),
                        text("sql", false, 20_000, "SELECT carrier, count(*) FROM orders GROUP BY 1")));
        return List.of(
                chat.named("POST /api/chat (JSON)").accepting("application/json"),
                chat.named("POST /api/chat (event stream)").accepting("text/event-stream", "*/*"),
                FuzzEndpoint.of("GET", "/api/results/{resultId}").pathParam(resultId).queryParam(page),
                FuzzEndpoint.of("GET", "/api/results/{resultId}/csv").pathParam(resultId),
                FuzzEndpoint.of("POST", "/api/feedback").body(MAX_BODY_BYTES,
                        code("messageId", true, 128, FuzzField::randomId),
                        id("sessionId", true),
                        choice("rating", true, "like", "dislike"),
                        text("comment", false, 2_000, "Clear and cited", "Wrong carrier"),
                        text("question", false, AskCommand.MAX_QUESTION_CHARS, QUESTIONS),
                        text("answer", false, 20_000, "FedEx had 412 late orders.")),
                feedbackList("/api/feedback"),
                feedbackList("/api/feedback.csv"),
                // POST /api/verified is left out: its valid body names an answer the server gave, which a random
                // id never is, so it is refused (404) where the fuzz expects it taken; VerifiedApiTest covers it.
                FuzzEndpoint.of("GET", "/api/verified"),
                FuzzEndpoint.of("DELETE", "/api/verified/{id}").pathParam(id("id", true)),
                FuzzEndpoint.of("POST", "/api/generate-title").body(MAX_BODY_BYTES,
                        text("message", true, AskCommand.MAX_QUESTION_CHARS, QUESTIONS)),
                FuzzEndpoint.of("GET", "/api/chats").header(owner),
                FuzzEndpoint.of("GET", "/api/chats/{id}").pathParam(chatId).header(owner),
                FuzzEndpoint.of("DELETE", "/api/chats/{id}").pathParam(chatId).header(owner),
                FuzzEndpoint.of("PUT", "/api/chats/{id}").pathParam(chatId).header(owner).body(MAX_CHAT_BYTES,
                        text("title", false, 200, "Revenue by month", "Late carriers"),
                        FuzzField.flag("pinned"),
                        objects("messages", 1_000,
                                code("id", true, 128, FuzzField::randomId),
                                choice("role", true, "user", "assistant"),
                                text("content", true, 100_000, "Revenue by month", "**24 rows.**"),
                                choice("status", false, "complete"),
                                FuzzField.any("payload"),
                                instant("at")),
                        instant("updatedAt")));
    }

    private static FuzzEndpoint feedbackList(String path) {
        return FuzzEndpoint.of("GET", path)
                .queryParam(choice("rating", false, "like", "dislike", "all"))
                .queryParam(code("limit", false, 6, random -> Integer.toString(1 + random.nextInt(500))))
                .queryParam(code("since", false, 30, random -> "2025-12-" + (10 + random.nextInt(20))));
    }

    static long seed() {
        return Long.getLong("orderlens.fuzz.seed", DEFAULT_SEED);
    }

    private static WebSettings settings() {
        // The limiter is configured out of the way: the fuzz is about what a request contains, not how many come.
        return TestSettings.api().withPort(0).withRequestsPerMinute(1_000_000);
    }

    @Test
    void thousands_of_hostile_requests_get_a_2xx_or_a_clean_4xx_and_the_server_stays_up() throws Exception {
        int count = Integer.getInteger("orderlens.fuzz.requests", SCRIPTED_REQUESTS);
        try (WebServer server = WebServer.start(new ScriptedOrderLens().build(home), settings())) {
            run(server, seed(), count, "scripted assistant");
        }
    }

    @Test
    void the_embedded_defaults_take_hostile_requests_too() throws Exception {
        try (OrderLens orderLens = OrderLensWiring.start(Map.of("ORDERLENS_HOME", SharedTestHome.path().toString()),
                StartupListener.SILENT);
                WebServer server = WebServer.start(orderLens, settings())) {
            run(server, seed() + 1, EMBEDDED_REQUESTS, "embedded defaults");
        }
    }

    private static void run(WebServer server, long seed, int count, String label) throws Exception {
        String base = "http://localhost:" + server.port();
        HostileResponses responses = new HostileResponses(base);
        List<String> knownResultIds = new CopyOnWriteArrayList<>();
        knownResultIds.add(normalAnswer(responses).get("resultId").asText());
        HostileRequests requests = new HostileRequests(seed, endpoints(knownResultIds));
        System.out.println("hostile input fuzz (" + label + "): seed " + seed + ", " + count
                + " requests; replay with -Dorderlens.fuzz.seed=" + seed);
        long start = System.nanoTime();

        responses.checkAll(requests.take(count), THREADS);

        long millis = (System.nanoTime() - start) / 1_000_000;
        String name = "hostile-input-" + label.replace(' ', '-') + ".txt";
        System.out.println("hostile input fuzz (" + label + "): " + count + " requests in " + millis + " ms, "
                + responses.problems().size() + " problems, " + responses.retried().size()
                + " sent again on a new connection (problems and resends in target/" + name
                + "); answers by endpoint and status: " + responses.statusCounts());
        Files.writeString(Path.of("target", name), "seed " + seed + "\n\nproblems:\n"
                + String.join("\n\n", responses.problems()) + "\n\nsent again:\n"
                + String.join("\n", responses.retried()));
        assertThat(responses.problems()).as("seed %d: %s", seed,
                String.join("\n\n", responses.problems().subList(0, Math.min(15, responses.problems().size()))))
                .isEmpty();
        HttpResponse<byte[]> health = responses.send(new HostileRequest(0, "health", "after the run", "GET",
                "/health", Map.of(), null, Outcome.ACCEPT, List.of()));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(new String(health.body(), StandardCharsets.UTF_8)).contains("\"ok\"");
        JsonNode answer = normalAnswer(responses);
        assertThat(answer.get("rows").size()).isGreaterThan(1);
        assertThat(answer.get("answer").asText()).isNotBlank();
    }

    /** "Revenue by month in 2025" answered as one JSON body: a SQL answer with rows. */
    private static JsonNode normalAnswer(HostileResponses responses) throws Exception {
        byte[] body = ApiClient.question("Revenue by month in 2025", "fuzz-session-0001").getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> response = responses.send(new HostileRequest(0, "chat", "a normal question", "POST",
                "/api/chat", Map.of("Content-Type", "application/json", "Accept", "application/json"), body,
                Outcome.ACCEPT, List.of()));
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(text).isEqualTo(200);
        JsonNode answer = ApiClient.JSON.readTree(text);
        assertThat(answer.get("mode").asText()).as(text).isEqualTo("sql");
        return answer;
    }
}
