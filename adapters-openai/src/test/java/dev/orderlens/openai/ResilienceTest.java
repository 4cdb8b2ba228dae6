package dev.orderlens.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.orderlens.core.domain.llm.ChatMessage;
import dev.orderlens.core.domain.llm.CompletionRequest;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.resilience.RetryPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Retries, backoff, Retry-After, timeouts and the errors that end a call. */
class ResilienceTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final CompletionRequest REQUEST = CompletionRequest.text(List.of(ChatMessage.user("Hi")), 0, 20);
    private static final String PATH = "/v1/chat/completions";

    private final TestModels.RecordingSleeper sleeper = new TestModels.RecordingSleeper();

    @Test
    void retries_on_429_honouring_retry_after() {
        failOnceThenAnswer(status(429, WireShapes.error("Rate limit reached for gpt-4o-mini. Please try again in 2s.",
                "tokens", "rate_limit_exceeded")).withHeader("Retry-After", "2"));

        assertThat(model().complete(REQUEST).text()).isEqualTo("Recovered");
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2));
        SERVER.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void retry_after_ms_takes_precedence_over_retry_after() {
        failOnceThenAnswer(status(429, "{\"error\":{\"code\":\"429\",\"message\":\"Requests to the ChatCompletions_Create "
                + "Operation have exceeded token rate limit. Please retry after 1 second.\"}}")
                .withHeader("retry-after-ms", "500").withHeader("retry-after", "1"));

        model().complete(REQUEST);

        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(500));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void retries_server_errors_with_jittered_exponential_backoff(int status) {
        failOnceThenAnswer(status(status, "<html><body>Bad gateway</body></html>"));

        assertThat(model().complete(REQUEST).text()).isEqualTo("Recovered");
        assertThat(sleeper.waits).singleElement()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ofMillis(375), Duration.ofMillis(500)));
    }

    @Test
    void retries_a_reset_connection() {
        failOnceThenAnswer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThat(model().complete(REQUEST).text()).isEqualTo("Recovered");
        SERVER.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void gives_up_after_max_retries_with_growing_waits() {
        SERVER.stubFor(post(PATH).willReturn(status(503, WireShapes.error("The engine is currently overloaded.",
                "server_error", null))));

        BackendException failure = catchThrowableOfType(BackendException.class,
                () -> model(builder -> builder.retryPolicy(RetryPolicy.builder().maxRetries(3).build()))
                        .complete(REQUEST));

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure.getMessage()).contains("HTTP 503", "overloaded", "gave up after 3 retries");
        SERVER.verify(4, postRequestedFor(urlEqualTo(PATH)));
        assertThat(sleeper.waits).hasSize(3);
        assertThat(sleeper.waits.get(1)).isGreaterThanOrEqualTo(Duration.ofMillis(750));
        assertThat(sleeper.waits.get(2)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void a_429_that_never_clears_is_rate_limited() {
        SERVER.stubFor(post(PATH).willReturn(status(429, WireShapes.error("Rate limit reached", "requests",
                "rate_limit_exceeded"))));

        BackendException failure = catchThrowableOfType(BackendException.class, () -> model().complete(REQUEST));

        assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failure.isTransient()).isTrue();
        SERVER.verify(3, postRequestedFor(urlEqualTo(PATH)));
    }

    @ParameterizedTest
    @CsvSource({
        "400, REJECTED, unsupported_parameter",
        "401, UNAUTHORIZED, invalid_api_key",
        "403, UNAUTHORIZED, unsupported_country_region_territory",
        "404, REJECTED, model_not_found"})
    void does_not_retry_client_errors(int status, Kind kind, String code) {
        SERVER.stubFor(post(PATH).willReturn(status(status, WireShapes.error("refused", "invalid_request_error", code))));

        BackendException failure = catchThrowableOfType(BackendException.class, () -> model().complete(REQUEST));

        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.getMessage()).contains("HTTP " + status, code);
        SERVER.verify(1, postRequestedFor(urlEqualTo(PATH)));
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void does_not_retry_a_spent_quota_and_says_so() {
        SERVER.stubFor(post(PATH).willReturn(status(429, WireShapes.error("You exceeded your current quota, please "
                + "check your plan and billing details.", "insufficient_quota", "insufficient_quota"))
                .withHeader("Retry-After", "1")));

        BackendException failure = catchThrowableOfType(BackendException.class, () -> model().complete(REQUEST));

        assertThat(failure.getMessage()).contains("quota is exhausted", "insufficient_quota");
        assertThat(failure.isTransient()).isFalse();
        SERVER.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void fails_fast_when_retry_after_exceeds_the_cap() {
        SERVER.stubFor(post(PATH).willReturn(status(429, "{\"error\":{\"code\":\"429\",\"message\":\"Daily quota "
                + "exceeded.\"}}").withHeader("retry-after", "86400")));

        BackendException failure = catchThrowableOfType(BackendException.class, () -> model().complete(REQUEST));

        assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failure.getMessage()).contains("wait 86400 s", "30 s allowed");
        SERVER.verify(1, postRequestedFor(urlEqualTo(PATH)));
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void x_should_retry_false_stops_retries() {
        SERVER.stubFor(post(PATH).willReturn(status(503, "{}").withHeader("x-should-retry", "false")));

        catchThrowableOfType(BackendException.class, () -> model().complete(REQUEST));

        SERVER.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void a_slow_response_hits_the_read_timeout_without_retrying() {
        SERVER.stubFor(post(PATH).willReturn(okJson(WireShapes.chatCompletion("late", "m")).withFixedDelay(5000)));
        long start = System.nanoTime();

        BackendException failure = catchThrowableOfType(BackendException.class,
                () -> model(builder -> builder.readTimeout(Duration.ofMillis(400))).complete(REQUEST));

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure.getMessage()).contains("no answer within 400 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        SERVER.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void an_unreachable_server_is_unavailable_after_retries() {
        OpenAiLanguageModel model = OpenAiLanguageModel.builder().provider(Provider.GENERIC_COMPATIBLE)
                .baseUrl("http://127.0.0.1:1/v1").model("local").sleeper(sleeper).build();

        BackendException failure = catchThrowableOfType(BackendException.class, () -> model.complete(REQUEST));

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure.getMessage()).contains("connection failed", "gave up after 2 retries");
        assertThat(sleeper.waits).hasSize(2);
    }

    private void failOnceThenAnswer(ResponseDefinitionBuilder failure) {
        SERVER.stubFor(post(PATH).inScenario("flaky").whenScenarioStateIs(STARTED).willReturn(failure)
                .willSetStateTo("failed once"));
        SERVER.stubFor(post(PATH).inScenario("flaky").whenScenarioStateIs("failed once")
                .willReturn(okJson(WireShapes.chatCompletion("Recovered", "m"))));
    }

    private static ResponseDefinitionBuilder status(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private OpenAiLanguageModel model() {
        return TestModels.chat(SERVER, sleeper).build();
    }

    private OpenAiLanguageModel model(java.util.function.UnaryOperator<OpenAiLanguageModel.Builder> customise) {
        return customise.apply(TestModels.chat(SERVER, sleeper)).build();
    }
}
