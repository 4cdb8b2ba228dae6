package dev.orderlens.local.duckdb;

import java.util.List;

/** About how much memory the values of a row take once held: what bounds a result, beside its row count. */
final class ResultBytes {

    /** A boxed number, date or time: an object header and its fields. */
    private static final int FIXED_VALUE = 24;

    private ResultBytes() {
    }

    static long of(List<Object> row) {
        long bytes = 0;
        for (Object value : row) {
            bytes += value instanceof String text ? 40L + 2L * text.length() : FIXED_VALUE;
        }
        return bytes;
    }
}
