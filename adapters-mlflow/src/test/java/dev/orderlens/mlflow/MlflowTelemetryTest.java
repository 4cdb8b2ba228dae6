package dev.orderlens.mlflow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.feedback.Rating;
import dev.orderlens.core.domain.llm.TokenUsage;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.route.RouteOutcome;
import dev.orderlens.core.domain.telemetry.RequestTelemetry;
import dev.orderlens.core.domain.telemetry.Stage;
import dev.orderlens.core.domain.telemetry.StageTimings;
import dev.orderlens.core.resilience.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MlflowTelemetryTest {

    @RegisterExtension
    static final WireMockExtension MLFLOW = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2025-10-01T08:00:00Z");
    private static final String API = "/api/2.0/mlflow/";

    @Test
    void records_a_request_as_one_run_with_params_metrics_and_tags_then_finishes_it() throws Exception {
        stubRunsAnswering("run-1");

        try (MlflowTelemetry telemetry = telemetry(settings("123", null), 10)) {
            telemetry.recordRequest(request("msg-1", Set.of()));
        }

        JsonNode create = onlyBody("runs/create");
        assertThat(create.path("experiment_id").isTextual()).isTrue();
        assertThat(create.path("experiment_id").asText()).isEqualTo("123");
        assertThat(create.path("run_name").asText()).isEqualTo("request-msg-1");
        assertThat(create.path("start_time").isNumber()).isTrue();
        assertThat(create.path("start_time").asLong()).isEqualTo(AT.toEpochMilli());
        assertThat(keyValues(create.path("tags"))).containsEntry("orderlens.message_id", "msg-1")
                .containsEntry("orderlens.session_id", "session-1234");

        JsonNode batch = onlyBody("runs/log-batch");
        assertThat(batch.path("run_id").asText()).isEqualTo("run-1");
        assertThat(keyValues(batch.path("params"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "route", "sql", "forced", "false", "fallback", "true",
                "model.classifier", "gpt-4o-mini", "model.warehouse", "duckdb"));
        Map<String, Double> metrics = metrics(batch);
        assertThat(metrics).containsEntry("classify_ms", 120.5).containsEntry("sql_execute_ms", 30.0)
                .containsEntry("total_ms", 900.0).containsEntry("confidence", 0.62)
                .containsEntry("row_count", 12.0).containsEntry("answer_length", 240.0)
                .containsEntry("question_length", 48.0).containsEntry("tokens.prompt", 800.0)
                .containsEntry("tokens.completion", 150.0).containsEntry("tokens.total", 950.0);
        assertThat(batch.path("metrics").get(0).path("timestamp").asLong()).isEqualTo(AT.toEpochMilli());

        JsonNode update = onlyBody("runs/update");
        assertThat(update.path("run_id").asText()).isEqualTo("run-1");
        assertThat(update.path("status").asText()).isEqualTo("FINISHED");
        assertThat(update.path("end_time").asLong()).isEqualTo(AT.toEpochMilli() + 900);

        MLFLOW.verify(postRequestedFor(urlEqualTo(API + "runs/create"))
                .withHeader("Authorization", equalTo("Bearer tok-secret"))
                .withHeader("Content-Type", equalTo("application/json")));
    }

    @ParameterizedTest
    @CsvSource({
        "stream_partial, FAILED",
        "answer_failed, FAILED",
        "sql_failed, FINISHED",
        "store_load_failed, FINISHED",
    })
    void fails_the_run_only_when_a_flag_says_the_answer_failed(String flag, String status) throws Exception {
        stubRunsAnswering("run-2");

        try (MlflowTelemetry telemetry = telemetry(settings("123", null), 10)) {
            telemetry.recordRequest(request("msg-2", Set.of(flag)));
        }

        assertThat(onlyBody("runs/update").path("status").asText()).isEqualTo(status);
        assertThat(keyValues(onlyBody("runs/log-batch").path("tags")))
                .containsEntry("orderlens.failures", flag)
                .containsEntry("orderlens.failure." + flag, "true");
    }

    @Test
    void finds_the_experiment_by_name_once_and_creates_it_when_missing() throws Exception {
        MLFLOW.stubFor(get(urlPathEqualTo(API + "experiments/get-by-name")).willReturn(aResponse().withStatus(404)
                .withBody("{\"error_code\":\"RESOURCE_DOES_NOT_EXIST\",\"message\":\"no such experiment\"}")));
        MLFLOW.stubFor(post(urlEqualTo(API + "experiments/create")).willReturn(okJson("{\"experiment_id\":\"77\"}")));
        stubRunsAnswering("run-3");

        try (MlflowTelemetry telemetry = telemetry(settings(null, "/Users/me@example.com/order lens"), 10)) {
            telemetry.recordRequest(request("msg-3", Set.of()));
            telemetry.recordRequest(request("msg-4", Set.of()));
        }

        MLFLOW.verify(1, getRequestedFor(urlEqualTo(
                API + "experiments/get-by-name?experiment_name=%2FUsers%2Fme%40example.com%2Forder+lens")));
        assertThat(onlyBody("experiments/create").path("name").asText())
                .isEqualTo("/Users/me@example.com/order lens");
        assertThat(bodies("runs/create")).extracting(body -> body.path("experiment_id").asText())
                .containsExactly("77", "77");
    }

    @Test
    void reads_the_experiment_again_when_another_instance_created_it_first() throws Exception {
        MLFLOW.stubFor(get(urlPathEqualTo(API + "experiments/get-by-name")).inScenario("race")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("created elsewhere")
                .willReturn(aResponse().withStatus(404).withBody("{\"error_code\":\"RESOURCE_DOES_NOT_EXIST\"}")));
        MLFLOW.stubFor(get(urlPathEqualTo(API + "experiments/get-by-name")).inScenario("race")
                .whenScenarioStateIs("created elsewhere")
                .willReturn(okJson("{\"experiment\":{\"experiment_id\":\"88\",\"name\":\"orderlens\"}}")));
        MLFLOW.stubFor(post(urlEqualTo(API + "experiments/create")).willReturn(aResponse().withStatus(400)
                .withBody("{\"error_code\":\"RESOURCE_ALREADY_EXISTS\",\"message\":\"exists\"}")));
        stubRunsAnswering("run-4");

        try (MlflowTelemetry telemetry = telemetry(settings(null, "orderlens"), 10)) {
            telemetry.recordRequest(request("msg-5", Set.of()));
        }

        assertThat(onlyBody("runs/create").path("experiment_id").asText()).isEqualTo("88");
    }

    @Test
    void logs_feedback_to_the_run_of_its_message() throws Exception {
        stubRunsAnswering("run-5");

        try (MlflowTelemetry telemetry = telemetry(settings("123", null), 10)) {
            telemetry.recordRequest(request("msg-6", Set.of()));
            telemetry.recordFeedback(new Feedback("msg-6", "session-1234", Rating.DISLIKE, "wrong month", null,
                    null, AT.plusSeconds(30)));
        }

        List<JsonNode> batches = bodies("runs/log-batch");
        assertThat(batches).hasSize(2);
        JsonNode feedback = batches.get(1);
        assertThat(feedback.path("run_id").asText()).isEqualTo("run-5");
        assertThat(metrics(feedback)).containsExactlyInAnyOrderEntriesOf(
                Map.of("feedback.like", 0.0, "feedback.comment_present", 1.0));
        assertThat(keyValues(feedback.path("tags"))).containsEntry("feedback.rating", "dislike")
                .containsEntry("feedback.comment_present", "true");
        assertThat(feedback.toString()).doesNotContain("wrong month");
        MLFLOW.verify(0, postRequestedFor(urlEqualTo(API + "runs/search")));
    }

    @Test
    void searches_the_run_of_a_message_it_does_not_know_by_its_tag() throws Exception {
        stubRunsAnswering("unused");
        MLFLOW.stubFor(post(urlEqualTo(API + "runs/search"))
                .willReturn(okJson("{\"runs\":[{\"info\":{\"run_id\":\"old-run\",\"status\":\"FINISHED\"}}]}")));

        try (MlflowTelemetry telemetry = telemetry(settings("123", null), 10)) {
            telemetry.recordFeedback(new Feedback("msg-old", "session-1234", Rating.LIKE, null, null, null, AT));
        }

        JsonNode search = onlyBody("runs/search");
        assertThat(search.path("experiment_ids").get(0).asText()).isEqualTo("123");
        assertThat(search.path("filter").asText()).isEqualTo("tags.`orderlens.message_id` = 'msg-old'");
        assertThat(onlyBody("runs/log-batch").path("run_id").asText()).isEqualTo("old-run");
        MLFLOW.verify(0, postRequestedFor(urlEqualTo(API + "runs/create")));
    }

    @Test
    void logs_feedback_whose_run_cannot_be_found_to_a_finished_feedback_run() throws Exception {
        stubRunsAnswering("feedback-run");
        MLFLOW.stubFor(post(urlEqualTo(API + "runs/search")).willReturn(okJson("{}")));

        try (MlflowTelemetry telemetry = telemetry(settings("123", null), 10)) {
            telemetry.recordFeedback(new Feedback("msg-lost", "session-1234", Rating.LIKE, null, null, null, AT));
        }

        JsonNode create = onlyBody("runs/create");
        assertThat(create.path("run_name").asText()).isEqualTo("feedback-msg-lost");
        assertThat(keyValues(create.path("tags"))).containsEntry("orderlens.kind", "feedback")
                .containsEntry("orderlens.message_id", "msg-lost");
        assertThat(metrics(onlyBody("runs/log-batch"))).containsEntry("feedback.like", 1.0)
                .containsEntry("feedback.comment_present", 0.0);
        assertThat(onlyBody("runs/update").path("status").asText()).isEqualTo("FINISHED");
    }

    @Test
    void retries_a_503_and_sends_the_run_once_mlflow_answers() throws Exception {
        MLFLOW.stubFor(post(urlEqualTo(API + "runs/create")).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("up")
                .willReturn(aResponse().withStatus(503).withBody("<html>upstream unavailable</html>")));
        MLFLOW.stubFor(post(urlEqualTo(API + "runs/create")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(okJson(runJson("run-6"))));
        MLFLOW.stubFor(post(urlEqualTo(API + "runs/log-batch")).willReturn(okJson("{}")));
        MLFLOW.stubFor(post(urlEqualTo(API + "runs/update")).willReturn(okJson("{}")));

        MlflowTelemetry telemetry = telemetry(settings("123", null), 10);
        telemetry.recordRequest(request("msg-7", Set.of()));
        telemetry.close();

        MLFLOW.verify(2, postRequestedFor(urlEqualTo(API + "runs/create")));
        assertThat(telemetry.sentCount()).isEqualTo(1);
        assertThat(telemetry.failedCount()).isZero();
    }

    @Test
    void returns_at_once_and_counts_failures_while_mlflow_answers_503() throws Exception {
        MLFLOW.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(503)
                .withBody("{\"error_code\":\"TEMPORARILY_UNAVAILABLE\",\"message\":\"down\"}")));

        MlflowTelemetry telemetry = MlflowTelemetry.builder().settings(settings("123", null)).queueCapacity(100)
                .retryPolicy(RetryPolicy.builder().maxRetries(0)
                        .backoff(Duration.ofMillis(1), Duration.ofMillis(1)).build())
                .build();
        telemetry.recordRequest(request("msg-first", Set.of()));
        awaitRequestsTo("runs/create");

        long slowest = slowestOfRecording(telemetry, 50);
        telemetry.close();

        assertThat(slowest).as("slowest recordRequest, in microseconds").isLessThan(50_000);
        assertThat(telemetry.failedCount()).isEqualTo(51);
        assertThat(telemetry.sentCount()).isZero();
    }

    @Test
    void returns_at_once_while_mlflow_hangs_drops_what_does_not_fit_and_closes_in_bounded_time() throws Exception {
        MLFLOW.stubFor(post(anyUrl()).willReturn(okJson(runJson("run-slow")).withFixedDelay(3_000)));

        MlflowTelemetry telemetry = MlflowTelemetry.builder().settings(settings("123", null)).queueCapacity(5)
                .closeWait(Duration.ofMillis(300))
                .retryPolicy(RetryPolicy.builder().maxRetries(0)
                        .backoff(Duration.ofMillis(1), Duration.ofMillis(1)).build())
                .build();
        telemetry.recordRequest(request("msg-first", Set.of()));
        awaitRequestsTo("runs/create");

        long slowest = slowestOfRecording(telemetry, 50);
        long closeStarted = System.nanoTime();
        telemetry.close();
        long closeMillis = (System.nanoTime() - closeStarted) / 1_000_000;

        assertThat(slowest).as("slowest recordRequest, in microseconds").isLessThan(50_000);
        assertThat(closeMillis).isLessThan(1_500);
        assertThat(telemetry.droppedCount()).isEqualTo(50);
        assertThat(telemetry.sentCount()).isZero();
    }

    @Test
    void sends_from_a_named_daemon_thread() {
        try (MlflowTelemetry telemetry = telemetry(settings("123", null), 10)) {
            assertThat(Thread.getAllStackTraces().keySet())
                    .filteredOn(thread -> thread.getName().equals("orderlens-mlflow-telemetry"))
                    .isNotEmpty()
                    .allMatch(Thread::isDaemon);
        }
    }

    /** Waits until MLflow has received a call, so that what follows happens while it is failing or hanging. */
    private static void awaitRequestsTo(String operation) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (MLFLOW.findAll(postRequestedFor(urlEqualTo(API + operation))).isEmpty()) {
            assertThat(System.nanoTime()).as("MLflow received " + operation).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static long slowestOfRecording(MlflowTelemetry telemetry, int requests) {
        long slowestNanos = 0;
        for (int i = 0; i < requests; i++) {
            RequestTelemetry request = request("msg-load-" + i, Set.of());
            long started = System.nanoTime();
            telemetry.recordRequest(request);
            slowestNanos = Math.max(slowestNanos, System.nanoTime() - started);
        }
        return slowestNanos / 1_000;
    }

    @Test
    void check_connection_reaches_the_server_for_the_configured_experiment() {
        MLFLOW.stubFor(get(urlEqualTo(API + "experiments/get?experiment_id=123"))
                .willReturn(okJson("{\"experiment\":{\"experiment_id\":\"123\",\"name\":\"orderlens\"}}")));

        try (MlflowTelemetry telemetry = telemetry(settings("123", null), 10)) {
            assertThat(telemetry.checkConnection()).isEqualTo("experiment 123 (orderlens)");
        }
    }

    @Test
    void check_connection_fails_when_mlflow_is_down() {
        MLFLOW.stubFor(get(urlPathEqualTo(API + "experiments/get")).willReturn(aResponse().withStatus(404)
                .withBody("{\"error_code\":\"RESOURCE_DOES_NOT_EXIST\",\"message\":\"no experiment 999\"}")));

        try (MlflowTelemetry telemetry = telemetry(settings("999", null), 10)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(telemetry::checkConnection)
                    .isInstanceOf(dev.orderlens.core.port.BackendException.class)
                    .hasMessageContaining("experiments/get");
        }
    }

    private static MlflowTelemetry telemetry(MlflowSettings settings, int queueCapacity) {
        return MlflowTelemetry.builder().settings(settings).queueCapacity(queueCapacity)
                .retryPolicy(RetryPolicy.builder().maxRetries(2)
                        .backoff(Duration.ofMillis(5), Duration.ofMillis(5)).build())
                .closeWait(Duration.ofSeconds(30)).build();
    }

    private static MlflowSettings settings(String experimentId, String experimentName) {
        return new MlflowSettings(URI.create("http://127.0.0.1:" + MLFLOW.getPort()), experimentId, experimentName, "tok-secret",
                Duration.ofSeconds(10));
    }

    private static void stubRunsAnswering(String runId) {
        MLFLOW.stubFor(post(urlEqualTo(API + "runs/create")).willReturn(okJson(runJson(runId))));
        MLFLOW.stubFor(post(urlEqualTo(API + "runs/log-batch")).willReturn(okJson("{}")));
        MLFLOW.stubFor(post(urlEqualTo(API + "runs/update")).willReturn(okJson(
                "{\"run_info\":{\"run_id\":\"" + runId + "\",\"status\":\"FINISHED\"}}")));
    }

    private static String runJson(String runId) {
        return "{\"run\":{\"info\":{\"run_id\":\"" + runId + "\",\"run_uuid\":\"" + runId + "\","
                + "\"experiment_id\":\"123\",\"status\":\"RUNNING\",\"start_time\":\"1759305600000\","
                + "\"lifecycle_stage\":\"active\"},\"data\":{},\"inputs\":{}}}";
    }

    private static RequestTelemetry request(String messageId, Set<String> failures) {
        return new RequestTelemetry(messageId, "session-1234", AT,
                new RouteOutcome(Route.SQL, 0.62, false, true, "mid confidence"),
                StageTimings.of(Map.of(Stage.CLASSIFY, Duration.ofNanos(120_500_000),
                        Stage.SQL_EXECUTE, Duration.ofMillis(30), Stage.TOTAL, Duration.ofMillis(900))),
                12, 48, 240, failures, new TokenUsage(800, 150),
                Map.of("classifier", "gpt-4o-mini", "warehouse", "duckdb"));
    }

    private static JsonNode onlyBody(String operation) throws Exception {
        List<JsonNode> bodies = bodies(operation);
        assertThat(bodies).as(operation + " requests").hasSize(1);
        return bodies.get(0);
    }

    private static List<JsonNode> bodies(String operation) throws Exception {
        List<LoggedRequest> requests = MLFLOW.findAll(postRequestedFor(urlEqualTo(API + operation)));
        List<JsonNode> bodies = new java.util.ArrayList<>();
        for (LoggedRequest request : requests) {
            bodies.add(JSON.readTree(request.getBodyAsString()));
        }
        return bodies;
    }

    private static Map<String, String> keyValues(JsonNode entries) {
        Map<String, String> map = new HashMap<>();
        entries.forEach(entry -> map.put(entry.path("key").asText(), entry.path("value").asText()));
        return map;
    }

    private static Map<String, Double> metrics(JsonNode batch) {
        Map<String, Double> map = new HashMap<>();
        batch.path("metrics").forEach(metric -> map.put(metric.path("key").asText(), metric.path("value").asDouble()));
        return map;
    }
}
