package dev.orderlens.mlflow.internal;

import dev.orderlens.mlflow.internal.Wire.KeyValue;
import dev.orderlens.mlflow.internal.Wire.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects a run's params, metrics and tags, made acceptable to MLflow on the way in: keys only of the characters
 * it allows and at most 250 long, param values at most 6000 characters and tag values 5000 (the strictest limits
 * of current servers, which otherwise truncate or reject them).
 */
public final class RunEntries {

    static final int MAX_KEY_LENGTH = 250;
    static final int MAX_PARAM_VALUE_LENGTH = 6000;
    static final int MAX_TAG_VALUE_LENGTH = 5000;
    private static final Pattern NOT_ALLOWED_IN_KEY = Pattern.compile("[^A-Za-z0-9_\\-. /]");

    private final long timestamp;
    private final List<KeyValue> params = new ArrayList<>();
    private final List<Metric> metrics = new ArrayList<>();
    private final List<KeyValue> tags = new ArrayList<>();

    /** @param timestamp epoch milliseconds of the metrics */
    public RunEntries(long timestamp) {
        this.timestamp = timestamp;
    }

    public RunEntries param(String key, String value) {
        params.add(new KeyValue(key(key), truncate(value, MAX_PARAM_VALUE_LENGTH)));
        return this;
    }

    public RunEntries metric(String key, double value) {
        if (Double.isFinite(value)) {
            metrics.add(new Metric(key(key), value, timestamp, 0));
        }
        return this;
    }

    public RunEntries tag(String key, String value) {
        tags.add(new KeyValue(key(key), truncate(value, MAX_TAG_VALUE_LENGTH)));
        return this;
    }

    public List<KeyValue> params() {
        return params;
    }

    public List<Metric> metrics() {
        return metrics;
    }

    public List<KeyValue> tags() {
        return tags;
    }

    public List<LogBatches.Batch> batches() {
        return LogBatches.split(metrics, params, tags);
    }

    static String key(String raw) {
        String key = NOT_ALLOWED_IN_KEY.matcher(raw).replaceAll("_").replace("..", "__");
        while (key.startsWith("/")) {
            key = key.substring(1);
        }
        return truncate(key.isEmpty() ? "_" : key, MAX_KEY_LENGTH);
    }

    private static String truncate(String value, int limit) {
        String text = value == null ? "" : value;
        return text.length() <= limit ? text : text.substring(0, limit);
    }
}
