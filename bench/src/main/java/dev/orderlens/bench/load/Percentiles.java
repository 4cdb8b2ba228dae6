package dev.orderlens.bench.load;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/** Nearest-rank percentiles of a sample, in milliseconds. */
final class Percentiles {

    private final long[] sortedNanos;

    private Percentiles(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    static <T> Percentiles of(List<T> items, ToLongFunction<T> nanos) {
        long[] values = items.stream().mapToLong(nanos).filter(v -> v >= 0).sorted().toArray();
        return new Percentiles(values);
    }

    int count() {
        return sortedNanos.length;
    }

    /** The {@code p}-th percentile (0 < p ≤ 100) in milliseconds; NaN for an empty sample. */
    double millis(double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    double maxMillis() {
        return sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6;
    }

    @Override
    public String toString() {
        return Arrays.toString(sortedNanos);
    }
}
