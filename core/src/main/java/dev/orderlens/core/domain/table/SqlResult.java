package dev.orderlens.core.domain.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rows returned by a warehouse. Values are {@code String}, {@code Long}, {@code java.math.BigDecimal},
 * {@code Double}, {@code Boolean}, {@code java.time.LocalDate}, {@code java.time.LocalDateTime} or {@code null}.
 *
 * @param columns the typed columns, in order
 * @param rows the rows held (at most the row limit the query ran with)
 * @param totalRows how many rows the query produced in all
 * @param truncated whether {@code rows} holds fewer rows than {@code totalRows}
 * @param cutAtBytes whether rows were left out because the values held reached the query's byte limit, rather
 *     than its row limit; a person should be told, since the rows shown are then fewer than asked for
 */
public record SqlResult(List<Column> columns, List<List<Object>> rows, long totalRows, boolean truncated,
        boolean cutAtBytes) {

    public SqlResult(List<Column> columns, List<List<Object>> rows, long totalRows, boolean truncated) {
        this(columns, rows, totalRows, truncated, false);
    }

    public SqlResult {
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " values for " + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
        if (totalRows < rows.size()) {
            throw new IllegalArgumentException("totalRows " + totalRows + " is below the " + rows.size() + " rows held");
        }
    }

    /**
     * About how much heap the values of one row take once held: what bounds a result beside its row count (see
     * {@link SqlQuery#maxBytes()}).
     */
    public static long bytesOf(List<Object> row) {
        long bytes = 0;
        for (Object value : row) {
            bytes += value instanceof String text ? 40L + 2L * text.length() : 24;
        }
        return bytes;
    }

    /**
     * The rows from the start that fit in {@code maxBytes}, the true total kept; marked {@link #cutAtBytes} when
     * rows had to be left out for it.
     */
    public SqlResult withinBytes(long maxBytes) {
        long bytes = 0;
        for (int i = 0; i < rows.size(); i++) {
            bytes += bytesOf(rows.get(i));
            if (bytes > maxBytes) {
                return new SqlResult(columns, rows.subList(0, i), totalRows, true, true);
            }
        }
        return this;
    }

    public static SqlResult of(List<Column> columns, List<List<Object>> rows) {
        return new SqlResult(columns, rows, rows.size(), false);
    }

    /** Each row held as a map from column name to value (later columns win over earlier ones of the same name). */
    public List<Map<String, Object>> rowsByName() {
        List<Map<String, Object>> named = new ArrayList<>(rows.size());
        for (List<Object> values : rows) {
            Map<String, Object> row = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i).name(), values.get(i));
            }
            named.add(row);
        }
        return named;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The first {@code n} rows as a result of their own, keeping the true total. */
    public SqlResult head(int n) {
        if (n >= rows.size()) {
            return this;
        }
        return new SqlResult(columns, rows.subList(0, n), totalRows, true, cutAtBytes);
    }

    /** Rows {@code [from, from + size)} of what is held, keeping the true total. */
    public SqlResult slice(int from, int size) {
        int start = Math.min(Math.max(from, 0), rows.size());
        int end = Math.min(start + Math.max(size, 0), rows.size());
        return new SqlResult(columns, rows.subList(start, end), totalRows, end - start < totalRows, cutAtBytes);
    }
}
