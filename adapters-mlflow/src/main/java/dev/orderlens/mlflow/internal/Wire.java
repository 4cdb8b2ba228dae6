package dev.orderlens.mlflow.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.List;

/** The JSON shapes of the MLflow Tracking REST API that telemetry sends (snake_case, empty fields omitted). */
public final class Wire {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Wire() {
    }

    /** A param or tag. */
    public record KeyValue(String key, String value) {
    }

    public record Metric(String key, double value, long timestamp, long step) {
    }

    record CreateExperiment(String name) {
    }

    record CreateRun(String experimentId, String runName, long startTime, List<KeyValue> tags) {
    }

    record UpdateRun(String runId, String status, long endTime) {
    }

    record LogBatch(String runId, List<Metric> metrics, List<KeyValue> params, List<KeyValue> tags) {
    }

    record SearchRuns(List<String> experimentIds, String filter, int maxResults) {
    }
}
