package dev.orderlens.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.sun.net.httpserver.HttpServer;
import dev.orderlens.core.domain.llm.ChatMessage;
import dev.orderlens.core.domain.llm.CompletionRequest;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AzureAndConcurrencyTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final CompletionRequest REQUEST = CompletionRequest.text(List.of(ChatMessage.user("Hi")), 0, 20);
    private static final String AZURE_KEY = "0123456789abcdef0123456789abcdef";

    @Test
    void azure_dated_api_puts_the_deployment_in_the_path_and_the_key_in_api_key() {
        String path = "/openai/deployments/orders-gpt4o/chat/completions?api-version=2024-10-21";
        SERVER.stubFor(post(urlEqualTo(path)).willReturn(okJson(WireShapes.chatCompletion("Azure says hi", "gpt-4o"))));

        String text = azure().azureApiVersion("2024-10-21").build().complete(REQUEST).text();

        assertThat(text).isEqualTo("Azure says hi");
        SERVER.verify(postRequestedFor(urlEqualTo(path))
                .withHeader("api-key", equalTo(AZURE_KEY))
                .withHeader("Authorization", absent())
                .withRequestBody(equalToJson("{\"model\":\"orders-gpt4o\",\"messages\":[{\"role\":\"user\","
                        + "\"content\":\"Hi\"}],\"temperature\":0.0,\"max_tokens\":20}")));
    }

    @Test
    void azure_v1_api_is_used_without_an_api_version() {
        SERVER.stubFor(post(urlEqualTo("/openai/v1/chat/completions"))
                .willReturn(okJson(WireShapes.chatCompletion("v1", "gpt-4o"))));

        assertThat(azure().build().complete(REQUEST).text()).isEqualTo("v1");
        SERVER.verify(postRequestedFor(urlEqualTo("/openai/v1/chat/completions"))
                .withHeader("api-key", equalTo(AZURE_KEY))
                .withRequestBody(equalToJson("{\"model\":\"orders-gpt4o\"}", false, true)));
    }

    @Test
    void azure_embeddings_use_the_embedding_deployment_path() {
        String path = "/openai/deployments/orders-embed/embeddings?api-version=2024-10-21";
        SERVER.stubFor(post(urlEqualTo(path)).willReturn(okJson(WireShapes.embeddings("text-embedding-3-small",
                List.of(0), List.of(new float[] {0.5f, 0.25f})))));

        float[] vector = OpenAiEmbeddingModel.builder().provider(Provider.AZURE).baseUrl(SERVER.baseUrl())
                .apiKey(AZURE_KEY).model("orders-embed").azureApiVersion("2024-10-21").build().embed("late parcels");

        assertThat(vector).containsExactly(0.5f, 0.25f);
        SERVER.verify(postRequestedFor(urlEqualTo(path)).withHeader("api-key", equalTo(AZURE_KEY)));
    }

    @Test
    void no_more_than_max_concurrent_requests_are_in_flight() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ExecutorService handlers = Executors.newFixedThreadPool(8);
        server.setExecutor(handlers);
        server.createContext("/v1/chat/completions", exchange -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            byte[] body = WireShapes.chatCompletion("ok", "m").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            OpenAiLanguageModel model = OpenAiLanguageModel.builder().provider(Provider.GENERIC_COMPATIBLE)
                    .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v1").model("local")
                    .maxConcurrentRequests(2).build();
            List<Future<String>> answers = callers.invokeAll(
                    List.of(() -> model.complete(REQUEST).text(), () -> model.complete(REQUEST).text(),
                            () -> model.complete(REQUEST).text(), () -> model.complete(REQUEST).text(),
                            () -> model.complete(REQUEST).text(), () -> model.complete(REQUEST).text()));
            for (Future<String> answer : answers) {
                assertThat(answer.get()).isEqualTo("ok");
            }
        } finally {
            callers.shutdownNow();
            server.stop(0);
            handlers.shutdownNow();
        }
        assertThat(mostInFlight.get()).isEqualTo(2);
    }

    private static OpenAiLanguageModel.Builder azure() {
        return OpenAiLanguageModel.builder().provider(Provider.AZURE).baseUrl(SERVER.baseUrl()).apiKey(AZURE_KEY)
                .model("orders-gpt4o");
    }
}
