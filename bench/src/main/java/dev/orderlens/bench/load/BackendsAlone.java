package dev.orderlens.bench.load;

import dev.orderlens.bench.load.ChatClient.Exchange;
import dev.orderlens.bench.load.ChatClient.Kind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The control: the same sequence of backend calls as the pipeline makes for a question, sent straight to the
 * stubs with no OrderLens in between. Its latency over the critical path is what the stubs, the loopback
 * network and this machine cost by themselves.
 */
final class BackendsAlone implements LoadRun.Asker, AutoCloseable {

    private final URI chat;
    private final URI statements;
    private final URI ordersIndex;
    private final URI analyticsIndex;
    private final ExecutorService executor;
    private final HttpClient http;

    BackendsAlone(StubProcess stubs) {
        this.chat = URI.create(stubs.openAiBaseUrl() + "/chat/completions");
        this.statements = URI.create(stubs.databricksHost() + "/api/2.0/sql/statements");
        this.ordersIndex = indexUri(stubs, StubBackends.ORDERS_INDEX);
        this.analyticsIndex = indexUri(stubs, StubBackends.ANALYTICS_INDEX);
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "backends-alone-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor).build();
    }

    private static URI indexUri(StubProcess stubs, String index) {
        return URI.create(stubs.databricksHost() + "/api/2.0/vector-search/indexes/" + index + "/query");
    }

    @Override
    public CompletableFuture<Exchange> ask(Kind kind, String sessionId) {
        long start = System.nanoTime();
        CompletableFuture<String> classified = kind.route.equals("auto")
                ? prompt("You route questions. Question: " + kind.question) : CompletableFuture.completedFuture("");
        CompletableFuture<Long> firstToken;
        if (kind.streamed) {
            firstToken = classified
                    .thenCompose(ignored -> CompletableFuture.allOf(post(ordersIndex, "{\"query_text\":\"q\"}"),
                            post(analyticsIndex, "{\"query_text\":\"q\"}")))
                    .thenCompose(ignored -> stream(start));
        } else {
            firstToken = classified
                    .thenCompose(ignored -> prompt("You turn a question into a semantic query"))
                    .thenCompose(ignored -> post(statements, "{\"statement\":\"SELECT 1\"}"))
                    .thenCompose(ignored -> prompt("You summarise the result"))
                    .thenApply(ignored -> -1L);
        }
        return firstToken.thenCompose(token -> prompt("Suggest three").thenApply(ignored ->
                        new Exchange(kind, System.nanoTime() - start, token, null, Map.of())))
                .exceptionally(e -> new Exchange(kind, System.nanoTime() - start, -1, "stub call failed: " + e, Map.of()));
    }

    private CompletableFuture<String> prompt(String content) {
        return post(chat, "{\"model\":\"bench-model\",\"messages\":[{\"role\":\"user\",\"content\":\"" + content
                + "\"}]}");
    }

    private CompletableFuture<String> post(URI uri, String json) {
        return http.sendAsync(request(uri, json), HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " from " + uri);
            }
            return response.body();
        });
    }

    /** Streams the answer; completes with the time from {@code start} to its first token. */
    private CompletableFuture<Long> stream(long start) {
        String json = "{\"model\":\"bench-model\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"q\"}]}";
        long[] firstToken = {-1};
        return http.sendAsync(request(chat, json), info -> HttpResponse.BodySubscribers.fromLineSubscriber(
                new Flow.Subscriber<String>() {
                    @Override
                    public void onSubscribe(Flow.Subscription subscription) {
                        subscription.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(String line) {
                        if (firstToken[0] < 0 && line.contains("\"content\"")) {
                            firstToken[0] = System.nanoTime() - start;
                        }
                    }

                    @Override
                    public void onError(Throwable throwable) {
                    }

                    @Override
                    public void onComplete() {
                    }
                }, subscriber -> firstToken[0], StandardCharsets.UTF_8, "\n")).thenApply(HttpResponse::body);
    }

    private static HttpRequest request(URI uri, String json) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
