package dev.orderlens.bench.load;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * WireMock servers standing in for an OpenAI-compatible model server and a Databricks workspace (SQL
 * Statement Execution and Vector Search), each call answered after its fixed latency. The delays are
 * scheduled without holding a thread (asynchronous responses), and both thread pools are sized for the load,
 * so that the stubs keep their latencies under load. The answer stream sends all its tokens at once after
 * the first-token latency: a model writing tokens slowly would only lengthen every path by the same time.
 *
 * <p>{@link #main} runs them in a process of their own, so that their threads and heap do not blur the
 * figures of the OrderLens process under test.
 */
final class StubBackends implements AutoCloseable {

    static final String SQL_QUESTION = "Which carrier was late most often in September 2025?";
    static final String RAG_QUESTION = "Why were Southeast deliveries late in September?";
    static final String SUMMARY = "FedEx had the most late deliveries in September 2025.";
    static final String FOLLOW_UP = "Late deliveries by region?";
    static final String ANSWER_WORD = "hurricane";
    static final String SOURCE_ID = "incident-fedex-southeast-2025-09";
    static final String ORDERS_TABLE = "main.support.orders";
    static final String ORDERS_INDEX = "main.support.orders_index";
    static final String ANALYTICS_INDEX = "main.support.analytics_index";

    private static final String CHAT = "/v1/chat/completions";
    private static final String STATEMENTS = "/api/2.0/sql/statements";
    private static final String SQL = "SELECT carrier, count(*) AS late_deliveries FROM " + ORDERS_TABLE
            + " WHERE is_late AND order_ts >= TIMESTAMP '2025-09-01' AND order_ts < TIMESTAMP '2025-10-01'"
            + " GROUP BY carrier ORDER BY late_deliveries DESC";

    /** What the model fills in for {@link #SQL_QUESTION} in the semantic form (the stub warehouse answers any SQL). */
    private static final String SEMANTIC_QUERY = "{\"expressible\": true, \"refines_previous\": false,"
            + " \"measures\": [{\"metric\": \"late_delivery_rate\", \"aggregate\": null, \"column\": null}],"
            + " \"filters\": [], \"period\": {\"start\": \"2025-09-01\", \"end\": \"2025-10-01\"},"
            + " \"compared_periods\": [], \"group_by\": [\"carrier\"], \"grain\": null, \"order\": \"desc\","
            + " \"limit\": null, \"share_of\": null}";

    private final WireMockServer openAi;
    private final WireMockServer databricks;

    private StubBackends(WireMockServer openAi, WireMockServer databricks) {
        this.openAi = openAi;
        this.databricks = databricks;
    }

    /** Starts both servers on free ports; {@code threads} should exceed the calls in flight at once. */
    static StubBackends start(StubLatencies latencies, int threads) {
        WireMockServer openAi = server(threads);
        WireMockServer databricks = server(threads);
        openAi.start();
        databricks.start();
        StubBackends stubs = new StubBackends(openAi, databricks);
        stubs.stubModel(latencies);
        stubs.stubWorkspace(latencies);
        return stubs;
    }

    /** Runs the stubs until standard input closes; prints their addresses on one line first. */
    public static void main(String[] args) throws IOException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 512;
        try (StubBackends stubs = start(StubLatencies.standard(), threads)) {
            System.out.println("stubs " + stubs.openAiBaseUrl() + " " + stubs.databricksHost());
            System.out.flush();
            InputStream in = System.in;
            while (in.read() >= 0) {
                // Wait for the parent to close the pipe (or die).
            }
        }
    }

    String openAiBaseUrl() {
        return "http://127.0.0.1:" + openAi.port() + "/v1";
    }

    String databricksHost() {
        return "http://127.0.0.1:" + databricks.port();
    }

    private static WireMockServer server(int threads) {
        return new WireMockServer(wireMockConfig()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .containerThreads(threads)
                .jettyAcceptors(2)
                .jettyAcceptQueueSize(4096)
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(threads)
                .disableRequestJournal()
                .notifier(new ConsoleNotifier(false)));
    }

    private void stubModel(StubLatencies latencies) {
        openAi.stubFor(chat("You route questions").withRequestBody(containing("Question: " + SQL_QUESTION))
                .willReturn(after(latencies.classifier(), okJson(completion("{\"route\":\"sql\",\"confidence\":0.93,"
                        + "\"reasoning\":\"a ranking\"}")))));
        openAi.stubFor(chat("You route questions").withRequestBody(containing("Question: " + RAG_QUESTION))
                .willReturn(after(latencies.classifier(), okJson(completion("{\"route\":\"rag\",\"confidence\":0.9,"
                        + "\"reasoning\":\"asks why\"}")))));
        openAi.stubFor(chat("You turn a question").willReturn(after(latencies.sqlGenerator(), okJson(completion(
                SEMANTIC_QUERY)))));
        openAi.stubFor(chat("You write one read-only")
                .willReturn(after(latencies.sqlGenerator(), okJson(completion(SQL)))));
        openAi.stubFor(chat("You summarise the result")
                .willReturn(after(latencies.summary(), okJson(completion(SUMMARY)))));
        openAi.stubFor(chat("Suggest three")
                .willReturn(after(latencies.followUps(), okJson(completion(FOLLOW_UP + "\nAnd in October?")))));
        openAi.stubFor(chat("\"stream\":true").willReturn(after(latencies.firstToken(), aResponse()
                .withHeader("Content-Type", "text/event-stream")
                .withBody(stream()))));
    }

    private void stubWorkspace(StubLatencies latencies) {
        databricks.stubFor(post(urlEqualTo(STATEMENTS))
                .willReturn(after(latencies.sqlStatement(), okJson(statementResult()))));
        databricks.stubFor(vectorQuery(ORDERS_INDEX).willReturn(after(latencies.vectorQuery(), okJson(passage(
                "ORD-041877", "Order ORD-041877", "FedEx delivered four days late after the Southeast hub closed.")))));
        databricks.stubFor(vectorQuery(ANALYTICS_INDEX).willReturn(after(latencies.vectorQuery(), okJson(passage(
                SOURCE_ID, "FedEx Southeast disruption",
                "Hurricane Delia closed FedEx hubs in the Southeast, so deliveries were late.")))));
    }

    private static MappingBuilder chat(String marker) {
        return post(urlEqualTo(CHAT)).withRequestBody(containing(marker));
    }

    private static MappingBuilder vectorQuery(String index) {
        return post(urlEqualTo("/api/2.0/vector-search/indexes/" + index + "/query"));
    }

    private static ResponseDefinitionBuilder after(Duration latency, ResponseDefinitionBuilder response) {
        return response.withFixedDelay((int) latency.toMillis());
    }

    private static String completion(String content) {
        return """
                {"id": "chatcmpl-1", "object": "chat.completion", "created": 1767225600, "model": "bench-model",
                 "choices": [{"index": 0, "message": {"role": "assistant", "content": %s}, "finish_reason": "stop"}],
                 "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120}}"""
                .formatted(quoted(content));
    }

    /** The answer as OpenAI streams it: one chunk per token, a stop chunk, then [DONE]. */
    private static String stream() {
        String answer = "A " + ANSWER_WORD + " closed FedEx hubs in the Southeast from 8 to 19 September,"
                + " so FedEx deliveries there were late and customers opened many tickets [1]. One order"
                + " arrived four days late [2].";
        StringBuilder body = new StringBuilder();
        for (String token : answer.split("(?<= )")) {
            body.append(chunk("{\"content\":" + quoted(token) + "}", "null"));
        }
        body.append(chunk("{}", "\"stop\""));
        return body.append("data: [DONE]\n\n").toString();
    }

    private static String chunk(String delta, String finishReason) {
        return "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"bench-model\","
                + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + finishReason + "}]}\n\n";
    }

    private static String statementResult() {
        return """
                {"statement_id": "stmt-1", "status": {"state": "SUCCEEDED"},
                 "manifest": {"format": "JSON_ARRAY", "schema": {"column_count": 2, "columns": [
                                {"name": "carrier", "position": 0, "type_name": "STRING"},
                                {"name": "late_deliveries", "position": 1, "type_name": "LONG"}]},
                              "total_row_count": 4, "total_chunk_count": 1, "truncated": false,
                              "chunks": [{"chunk_index": 0, "row_offset": 0, "row_count": 4}]},
                 "result": {"chunk_index": 0, "row_offset": 0, "row_count": 4,
                            "data_array": [["FedEx", "412"], ["UPS", "120"], ["USPS", "97"], ["DHL", "31"]]}}""";
    }

    private static String passage(String id, String title, String text) {
        return """
                {"manifest": {"column_count": 4, "columns": [{"name": "id"}, {"name": "title"},
                              {"name": "text"}, {"name": "score"}]},
                 "result": {"row_count": 1, "data_array": [[%s, %s, %s, 0.91]]}}"""
                .formatted(quoted(id), quoted(title), quoted(text));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Override
    public void close() {
        openAi.stop();
        databricks.stop();
    }
}
