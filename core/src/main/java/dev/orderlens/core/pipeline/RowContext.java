package dev.orderlens.core.pipeline;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlResult;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a SQL result tells about the subject of the conversation: the text values just discussed per
 * column (a carrier, a month, order ids), so that "and that carrier?" can be understood next.
 */
final class RowContext {

    static final String PREFIX = "rows.";
    private static final int ROWS_LOOKED_AT = 10;
    private static final int VALUES_KEPT = 5;

    private RowContext() {
    }

    static Map<String, String> extract(SqlResult result) {
        Map<String, String> facts = new LinkedHashMap<>();
        List<Column> columns = result.columns();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (column.type() != ColumnType.STRING && !column.type().isTemporal()) {
                continue;
            }
            Set<String> values = new LinkedHashSet<>();
            for (List<Object> row : result.rows().subList(0, Math.min(ROWS_LOOKED_AT, result.rows().size()))) {
                Object value = row.get(c);
                if (value != null && values.size() < VALUES_KEPT) {
                    values.add(value.toString());
                }
            }
            if (!values.isEmpty()) {
                facts.put(PREFIX + column.name(), values.stream().collect(Collectors.joining(", ")));
            }
        }
        return facts;
    }
}
