package dev.orderlens.core.domain.telemetry;

import dev.orderlens.core.domain.llm.TokenUsage;
import dev.orderlens.core.domain.route.RouteOutcome;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one request did, for telemetry. Never holds secrets; holds the question only as its length.
 *
 * @param failures flags for what went wrong without failing the request (e.g. {@code classifier_failed},
 *     {@code store_load_failed}, {@code sql_failed}, {@code retrieval_failed}, {@code stream_partial})
 * @param models the model or engine behind each stage (e.g. {@code classifier → gpt-4o-mini})
 */
public record RequestTelemetry(String messageId, String sessionId, Instant at, RouteOutcome route,
        StageTimings timings, long rowCount, int questionLength, int answerLength, Set<String> failures,
        TokenUsage tokenUsage, Map<String, String> models) {
    public RequestTelemetry {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(timings, "timings");
        failures = Set.copyOf(failures);
        tokenUsage = tokenUsage == null ? TokenUsage.NONE : tokenUsage;
        models = Map.copyOf(models);
    }
}
