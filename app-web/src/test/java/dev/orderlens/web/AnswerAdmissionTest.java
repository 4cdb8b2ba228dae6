package dev.orderlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.web.fixtures.ScriptedOrderLens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Questions beyond the answers in flight wait their turn instead of all running at once. */
class AnswerAdmissionTest {

    private static final String QUESTION = "{\"question\":\"Why are customers returning the Nimbus earbuds?\","
            + "\"sessionId\":\"session-admission\",\"route\":\"rag\"}";

    @TempDir
    Path home;

    @Test
    void with_one_answer_in_flight_a_second_question_waits_for_the_first_and_both_are_answered() throws Exception {
        ScriptedOrderLens scripted = new ScriptedOrderLens().tokenDelayMillis(40);
        try (WebServer server = WebServer.start(scripted.build(home),
                TestSettings.api().withPort(0).withMaxAnswersInFlight(1))) {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/api/chat"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(QUESTION))
                    .build();

            client.send(request, HttpResponse.BodyHandlers.ofString());
            long start = System.nanoTime();
            assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).body()).contains("event: done");
            long alone = System.nanoTime() - start;
            start = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> both = List.of(
                    client.sendAsync(request, HttpResponse.BodyHandlers.ofString()),
                    client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            CompletableFuture.allOf(both.toArray(CompletableFuture[]::new)).join();
            long together = System.nanoTime() - start;

            assertThat(both).allSatisfy(response -> assertThat(response.join().body()).contains("event: done"));
            assertThat(together).as("two answers one after the other").isGreaterThan(alone * 17 / 10);
        }
    }
}
