package dev.orderlens.local.duckdb;

import dev.orderlens.core.semantic.SemanticColumn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * A CSV file opened for loading. Values are converted by {@link CsvValues} rather than by DuckDB's CSV reader,
 * so that a value that does not convert is named with its row, column and text; blank values are NULL. The
 * relation, with DuckDB's detected types, serves profiling only.
 */
final class CsvReader extends SourceReader {

    private final Path file;
    private final BufferedReader reader;
    private final CsvRecords records;
    private final List<String> header;

    CsvReader(DuckDBConnection connection, Path file, BufferedReader reader, CsvRecords records, List<String> header) {
        super(connection, file.toString(), "read_csv(" + OrdersSource.literal(file.toAbsolutePath().toString())
                + ", header = true)");
        this.file = file;
        this.reader = reader;
        this.records = records;
        this.header = header;
    }

    /** The header's names, without surrounding blanks; their types are text until converted. */
    @Override
    List<DataColumn> columns() {
        return IntStream.range(0, header.size())
                .mapToObj(i -> new DataColumn(header.get(i).strip(), "VARCHAR", i)).toList();
    }

    /** Nothing to check before the copy: converting every value is the check. */
    @Override
    void checkValues(Map<SemanticColumn, DataColumn> matches, List<String> problems) {
    }

    /** Reads every row even after a bad value, so that the first bad value of every column is named. */
    @Override
    long copy(String table, List<SemanticColumn> tableColumns, Map<SemanticColumn, DataColumn> matches,
            List<String> problems) throws SQLException {
        Map<SemanticColumn, Integer> positions = new LinkedHashMap<>();
        tableColumns.forEach(column -> positions.put(column,
                matches.containsKey(column) ? matches.get(column).position() : -1));
        Map<SemanticColumn, BadValues> bad = new LinkedHashMap<>();
        long rows = 0;
        try (DuckDBAppender appender = connection.createAppender(table)) {
            Object[] values = new Object[positions.size()];
            for (long row = records.nextRecordNumber(); ; row = records.nextRecordNumber()) {
                List<String> fields = records.next();
                if (fields == null) {
                    break;
                }
                if (fields.size() != header.size()) {
                    throw new OrdersLoadException("row " + row + " has " + fields.size()
                            + " values but the header has " + header.size() + " columns");
                }
                int i = 0;
                for (Map.Entry<SemanticColumn, Integer> position : positions.entrySet()) {
                    values[i++] = position.getValue() < 0 ? null
                            : convert(row, position.getKey(), fields.get(position.getValue()), bad);
                }
                appendRow(appender, values);
                rows++;
            }
        } catch (IOException e) {
            throw OrdersSource.unreadable(file, e);
        }
        bad.values().forEach(values -> problems.add(values.problem()));
        return rows;
    }

    private static Object convert(long row, SemanticColumn column, String text, Map<SemanticColumn, BadValues> bad) {
        try {
            return CsvValues.parse(text, column.type());
        } catch (IllegalArgumentException e) {
            bad.computeIfAbsent(column, c -> new BadValues("row " + row + ", column " + column.name() + ": '"
                    + shown(text) + "' " + e.getMessage())).count++;
            return null;
        }
    }

    /** The first bad value of a column, and how many there are. */
    private static final class BadValues {
        private final String first;
        private long count;

        BadValues(String first) {
            this.first = first;
        }

        String problem() {
            return count == 1 ? first : first + " (and " + (count - 1) + " more " + (count == 2 ? "row" : "rows") + ")";
        }
    }

    private static void appendRow(DuckDBAppender appender, Object[] values) throws SQLException {
        appender.beginRow();
        for (Object value : values) {
            if (value == null) {
                appender.appendNull();
            } else if (value instanceof String text) {
                appender.append(text);
            } else if (value instanceof Long number) {
                appender.append(number.longValue());
            } else if (value instanceof BigDecimal decimal) {
                appender.append(decimal);
            } else if (value instanceof Double number) {
                appender.append(number.doubleValue());
            } else if (value instanceof Boolean flag) {
                appender.append(flag.booleanValue());
            } else if (value instanceof LocalDate date) {
                appender.append(date);
            } else {
                appender.append((LocalDateTime) value);
            }
        }
        appender.endRow();
    }

    @Override
    public void close() throws SQLException {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
