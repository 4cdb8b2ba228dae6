package dev.orderlens.mlflow.internal;

import dev.orderlens.mlflow.internal.Wire.KeyValue;
import dev.orderlens.mlflow.internal.Wire.Metric;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits metrics, params and tags into {@code runs/log-batch} requests within MLflow's limits: at most 1000
 * metrics, 100 params, 100 tags and 1000 entries in all per request, and well under its 1 MB body limit.
 */
public final class LogBatches {

    static final int MAX_METRICS = 1000;
    static final int MAX_PARAMS = 100;
    static final int MAX_TAGS = 100;
    static final int MAX_ENTRIES = 1000;
    /** Room for the JSON around each entry; values are already truncated, so entries stay small. */
    static final int MAX_BODY_CHARS = 900_000;
    private static final int ENTRY_OVERHEAD = 64;

    private LogBatches() {
    }

    /** The batches, each a request; params first, so that a run's params are never split from its start. */
    public static List<Batch> split(List<Metric> metrics, List<KeyValue> params, List<KeyValue> tags) {
        List<Batch> batches = new ArrayList<>();
        Batch current = new Batch();
        for (KeyValue param : params) {
            current = roomFor(batches, current, current.params.size() < MAX_PARAMS, size(param));
            current.params.add(param);
        }
        for (KeyValue tag : tags) {
            current = roomFor(batches, current, current.tags.size() < MAX_TAGS, size(tag));
            current.tags.add(tag);
        }
        for (Metric metric : metrics) {
            current = roomFor(batches, current, current.metrics.size() < MAX_METRICS, metric.key().length());
            current.metrics.add(metric);
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    private static Batch roomFor(List<Batch> batches, Batch current, boolean kindHasRoom, int entryChars) {
        boolean fits = kindHasRoom && current.entries() < MAX_ENTRIES
                && current.chars + entryChars + ENTRY_OVERHEAD <= MAX_BODY_CHARS;
        Batch batch = current;
        if (!fits) {
            batches.add(current);
            batch = new Batch();
        }
        batch.chars += entryChars + ENTRY_OVERHEAD;
        return batch;
    }

    private static int size(KeyValue entry) {
        return entry.key().length() + entry.value().length();
    }

    /** One request's worth. */
    public static final class Batch {
        final List<Metric> metrics = new ArrayList<>();
        final List<KeyValue> params = new ArrayList<>();
        final List<KeyValue> tags = new ArrayList<>();
        private int chars;

        int entries() {
            return metrics.size() + params.size() + tags.size();
        }

        boolean isEmpty() {
            return entries() == 0;
        }

        public List<Metric> metrics() {
            return metrics;
        }

        public List<KeyValue> params() {
            return params;
        }

        public List<KeyValue> tags() {
            return tags;
        }
    }
}
