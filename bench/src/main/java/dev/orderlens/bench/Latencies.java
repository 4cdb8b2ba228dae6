package dev.orderlens.bench;

import java.util.Arrays;

/** Latencies of answers, in nanoseconds, for percentiles; one instance per thread, merged at the end. */
final class Latencies {

    private long[] values = new long[1024];
    private int count;

    void add(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = nanos;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.values[i]);
        }
    }

    int count() {
        return count;
    }

    /** The nearest-rank percentile in milliseconds; NaN without values. */
    double percentileMillis(double percentile) {
        return Percentiles.ofNanos(Arrays.copyOf(values, count)).millis(percentile);
    }
}
