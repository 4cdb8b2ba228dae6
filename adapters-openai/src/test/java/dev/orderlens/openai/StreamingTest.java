package dev.orderlens.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.orderlens.core.domain.llm.ChatMessage;
import dev.orderlens.core.domain.llm.Completion;
import dev.orderlens.core.domain.llm.CompletionRequest;
import dev.orderlens.core.domain.llm.TokenUsage;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.StreamInterruptedException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StreamingTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final CompletionRequest REQUEST = CompletionRequest.text(
            List.of(ChatMessage.user("Summarise the September incident.")), 0.2, 500);
    private static final Duration BOUND = Duration.ofSeconds(10);

    private final List<String> received = new ArrayList<>();

    @Test
    void many_chunks_arrive_in_order_with_usage_and_model_from_the_stream() {
        List<String> tokens = IntStream.range(0, 300).mapToObj(i -> "t" + i + " ").collect(Collectors.toList());
        stubSse(WireShapes.sse(tokens));

        Completion completion = model().stream(REQUEST, received::add);

        assertThat(received).containsExactlyElementsOf(tokens);
        assertThat(completion.text()).isEqualTo(String.join("", tokens));
        assertThat(completion.usage()).isEqualTo(new TokenUsage(9, 300));
        assertThat(completion.model()).isEqualTo("gpt-4o-mini");
    }

    @Test
    void tokens_are_delivered_as_they_arrive_not_at_the_end() {
        List<Long> arrivals = new ArrayList<>();
        long start = System.nanoTime();
        SERVER.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream")
                .withBody(WireShapes.sse(TestModels.tokens("one two three four five six")))
                .withChunkedDribbleDelay(4, 1200)));

        model().stream(REQUEST, token -> arrivals.add((System.nanoTime() - start) / 1_000_000));
        long finished = (System.nanoTime() - start) / 1_000_000;

        assertThat(finished).isGreaterThanOrEqualTo(800);
        assertThat(arrivals.get(0)).isLessThan(finished - 500);
    }

    @Test
    void crlf_lines_keep_alive_comments_and_event_fields_are_tolerated() {
        String body = (": keep-alive\n\nevent: message\nid: 1\n" + WireShapes.sse(List.of("Hello", " world")))
                .replace("\n", "\r\n");
        stubSse(body);

        assertThat(model().stream(REQUEST, received::add).text()).isEqualTo("Hello world");
        assertThat(received).containsExactly("Hello", " world");
    }

    @Test
    void azure_leading_chunk_without_choices_is_skipped() {
        String filterChunk = "data: {\"choices\":[],\"created\":0,\"id\":\"\",\"model\":\"\",\"object\":\"\","
                + "\"prompt_filter_results\":[{\"prompt_index\":0,\"content_filter_results\":{}}]}\n\n";
        stubSse(filterChunk + WireShapes.sse(List.of("Fine", ".")));

        assertThat(model().stream(REQUEST, received::add).text()).isEqualTo("Fine.");
    }

    @Test
    void a_stream_without_usage_chunk_reports_no_usage() {
        String body = WireShapes.sseCutAfter(List.of("Done", ".")) + WireShapes.event(
                WireShapes.chunk(WireShapes.delta(), "stop")) + "data: [DONE]\n\n";
        stubSse(body);

        Completion completion = model().stream(REQUEST, received::add);

        assertThat(completion.text()).isEqualTo("Done.");
        assertThat(completion.usage()).isEqualTo(TokenUsage.NONE);
    }

    @Test
    void a_finished_stream_that_closes_without_done_is_complete() {
        stubSse(WireShapes.sseCutAfter(List.of("All", " good")) + WireShapes.event(
                WireShapes.chunk(WireShapes.delta(), "stop")));

        assertThat(model().stream(REQUEST, received::add).text()).isEqualTo("All good");
    }

    @Test
    void a_truncated_body_ends_with_stream_interrupted_carrying_the_partial_text() {
        stubSse(WireShapes.sseCutAfter(List.of("Hurricane", " delays", " hit")) + "data: {\"id\":\"chatcmpl-123\",\"obj");

        StreamInterruptedException broken = assertTimeoutPreemptively(BOUND,
                () -> catchThrowableOfType(StreamInterruptedException.class, () -> model().stream(REQUEST, received::add)));

        assertThat(broken.partialText()).isEqualTo("Hurricane delays hit");
        assertThat(received).containsExactly("Hurricane", " delays", " hit");
        assertThat(broken.getMessage()).contains("broke off");
    }

    @Test
    void a_connection_dropped_mid_stream_ends_with_stream_interrupted_within_bounded_time() throws Exception {
        String head = WireShapes.sseCutAfter(List.of("Refunds", " rose"));
        try (PartialBodyServer server = new PartialBodyServer(head, Duration.ofMillis(200))) {
            OpenAiLanguageModel model = OpenAiLanguageModel.builder().provider(Provider.GENERIC_COMPATIBLE)
                    .baseUrl(server.url()).model("local").readTimeout(Duration.ofSeconds(10)).build();

            StreamInterruptedException broken = assertTimeoutPreemptively(BOUND,
                    () -> catchThrowableOfType(StreamInterruptedException.class, () -> model.stream(REQUEST, received::add)));

            assertThat(broken.partialText()).isEqualTo("Refunds rose");
        }
    }

    @Test
    void a_stream_that_stalls_ends_with_stream_interrupted_after_the_read_timeout() throws Exception {
        try (PartialBodyServer server = new PartialBodyServer(WireShapes.sseCutAfter(List.of("Black", " Friday")),
                Duration.ofSeconds(8))) {
            OpenAiLanguageModel model = OpenAiLanguageModel.builder().provider(Provider.GENERIC_COMPATIBLE)
                    .baseUrl(server.url()).model("local").readTimeout(Duration.ofMillis(500)).build();
            long start = System.nanoTime();

            StreamInterruptedException broken = assertTimeoutPreemptively(BOUND,
                    () -> catchThrowableOfType(StreamInterruptedException.class, () -> model.stream(REQUEST, received::add)));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(broken.partialText()).isEqualTo("Black Friday");
            assertThat(broken.getMessage()).contains("no data received for 500 ms");
        }
    }

    @Test
    void an_error_event_mid_stream_ends_with_stream_interrupted_naming_the_error() {
        stubSse(WireShapes.sseCutAfter(List.of("Partial")) + "data: {\"error\":{\"message\":\"The server had an error "
                + "while processing your request.\",\"type\":\"server_error\",\"param\":null,\"code\":null}}\n\n");

        StreamInterruptedException broken = catchThrowableOfType(StreamInterruptedException.class,
                () -> model().stream(REQUEST, received::add));

        assertThat(broken.partialText()).isEqualTo("Partial");
        assertThat(broken.getMessage()).contains("server_error", "The server had an error");
    }

    @Test
    void a_stream_cut_before_any_token_is_retried() {
        SERVER.stubFor(post("/v1/chat/completions").inScenario("cut").whenScenarioStateIs(STARTED)
                .willReturn(okForContentType("text/event-stream", WireShapes.sseCutAfter(List.of())))
                .willSetStateTo("cut once"));
        SERVER.stubFor(post("/v1/chat/completions").inScenario("cut").whenScenarioStateIs("cut once")
                .willReturn(okForContentType("text/event-stream", WireShapes.sse(List.of("Second", " try")))));

        assertThat(model().stream(REQUEST, received::add).text()).isEqualTo("Second try");
        SERVER.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void an_http_error_before_streaming_is_a_backend_exception_and_no_token() {
        SERVER.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody(WireShapes.error("Incorrect API key provided: sk-proj-***cdef.", "invalid_request_error",
                        "invalid_api_key"))));

        BackendException failure = catchThrowableOfType(BackendException.class,
                () -> model().stream(REQUEST, received::add));

        assertThat(failure).isNotInstanceOf(StreamInterruptedException.class);
        assertThat(failure.kind()).isEqualTo(BackendException.Kind.UNAUTHORIZED);
        assertThat(received).isEmpty();
    }

    private OpenAiLanguageModel model() {
        return TestModels.chat(SERVER, new TestModels.RecordingSleeper()).build();
    }

    private static void stubSse(String body) {
        SERVER.stubFor(post("/v1/chat/completions").willReturn(okForContentType("text/event-stream", body)));
    }

    /**
     * Answers one request with the start of a longer body (its Content-Length promises more), keeps the
     * connection silent for a while, then closes it.
     */
    private static final class PartialBodyServer implements AutoCloseable {
        private final ServerSocket socket;

        PartialBodyServer(String head, Duration silence) throws IOException {
            socket = new ServerSocket(0);
            Thread thread = new Thread(() -> serve(head, silence), "partial-body-server");
            thread.setDaemon(true);
            thread.start();
        }

        String url() {
            return "http://localhost:" + socket.getLocalPort() + "/v1";
        }

        private void serve(String head, Duration silence) {
            try (Socket client = socket.accept()) {
                byte[] body = head.getBytes(StandardCharsets.UTF_8);
                OutputStream out = client.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: "
                        + (body.length + 10_000) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                Thread.sleep(silence.toMillis());
            } catch (IOException | InterruptedException ignored) {
                // the client sees the connection end; nothing to report from here
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
