package dev.orderlens.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.RagAnswer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.domain.route.RoutePreference;
import dev.orderlens.core.pipeline.AskCommand;
import dev.orderlens.testsupport.ComputedEmbeddings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** With OPENAI_EMBEDDING_MODEL set, the embedded indexes and the questions are embedded by that model. */
class OpenAiEmbeddingsEndToEndTest {

    private static final String EMBEDDINGS = "/v1/embeddings";
    private static final String QUESTION = "Why were Southeast deliveries late in September?";

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(new ComputedEmbeddings(64))).build();

    @TempDir
    Path home;

    private final List<String> startupLines = new CopyOnWriteArrayList<>();

    private OrderLens start() {
        ChatCompletionResponses.stubAnsweringServer(SERVER);
        return OrderLensWiring.start(Map.of(
                "ORDERLENS_HOME", home.toString(),
                "ORDERLENS_SAMPLE_ORDERS", "1000",
                "OPENAI_BASE_URL", SERVER.baseUrl() + "/v1",
                "OPENAI_API_KEY", "sk-test-0123456789",
                "OPENAI_CHAT_MODEL", "test-model",
                "OPENAI_EMBEDDING_MODEL", "hashed-words"), new StartupListener() {
                    @Override
                    public void info(String message) {
                        startupLines.add(message);
                    }
                });
    }

    @Test
    void documents_and_questions_are_embedded_by_the_configured_model() {
        SERVER.stubFor(post(EMBEDDINGS).willReturn(ok().withTransformers(ComputedEmbeddings.NAME)));

        try (OrderLens orderLens = start()) {
            Answer answer = orderLens.assistant().ask(new AskCommand(QUESTION, SessionId.random().value(),
                    RoutePreference.RAG, List.of()));

            assertThat(answer).isInstanceOf(RagAnswer.class);
            assertThat(((RagAnswer) answer).sources()).isNotEmpty();
            SERVER.verify(postRequestedFor(urlEqualTo(EMBEDDINGS))
                    .withRequestBody(matchingJsonPath("$.input[0]", equalTo(QUESTION))));
            assertThat(orderLens.backends()).anySatisfy(backend -> {
                assertThat(backend.port()).isEqualTo("embedding model");
                assertThat(backend.target()).endsWith("hashed-words");
            });
        }
    }

    @Test
    void a_model_that_does_not_answer_at_start_leaves_the_embedded_model_for_the_run() {
        SERVER.stubFor(post(EMBEDDINGS).willReturn(aResponse().withStatus(400).withBody(
                "{\"error\":{\"message\":\"model hashed-words not found\",\"type\":\"invalid_request_error\"}}")));

        try (OrderLens orderLens = start()) {
            Answer answer = orderLens.assistant().ask(new AskCommand(QUESTION, SessionId.random().value(),
                    RoutePreference.RAG, List.of()));

            assertThat(((RagAnswer) answer).sources()).isNotEmpty();
            assertThat(startupLines).anySatisfy(line -> assertThat(line)
                    .startsWith("embedding model: hashed-words did not answer").contains("MiniLM"));
            assertThat(orderLens.backends()).noneSatisfy(backend -> assertThat(backend.port())
                    .isEqualTo("embedding model"));
            SERVER.verify(1, postRequestedFor(urlEqualTo(EMBEDDINGS)));
        }
    }
}
