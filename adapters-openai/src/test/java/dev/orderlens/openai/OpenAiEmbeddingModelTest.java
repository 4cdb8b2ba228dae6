package dev.orderlens.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.BackendException.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OpenAiEmbeddingModelTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final String PATH = "/v1/embeddings";

    @Test
    void texts_are_sent_in_batches_and_vectors_come_back_in_input_order() {
        stubBatch("[\"a\",\"b\"]", List.of(1, 0), vectors(2, 3, 0));
        stubBatch("[\"c\",\"d\"]", List.of(0, 1), vectors(2, 3, 2));
        stubBatch("[\"e\"]", List.of(0), vectors(1, 3, 4));

        List<float[]> result = model().batchSize(2).dimension(3).build().embedAll(List.of("a", "b", "c", "d", "e"));

        assertThat(result).extracting(vector -> vector[0]).containsExactly(0f, 1f, 2f, 3f, 4f);
        SERVER.verify(3, postRequestedFor(urlEqualTo(PATH)));
        SERVER.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(
                equalToJson("{\"model\":\"text-embedding-3-small\",\"input\":[\"a\",\"b\"]}")));
    }

    @Test
    void nothing_is_sent_for_no_texts() {
        assertThat(model().build().embedAll(List.of())).isEmpty();
        SERVER.verify(0, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void a_known_openai_model_reports_its_dimension_without_a_call() {
        assertThat(model().build().dimension()).isEqualTo(1536);
        SERVER.verify(0, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void an_unknown_model_learns_its_dimension_from_the_first_answer() {
        SERVER.stubFor(post(PATH).willReturn(okJson(WireShapes.embeddings("nomic-embed-text", List.of(0),
                vectors(1, 768, 0)))));

        OpenAiEmbeddingModel embeddings = model().provider(Provider.GENERIC_COMPATIBLE).model("nomic-embed-text").build();

        assertThat(embeddings.dimension()).isEqualTo(768);
        assertThat(embeddings.embed("x")).hasSize(768);
    }

    @Test
    void a_vector_of_the_wrong_length_is_an_invalid_response() {
        SERVER.stubFor(post(PATH).willReturn(okJson(WireShapes.embeddings("text-embedding-3-small", List.of(0),
                vectors(1, 4, 0)))));

        BackendException failure = catchThrowableOfType(BackendException.class, () -> model().build().embed("x"));

        assertThat(failure.kind()).isEqualTo(Kind.INVALID_RESPONSE);
        assertThat(failure.getMessage()).contains("4 dimensions, expected 1536");
    }

    @Test
    void requested_dimensions_are_sent_and_expected() {
        SERVER.stubFor(post(PATH).willReturn(okJson(WireShapes.embeddings("text-embedding-3-small", List.of(0),
                vectors(1, 256, 0)))));

        OpenAiEmbeddingModel embeddings = model().requestDimensions(256).build();

        assertThat(embeddings.embed("x")).hasSize(256);
        assertThat(embeddings.dimension()).isEqualTo(256);
        SERVER.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson(
                "{\"model\":\"text-embedding-3-small\",\"input\":[\"x\"],\"dimensions\":256}")));
    }

    @Test
    void a_missing_vector_is_an_invalid_response() {
        SERVER.stubFor(post(PATH).willReturn(okJson(WireShapes.embeddings("m", List.of(0), vectors(1, 3, 0)))));

        BackendException failure = catchThrowableOfType(BackendException.class,
                () -> model().dimension(3).build().embedAll(List.of("a", "b")));

        assertThat(failure.kind()).isEqualTo(Kind.INVALID_RESPONSE);
        assertThat(failure.getMessage()).contains("expected 2 vectors, got 1");
    }

    @Test
    void embedding_errors_are_retried_and_named_like_chat_errors() {
        SERVER.stubFor(post(PATH).willReturn(aResponse().withStatus(429).withBody("{\"error_code\":\"REQUEST_LIMIT_EXCEEDED\","
                + "\"message\":\"Exceeded workspace QPS rate limit for databricks-gte-large-en.\"}")));

        BackendException failure = catchThrowableOfType(BackendException.class, () -> model().build().embed("x"));

        assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failure.getMessage()).contains("embeddings (model text-embedding-3-small)", "REQUEST_LIMIT_EXCEEDED");
        SERVER.verify(3, postRequestedFor(urlEqualTo(PATH)));
    }

    private static void stubBatch(String input, List<Integer> order, List<float[]> vectors) {
        SERVER.stubFor(post(PATH).withRequestBody(equalToJson("{\"input\":" + input + "}", false, true))
                .willReturn(okJson(WireShapes.embeddings("text-embedding-3-small", order, vectors))));
    }

    /** {@code count} vectors of {@code length} whose first value is {@code first}, {@code first + 1}, … */
    private static List<float[]> vectors(int count, int length, int first) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> {
            float[] vector = new float[length];
            vector[0] = first + i;
            return vector;
        }).toList();
    }

    private static OpenAiEmbeddingModel.Builder model() {
        return TestModels.embeddings(SERVER, new TestModels.RecordingSleeper());
    }
}
