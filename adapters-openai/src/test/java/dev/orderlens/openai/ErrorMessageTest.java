package dev.orderlens.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.orderlens.core.domain.llm.ChatMessage;
import dev.orderlens.core.domain.llm.Completion;
import dev.orderlens.core.domain.llm.CompletionRequest;
import dev.orderlens.core.domain.llm.TokenUsage;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.BackendException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Error bodies of every server shape become messages naming the cause, never the key. */
class ErrorMessageTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final CompletionRequest REQUEST = CompletionRequest.text(List.of(ChatMessage.user("Hi")), 0, 20);

    static Stream<Arguments> errorBodies() {
        return Stream.of(
                Arguments.of(401, WireShapes.error("Incorrect API key provided: " + TestModels.API_KEY + ". You can find "
                        + "your API key at https://platform.openai.com/account/api-keys.", "invalid_request_error",
                        "invalid_api_key"), Kind.UNAUTHORIZED, "the API key was refused (HTTP 401 invalid_api_key"),
                Arguments.of(404, WireShapes.error("The model `gpt-5-turbo` does not exist or you do not have access to it.",
                        "invalid_request_error", "model_not_found"), Kind.REJECTED,
                        "unknown model or deployment, or a wrong base URL (HTTP 404 model_not_found: The model `gpt-5-turbo`"),
                Arguments.of(400, "{\"error\":{\"message\":\"Unsupported parameter: 'max_tokens' is not supported with "
                        + "this model.\",\"type\":\"invalid_request_error\",\"param\":\"max_tokens\",\"code\":"
                        + "\"unsupported_parameter\"}}", Kind.REJECTED,
                        "(HTTP 400 unsupported_parameter, param max_tokens: Unsupported parameter"),
                Arguments.of(400, "{\"error_code\":\"INVALID_PARAMETER_VALUE\",\"message\":\"max_tokens must be at most "
                        + "4096\"}", Kind.REJECTED, "(HTTP 400 INVALID_PARAMETER_VALUE: max_tokens must be at most 4096)"),
                Arguments.of(403, "{\"error_code\":\"PERMISSION_DENIED\",\"message\":\"User does not have permission "
                        + "'Query' on endpoint\"}", Kind.UNAUTHORIZED, "access denied"),
                Arguments.of(404, "{\"error\":\"model \\\"llama3.1:8b\\\" not found, try pulling it first\"}",
                        Kind.REJECTED, "(HTTP 404: model \"llama3.1:8b\" not found, try pulling it first)"),
                Arguments.of(400, "{\"error\":{\"code\":\"content_filter\",\"message\":\"The response was filtered.\","
                        + "\"innererror\":{\"code\":\"ResponsibleAIPolicyViolation\"}}}", Kind.REJECTED,
                        "(HTTP 400 content_filter: The response was filtered.)"),
                Arguments.of(413, "<html>\n<head><title>413 Request Entity Too Large</title></head></html>", Kind.REJECTED,
                        "(HTTP 413: <html> <head><title>413 Request Entity Too Large"),
                Arguments.of(401, "", Kind.UNAUTHORIZED, "the API key was refused (HTTP 401)"));
    }

    @ParameterizedTest
    @MethodSource("errorBodies")
    void error_bodies_become_messages_naming_the_cause(int status, String body, Kind kind, String expected) {
        SERVER.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(status).withBody(body)));

        BackendException failure = catchThrowableOfType(BackendException.class, () -> model().complete(REQUEST));

        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.backend()).isEqualTo("openai");
        assertThat(failure.getMessage()).startsWith("openai: chat completion (model gpt-4o-mini): ").contains(expected);
    }

    @Test
    void a_refused_key_is_named_but_never_shown() {
        SERVER.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(401).withBody(WireShapes.error(
                "Incorrect API key provided: " + TestModels.API_KEY + " (also sk-proj-TESTK***cdef).",
                "invalid_request_error", "invalid_api_key"))));

        BackendException failure = catchThrowableOfType(BackendException.class, () -> model().complete(REQUEST));

        assertThat(failure.getMessage()).contains("API key was refused", "invalid_api_key")
                .doesNotContain(TestModels.API_KEY).doesNotContain("TESTK");
    }

    @Test
    void databricks_answer_with_null_id_and_finish_reason_is_read() {
        SERVER.stubFor(post("/v1/chat/completions").willReturn(okJson("{\"choices\":[{\"finish_reason\":null,\"index\":0,"
                + "\"message\":{\"content\":\"MLflow is an open-source platform.\",\"role\":\"assistant\"}}],"
                + "\"created\":1698824353,\"id\":null,\"model\":\"llama2-70b-chat\",\"object\":\"chat.completion\","
                + "\"usage\":{\"completion_tokens\":74,\"prompt_tokens\":7,\"total_tokens\":81}}")));

        Completion completion = model().complete(REQUEST);

        assertThat(completion).isEqualTo(new Completion("MLflow is an open-source platform.", new TokenUsage(7, 74),
                "llama2-70b-chat"));
    }

    @Test
    void an_answer_without_usage_or_model_reports_none_and_the_configured_model() {
        SERVER.stubFor(post("/v1/chat/completions").willReturn(okJson(
                "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hi\"}}]}")));

        assertThat(model().complete(REQUEST)).isEqualTo(new Completion("Hi", TokenUsage.NONE, "gpt-4o-mini"));
    }

    @Test
    void a_refusal_is_rejected_with_the_models_words() {
        SERVER.stubFor(post("/v1/chat/completions").willReturn(okJson("{\"choices\":[{\"index\":0,\"message\":"
                + "{\"role\":\"assistant\",\"content\":null,\"refusal\":\"I can't help with that.\"},"
                + "\"finish_reason\":\"stop\"}]}")));

        BackendException failure = catchThrowableOfType(BackendException.class, () -> model().complete(REQUEST));

        assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
        assertThat(failure.getMessage()).contains("the model refused: I can't help with that.");
    }

    @Test
    void an_answer_that_is_not_a_completion_is_an_invalid_response() {
        SERVER.stubFor(post("/v1/chat/completions").willReturn(okJson("{\"object\":\"list\",\"data\":[]}")));

        BackendException failure = catchThrowableOfType(BackendException.class, () -> model().complete(REQUEST));

        assertThat(failure.kind()).isEqualTo(Kind.INVALID_RESPONSE);
        assertThat(failure.getMessage()).contains("no choices");
    }

    private static OpenAiLanguageModel model() {
        return TestModels.chat(SERVER, new TestModels.RecordingSleeper()).build();
    }
}
