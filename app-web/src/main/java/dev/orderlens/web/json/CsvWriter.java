package dev.orderlens.web.json;

import dev.orderlens.core.domain.Column;
import dev.orderlens.core.domain.SqlResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a result as RFC 4180 CSV. Text that a spreadsheet would run as a formula ({@code =}, {@code +},
 * {@code -}, {@code @} first) is prefixed with a quote mark so that opening the file never runs it.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    public static void write(SqlResult result, Writer out) throws IOException {
        List<Column> columns = result.columns();
        for (int i = 0; i < columns.size(); i++) {
            out.write(i == 0 ? "" : ",");
            out.write(field(columns.get(i).name()));
        }
        out.write("\r\n");
        for (List<Object> row : result.rows()) {
            for (int i = 0; i < row.size(); i++) {
                out.write(i == 0 ? "" : ",");
                Object value = row.get(i);
                out.write(value == null ? "" : value instanceof String text ? field(text) : field(value.toString()));
            }
            out.write("\r\n");
        }
    }

    static String field(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text) ? "'" + text : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static boolean isNumber(String text) {
        return text.matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    }
}
