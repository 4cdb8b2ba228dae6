package dev.orderlens.answering.semantic;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.core.semantic.ColumnProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Profiles a table a warehouse holds, for drafting a semantic model from it, in three statements whatever its
 * width: its columns and types from an empty result, then every column's count of values, approximate count of
 * different values ({@code approx_count_distinct}, so that a wide, long table is read once) and average length as
 * text in one pass, then every column's most frequent values in one {@code UNION ALL}.
 */
public final class WarehouseTableProfiler {

    private final SqlWarehouse warehouse;
    private final int topValues;
    private final Duration timeout;

    private WarehouseTableProfiler(SqlWarehouse warehouse, int topValues, Duration timeout) {
        this.warehouse = warehouse;
        this.topValues = topValues;
        this.timeout = timeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The profile of each column of {@code table} ({@code catalog.schema.name}), in the table's order.
     *
     * @throws IllegalArgumentException when the warehouse refuses to read the table
     * @throws dev.orderlens.core.port.BackendException when the warehouse cannot be reached
     */
    public List<ColumnProfile> profile(String table) {
        WarehouseTable source = new WarehouseTable(warehouse, table, timeout);
        List<Column> columns = source.columns();
        List<Object> counts = source.query("SELECT " + IntStream.range(0, columns.size())
                .mapToObj(i -> {
                    String value = quoted(columns.get(i));
                    return "count(" + value + ") AS n" + i + ", approx_count_distinct(" + value + ") AS d" + i
                            + ", coalesce(avg(length(CAST(" + value + " AS STRING))), 0) AS l" + i;
                })
                .collect(Collectors.joining(", ")) + " FROM " + source.quoted(), 1).rows().get(0);
        Map<Long, List<String>> top = topValues(source, columns);
        List<ColumnProfile> profiles = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            profiles.add(new ColumnProfile(column.name(), column.type(), number(counts.get(3 * i)).longValue(),
                    number(counts.get(3 * i + 1)).longValue(), number(counts.get(3 * i + 2)).doubleValue(),
                    top.getOrDefault((long) i, List.of())));
        }
        return profiles;
    }

    private Map<Long, List<String>> topValues(WarehouseTable source, List<Column> columns) {
        String sql = IntStream.range(0, columns.size())
                .mapToObj(i -> {
                    String text = "CAST(" + quoted(columns.get(i)) + " AS STRING)";
                    return "SELECT k, v, n FROM (SELECT " + i + " AS k, " + text + " AS v, count(*) AS n FROM "
                            + source.quoted() + " WHERE " + quoted(columns.get(i)) + " IS NOT NULL GROUP BY " + text
                            + " ORDER BY n DESC, v LIMIT " + topValues + ") AS top" + i;
                })
                .collect(Collectors.joining(" UNION ALL "));
        Map<Long, List<String>> top = new HashMap<>();
        for (List<Object> row : source.query(sql, columns.size() * topValues).rows()) {
            top.computeIfAbsent(number(row.get(0)).longValue(), k -> new ArrayList<>()).add((String) row.get(1));
        }
        return top;
    }

    private static Number number(Object value) {
        return value == null ? 0 : (Number) value;
    }

    private static String quoted(Column column) {
        return "`" + column.name().replace("`", "``") + "`";
    }

    /** Builds a {@link WarehouseTableProfiler}. */
    public static final class Builder {
        private SqlWarehouse warehouse;
        private int topValues = 5;
        private Duration timeout = Duration.ofSeconds(120);

        private Builder() {
        }

        /** The warehouse holding the table, reached as the read-only query principal. */
        public Builder warehouse(SqlWarehouse warehouse) {
            this.warehouse = warehouse;
            return this;
        }

        /** How many of the most frequent values to keep per column (default 5, as for a file). */
        public Builder topValues(int topValues) {
            if (topValues < 1) {
                throw new IllegalArgumentException("topValues must be at least 1, not " + topValues);
            }
            this.topValues = topValues;
            return this;
        }

        /** How long each statement may take (default 120 s: the two profiling statements read the whole table). */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        public WarehouseTableProfiler build() {
            Objects.requireNonNull(warehouse, "warehouse");
            return new WarehouseTableProfiler(warehouse, topValues, timeout);
        }
    }
}
