package dev.orderlens.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/** Nearest-rank percentiles of a sample, in milliseconds; every benchmark reports through this one. */
public final class Percentiles {

    private final long[] sortedNanos;

    private Percentiles(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    /** The sample of each item's nanoseconds; negative values (not measured) are left out. */
    public static <T> Percentiles of(List<T> items, ToLongFunction<T> nanos) {
        return ofNanos(items.stream().mapToLong(nanos).toArray());
    }

    /** The sample of these nanoseconds; negative values (not measured) are left out. */
    public static Percentiles ofNanos(long[] nanos) {
        return new Percentiles(Arrays.stream(nanos).filter(v -> v >= 0).sorted().toArray());
    }

    public int count() {
        return sortedNanos.length;
    }

    /** The {@code p}-th percentile (0 < p ≤ 100) in milliseconds; NaN for an empty sample. */
    public double millis(double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    public double maxMillis() {
        return sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6;
    }
}
