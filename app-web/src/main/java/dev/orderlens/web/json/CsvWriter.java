package dev.orderlens.web.json;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.semantic.DisplayFormats;
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

    /** The result headed by its column names. */
    public static void write(SqlResult result, Writer out) throws IOException {
        write(result.columns().stream().map(Column::name).toList(), result, out);
    }

    /** The result headed by its columns' labels (the values stay exact). */
    public static void write(SqlResult result, DisplayFormats display, Writer out) throws IOException {
        write(result.columns().stream().map(c -> display.column(c.name()).label()).toList(), result, out);
    }

    private static void write(List<String> header, SqlResult result, Writer out) throws IOException {
        for (int i = 0; i < header.size(); i++) {
            out.write(i == 0 ? "" : ",");
            out.write(field(header.get(i)));
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
