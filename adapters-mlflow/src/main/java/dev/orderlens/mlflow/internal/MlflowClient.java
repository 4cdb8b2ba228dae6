package dev.orderlens.mlflow.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.resilience.RetryPolicy;
import dev.orderlens.core.resilience.Sleeper;
import dev.orderlens.mlflow.internal.Wire.KeyValue;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The calls of the MLflow Tracking REST API (2.0) that telemetry makes. Retries 429 and 502-504 answers and
 * refused connections as the {@link RetryPolicy} says (honouring {@code Retry-After}); a call that keeps failing
 * throws a {@link BackendException} naming it. The token is sent as a bearer header and never appears in
 * messages.
 */
public final class MlflowClient {

    static final String BACKEND = "mlflow";
    private final HttpClient http;
    private final String apiBase;
    private final String token;
    private final Duration requestTimeout;
    private final RetryPolicy retries;
    private final Sleeper sleeper;

    public MlflowClient(HttpClient http, URI trackingUri, String token, Duration requestTimeout, RetryPolicy retries,
            Sleeper sleeper) {
        this.http = http;
        this.apiBase = trackingUri.toString().replaceAll("/+$", "") + "/api/2.0/mlflow/";
        this.token = token;
        this.requestTimeout = requestTimeout;
        this.retries = retries;
        this.sleeper = sleeper;
    }

    /** The name of the experiment with that id; fails when the server cannot be reached or has no such experiment. */
    public String experimentName(String experimentId) throws InterruptedException {
        JsonNode answer = get("experiments/get", "experiments/get?experiment_id="
                + URLEncoder.encode(experimentId, StandardCharsets.UTF_8));
        return required(answer.path("experiment").path("name"), "experiments/get");
    }

    /** The id of the active experiment with that name, or empty when there is none. */
    public Optional<String> experimentIdByName(String name) throws InterruptedException {
        try {
            JsonNode answer = get("experiments/get-by-name", "experiments/get-by-name?experiment_name="
                    + URLEncoder.encode(name, StandardCharsets.UTF_8));
            return Optional.of(required(answer.path("experiment").path("experiment_id"), "experiments/get-by-name"));
        } catch (MlflowApiException e) {
            if (e.errorCode().equals("RESOURCE_DOES_NOT_EXIST") || (e.errorCode().isEmpty() && e.status() == 404)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public String createExperiment(String name) throws InterruptedException {
        JsonNode answer = post("experiments/create", new Wire.CreateExperiment(name));
        return required(answer.path("experiment_id"), "experiments/create");
    }

    public String createRun(String experimentId, String runName, long startTime, List<KeyValue> tags)
            throws InterruptedException {
        JsonNode answer = post("runs/create", new Wire.CreateRun(experimentId, runName, startTime, tags));
        return required(answer.path("run").path("info").path("run_id"), "runs/create");
    }

    public void logBatch(String runId, LogBatches.Batch batch) throws InterruptedException {
        post("runs/log-batch", new Wire.LogBatch(runId, batch.metrics(), batch.params(), batch.tags()));
    }

    public void updateRun(String runId, String status, long endTime) throws InterruptedException {
        post("runs/update", new Wire.UpdateRun(runId, status, endTime));
    }

    /** The newest run of the experiment whose tag {@code key} has {@code value}. */
    public Optional<String> findRunByTag(String experimentId, String key, String value) throws InterruptedException {
        String filter = "tags.`" + key + "` = '" + value + "'";
        JsonNode answer = post("runs/search", new Wire.SearchRuns(List.of(experimentId), filter, 1));
        JsonNode runId = answer.path("runs").path(0).path("info").path("run_id");
        return runId.isTextual() ? Optional.of(runId.asText()) : Optional.empty();
    }

    private JsonNode get(String operation, String pathAndQuery) throws InterruptedException {
        return send(operation, request(pathAndQuery).GET().build());
    }

    private JsonNode post(String operation, Object body) throws InterruptedException {
        String json;
        try {
            json = Wire.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the body of " + operation, e);
        }
        return send(operation, request(operation).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(apiBase + pathAndQuery))
                .timeout(requestTimeout)
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private JsonNode send(String operation, HttpRequest request) throws InterruptedException {
        for (int retriesMade = 0; ; retriesMade++) {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (HttpTimeoutException e) {
                throw new BackendException(BACKEND, BackendException.Kind.TIMEOUT,
                        operation + " did not answer within " + requestTimeout.toMillis() + " ms", e);
            } catch (IOException e) {
                RetryPolicy.Decision next = retries.afterFailure(retriesMade, Optional.empty());
                if (!next.retries()) {
                    throw new BackendException(BACKEND, BackendException.Kind.UNAVAILABLE,
                            operation + " could not reach MLflow: " + e, e);
                }
                sleeper.sleep(next.pause());
                continue;
            }
            int status = response.statusCode();
            if (status / 100 == 2) {
                return parse(operation, response.body());
            }
            if (!isRetriable(status)) {
                throw error(operation, status, response.body());
            }
            RetryPolicy.Decision next = retries.afterFailure(retriesMade,
                    RetryPolicy.retryAfter(response.headers()::firstValue, Instant.now()));
            if (!next.retries()) {
                throw error(operation, status, response.body());
            }
            sleeper.sleep(next.pause());
        }
    }

    private static boolean isRetriable(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }

    private static JsonNode parse(String operation, String body) {
        if (body == null || body.isBlank()) {
            return Wire.MAPPER.createObjectNode();
        }
        try {
            return Wire.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BackendException(BACKEND, BackendException.Kind.INVALID_RESPONSE,
                    operation + " answered something that is not JSON", e);
        }
    }

    private static MlflowApiException error(String operation, int status, String body) {
        String errorCode = "";
        String message = "";
        try {
            JsonNode error = Wire.MAPPER.readTree(body == null ? "" : body);
            if (error != null) {
                errorCode = error.path("error_code").asText("");
                message = error.path("message").asText("");
            }
        } catch (JsonProcessingException notJson) {
            // A proxy's HTML page: the status alone says what happened.
        }
        if (message.length() > 300) {
            message = message.substring(0, 300) + "…";
        }
        return new MlflowApiException(MlflowApiException.kindOf(status), operation, status, errorCode, message);
    }

    private static String required(JsonNode value, String operation) {
        if (!value.isValueNode() || value.asText().isEmpty()) {
            throw new BackendException(BACKEND, BackendException.Kind.INVALID_RESPONSE,
                    operation + " answered without the expected id");
        }
        return value.asText();
    }
}
