package dev.orderlens.bench.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asks {@code POST /api/chat} questions the way the browser does (an event stream for RAG answers, one JSON
 * body for SQL ones) without a thread per open request: the body is read line by line as it arrives, the
 * arrival of the first {@code token} event is timed, and the answer is checked to come from the stubbed
 * model rather than from a local fallback.
 */
final class ChatClient implements AutoCloseable {

    /** Which question, and whether its route is left to the classifier or forced. */
    enum Kind {
        SQL(StubBackends.SQL_QUESTION, "auto", false),
        RAG(StubBackends.RAG_QUESTION, "auto", true),
        FORCED_SQL(StubBackends.SQL_QUESTION, "sql", false),
        FORCED_RAG(StubBackends.RAG_QUESTION, "rag", true);

        final String question;
        final String route;
        final boolean streamed;

        Kind(String question, String route, boolean streamed) {
            this.question = question;
            this.route = route;
            this.streamed = streamed;
        }

        String label() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /**
     * One answer as the client saw it; {@code firstTokenNanos} is -1 for an answer without tokens, and
     * {@code stages} holds the server's own stage timings in milliseconds (empty when it sent none).
     */
    record Exchange(Kind kind, long totalNanos, long firstTokenNanos, String failure, Map<String, Double> stages) {
        boolean ok() {
            return failure == null;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI chat;
    private final ExecutorService executor;
    private final HttpClient http;

    ChatClient(URI chat) {
        this.chat = chat;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "load-client-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(30)).build();
    }

    CompletableFuture<Exchange> ask(Kind kind, String sessionId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("question", kind.question);
        body.put("sessionId", sessionId);
        body.put("route", kind.route);
        HttpRequest request = HttpRequest.newBuilder(chat)
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream, application/json")
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(json(body)))
                .build();
        long start = System.nanoTime();
        return http.sendAsync(request, info -> HttpResponse.BodySubscribers.fromLineSubscriber(
                        new AnswerReader(kind, start, info.statusCode()), AnswerReader::exchange, StandardCharsets.UTF_8, "\n"))
                .thenApply(HttpResponse::body)
                .exceptionally(e -> new Exchange(kind, System.nanoTime() - start, -1, "request failed: " + e, Map.of()));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Reads one answer's lines as they arrive. */
    private static final class AnswerReader implements Flow.Subscriber<String> {
        private final Kind kind;
        private final long start;
        private final int status;
        private long firstToken = -1;
        private long end;
        private boolean sawAnswerWord;
        private boolean sawFollowUp;
        private boolean sawCleanDone;
        private boolean sawSource;
        private String error;
        private Map<String, Double> stages = Map.of();

        AnswerReader(Kind kind, long start, int status) {
            this.kind = kind;
            this.start = start;
            this.status = status;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (firstToken < 0 && line.equals("event: token")) {
                firstToken = System.nanoTime() - start;
            }
            if (line.equals("event: error")) {
                error = "an error event";
            }
            sawAnswerWord |= line.contains(StubBackends.ANSWER_WORD) || line.contains(StubBackends.SUMMARY);
            sawFollowUp |= line.contains(StubBackends.FOLLOW_UP);
            sawSource |= line.contains(StubBackends.SOURCE_ID);
            sawCleanDone |= line.startsWith("data: {\"messageId\"") && line.contains("\"partial\":false,\"error\":null");
            if (line.contains("\"timings\":{")) {
                stages = timings(line.startsWith("data: ") ? line.substring("data: ".length()) : line);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            end = System.nanoTime() - start;
            error = "the answer broke off: " + throwable;
        }

        @Override
        public void onComplete() {
            end = System.nanoTime() - start;
        }

        Exchange exchange() {
            return new Exchange(kind, end, firstToken, failure(), stages);
        }

        private static Map<String, Double> timings(String json) {
            try {
                Map<String, Double> timings = new LinkedHashMap<>();
                JSON.readTree(json).path("timings").properties()
                        .forEach(stage -> timings.put(stage.getKey(), stage.getValue().asDouble()));
                return timings;
            } catch (JsonProcessingException e) {
                return Map.of();
            }
        }

        private String failure() {
            if (status != 200) {
                return "HTTP " + status;
            }
            if (error != null) {
                return error;
            }
            if (kind.streamed && (firstToken < 0 || !sawCleanDone)) {
                return "no streamed answer";
            }
            if (kind.streamed && !sawSource) {
                return "no sources (retrieval failed or timed out)";
            }
            if (!sawAnswerWord || !sawFollowUp) {
                return "the answer or its follow-ups did not come from the model (a fallback answered)";
            }
            return null;
        }
    }
}
