package dev.orderlens.web.json;

import dev.orderlens.core.domain.Column;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns result cells into JSON values: numbers stay numbers, dates become ISO strings. */
public final class JsonValues {

    private JsonValues() {
    }

    static Object cell(Object value) {
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return null;
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return value;
    }

    public static List<List<Object>> rows(List<List<Object>> rows) {
        List<List<Object>> json = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            List<Object> cells = new ArrayList<>(row.size());
            for (Object value : row) {
                cells.add(cell(value));
            }
            json.add(cells);
        }
        return json;
    }

    public static List<Map<String, String>> columns(List<Column> columns) {
        List<Map<String, String>> json = new ArrayList<>();
        for (Column column : columns) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("name", column.name());
            entry.put("type", column.type().name().toLowerCase(Locale.ROOT));
            json.add(entry);
        }
        return json;
    }
}
