package dev.orderlens.bootstrap.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latency percentiles of one stage over the answers it ran in, in milliseconds (nearest rank). */
public record StageLatency(String stage, int count, double p50, double p90, double p99, double max) {

    public static StageLatency of(String stage, List<Double> millis) {
        if (millis.isEmpty()) {
            throw new IllegalArgumentException("no timings for stage " + stage);
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return new StageLatency(stage, sorted.size(), percentile(sorted, 50), percentile(sorted, 90),
                percentile(sorted, 99), sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
