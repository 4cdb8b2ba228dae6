package dev.orderlens.web.json;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.semantic.ColumnFormat;
import dev.orderlens.core.semantic.DisplayFormats;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns result cells into JSON values: numbers stay numbers, dates become ISO strings. */
public final class JsonValues {

    private static final String SHARE_OF = "share_of_";

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

    /** Each column's name and type, and how people see it: its label, metric format and unit. */
    public static List<Map<String, String>> columns(List<Column> columns, DisplayFormats display) {
        List<Map<String, String>> json = new ArrayList<>();
        for (Column column : columns) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("name", column.name());
            entry.put("type", column.type().name().toLowerCase(Locale.ROOT));
            if (column.name().startsWith(SHARE_OF) && column.type().isNumeric()) {
                // the SQL engine writes a measure's share of the whole in percent (12.5 for an eighth)
                entry.put("label", "Share of " + display.column(column.name().substring(SHARE_OF.length())).label());
                entry.put("format", "percent");
                entry.put("unit", "%");
            } else {
                ColumnFormat shown = display.column(column.name());
                entry.put("label", shown.label());
                entry.put("format", shown.format() == null ? null : shown.format().name().toLowerCase(Locale.ROOT));
                entry.put("unit", shown.unit());
            }
            json.add(entry);
        }
        return json;
    }

    /** The currency and locale the columns' formats are written in, for the page's {@code Intl.NumberFormat}. */
    public static Map<String, String> display(DisplayFormats display) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("currency", display.currency().getCurrencyCode());
        json.put("locale", display.locale().toLanguageTag());
        return json;
    }
}
