package dev.orderlens.cli;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.semantic.ColumnFormat;
import dev.orderlens.core.semantic.DisplayFormats;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Writes a result as an aligned text table, a markdown table or CSV (RFC 4180). Tables people read are headed by the
 * columns' labels and write numbers in the columns' formats; CSV keeps the values exact.
 */
final class TableText {

    /** How listings write a moment: to the minute, in UTC. */
    static final DateTimeFormatter MINUTES_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private TableText() {
    }

    /** An aligned table of at most {@code maxRows} rows, numbers to the right, and a line saying what was left out. */
    static void aligned(PrintWriter out, SqlResult result, int maxRows, DisplayFormats display) {
        List<String> header = labels(result, display);
        List<Boolean> right = result.columns().stream().map(c -> c.type().isNumeric()).toList();
        List<List<String>> cells = cells(result, maxRows, display, (column, value) -> oneLine(Values.display(value, column)));
        aligned(out, header, right, cells);
        remainder(out, result, cells.size());
    }

    /** An aligned table of text cells, the columns flagged in {@code rightAligned} to the right. */
    static void aligned(PrintWriter out, List<String> header, List<Boolean> rightAligned, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        out.println(line(header, widths, rightAligned));
        List<String> rules = new ArrayList<>();
        for (int width : widths) {
            rules.add("-".repeat(width));
        }
        out.println(String.join("  ", rules));
        for (List<String> row : rows) {
            out.println(line(row, widths, rightAligned));
        }
    }

    static void markdown(PrintWriter out, SqlResult result, int maxRows, DisplayFormats display) {
        List<String> header = labels(result, display).stream().map(TableText::escapeMarkdown).toList();
        out.println("| " + String.join(" | ", header) + " |");
        out.println(result.columns().stream().map(c -> c.type().isNumeric() ? "---:" : "---")
                .reduce("|", (line, rule) -> line + " " + rule + " |"));
        List<List<String>> cells = cells(result, maxRows, display,
                (column, value) -> escapeMarkdown(oneLine(Values.display(value, column))));
        for (List<String> row : cells) {
            out.println("| " + String.join(" | ", row) + " |");
        }
        remainder(out, result, cells.size());
    }

    /** Every row, values exact, under {@code header} (the columns' labels, or their names for files loaded back). */
    static void csv(PrintWriter out, SqlResult result, List<String> header) {
        out.print(csvLine(header));
        for (List<Object> row : result.rows()) {
            out.print(csvLine(row.stream().map(Values::exact).toList()));
        }
    }

    static String csvLine(List<String> values) {
        List<String> quoted = new ArrayList<>();
        for (String value : values) {
            boolean needsQuotes = value.contains(",") || value.contains("\"") || value.contains("\n")
                    || value.contains("\r");
            quoted.add(needsQuotes ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
        }
        return String.join(",", quoted) + "\r\n";
    }

    static List<String> names(SqlResult result) {
        return result.columns().stream().map(Column::name).toList();
    }

    static List<String> labels(SqlResult result, DisplayFormats display) {
        return result.columns().stream().map(c -> display.column(c.name()).label()).toList();
    }

    private static List<List<String>> cells(SqlResult result, int maxRows, DisplayFormats display,
            BiFunction<ColumnFormat, Object, String> write) {
        List<ColumnFormat> columns = result.columns().stream().map(c -> display.column(c.name())).toList();
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> row : result.rows().subList(0, Math.min(maxRows, result.rows().size()))) {
            List<String> line = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                line.add(write.apply(columns.get(i), row.get(i)));
            }
            cells.add(line);
        }
        return cells;
    }

    private static void remainder(PrintWriter out, SqlResult result, int shown) {
        long more = result.totalRows() - shown;
        if (more > 0) {
            out.println("… " + more + " more " + (more == 1 ? "row" : "rows") + " (" + result.totalRows()
                    + " in all; --format csv writes every row held)");
        }
    }

    private static String line(List<String> cells, int[] widths, List<Boolean> rightAligned) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - cell.length());
            if (i > 0) {
                line.append("  ");
            }
            line.append(rightAligned.get(i) ? pad + cell : cell + pad);
        }
        return line.toString().stripTrailing();
    }

    /** The start of a text on one line, cut to {@code chars} with an ellipsis: a cell of a listing; blank for none. */
    static String start(String text, int chars) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= chars ? line : line.substring(0, chars - 1) + "…";
    }

    private static String oneLine(String cell) {
        return cell.replace('\n', ' ').replace('\r', ' ');
    }

    private static String escapeMarkdown(String cell) {
        return cell.replace("|", "\\|");
    }
}
