package dev.orderlens.local.duckdb;

import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Loads a user's orders export (a CSV file) into the table of the semantic model in a DuckDB database file,
 * replacing the table. It needs the file to itself, so it fails while a warehouse (in this JVM or another
 * process) has the file open; order events reach the file through {@link DuckDbOrderTableWriter} instead.
 *
 * <p>The file is UTF-8, comma-separated with RFC 4180 quoting, and its first line names the columns. Every
 * column of the semantic model must be there (matched by name, ignoring case and surrounding blanks) and every
 * value must convert to the column's type (see {@link CsvValues}); blank values are NULL. Columns the model does
 * not know are ignored — exports often carry more than the model describes — and reported in the result. The
 * table gets exactly the model's columns, in the model's order.
 *
 * <p>The load is one transaction: on the first bad row nothing changes and a {@link CsvLoadException} names the
 * row, column and value. A file with a header but no rows is refused rather than emptying the table.
 */
public final class OrdersCsvLoader {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int SHOWN_VALUE_LENGTH = 40;

    private final Path databaseFile;
    private final SemanticModel model;

    private OrdersCsvLoader(Path databaseFile, SemanticModel model) {
        this.databaseFile = databaseFile;
        this.model = model;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Replaces the table with the rows of {@code csvFile}.
     *
     * @throws CsvLoadException when the file is missing, empty, malformed or does not fit the semantic model
     * @throws BackendException {@link Kind#UNAVAILABLE} when the database file cannot be opened or written
     */
    public LoadResult load(Path csvFile) {
        long start = System.nanoTime();
        try (BufferedReader reader = Files.newBufferedReader(csvFile, StandardCharsets.UTF_8)) {
            CsvRecords records = new CsvRecords(reader);
            List<String> header = records.next();
            if (header == null) {
                throw new CsvLoadException(csvFile + " is empty: it needs a header line naming the columns");
            }
            Map<SemanticColumn, Integer> positions = positions(header);
            long rows = replaceTable(records, header.size(), positions);
            List<String> ignored = header.stream().map(String::strip)
                    .filter(name -> model.column(name).isEmpty())
                    .toList();
            return new LoadResult(rows, ignored, Duration.ofNanos(System.nanoTime() - start));
        } catch (NoSuchFileException e) {
            throw new CsvLoadException(csvFile + " does not exist");
        } catch (CharacterCodingException e) {
            throw new CsvLoadException(csvFile + " is not UTF-8 text");
        } catch (IOException e) {
            throw new CsvLoadException("cannot read " + csvFile + ": " + e.getMessage());
        }
    }

    /** Where each model column is in the header. */
    private Map<SemanticColumn, Integer> positions(List<String> header) {
        Map<SemanticColumn, Integer> positions = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (SemanticColumn column : model.columns()) {
            List<Integer> matches = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().equalsIgnoreCase(column.name())) {
                    matches.add(i);
                }
            }
            if (matches.size() > 1) {
                throw new CsvLoadException("column " + column.name() + " appears " + matches.size()
                        + " times in the header");
            }
            if (matches.isEmpty()) {
                missing.add(column.name());
            } else {
                positions.put(column, matches.get(0));
            }
        }
        if (!missing.isEmpty()) {
            throw new CsvLoadException("the header lacks column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " of the semantic model (it has: " + String.join(", ", header) + ")");
        }
        return positions;
    }

    private long replaceTable(CsvRecords records, int width, Map<SemanticColumn, Integer> positions) throws IOException {
        try (DuckDBConnection connection = openWritable()) {
            connection.setAutoCommit(false);
            try {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE OR REPLACE TABLE " + quote(model.table()) + " (" + columnDefinitions() + ")");
                }
                long rows;
                try (DuckDBAppender appender = connection.createAppender(model.table())) {
                    rows = appendRows(records, width, positions, appender);
                }
                if (rows == 0) {
                    throw new CsvLoadException("the file has a header but no rows; the table was left as it was");
                }
                connection.commit();
                return rows;
            } catch (SQLException | RuntimeException | IOException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new BackendException("duckdb", Kind.UNAVAILABLE,
                    "cannot write table " + model.table() + " of " + databaseFile + ": " + e.getMessage(), e);
        }
    }

    private long appendRows(CsvRecords records, int width, Map<SemanticColumn, Integer> positions,
            DuckDBAppender appender) throws IOException, SQLException {
        long rows = 0;
        Object[] values = new Object[positions.size()];
        for (long row = records.nextRecordNumber(); ; row = records.nextRecordNumber()) {
            List<String> fields = records.next();
            if (fields == null) {
                return rows;
            }
            if (fields.size() != width) {
                throw new CsvLoadException("row " + row + " has " + fields.size() + " values but the header has "
                        + width + " columns");
            }
            int i = 0;
            for (Map.Entry<SemanticColumn, Integer> position : positions.entrySet()) {
                values[i++] = convert(row, position.getKey(), fields.get(position.getValue()));
            }
            appendRow(appender, values);
            rows++;
        }
    }

    private static Object convert(long row, SemanticColumn column, String text) {
        try {
            return CsvValues.parse(text, column.type());
        } catch (IllegalArgumentException e) {
            throw new CsvLoadException("row " + row + ", column " + column.name() + ": '" + shown(text) + "' "
                    + e.getMessage());
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

    private DuckDBConnection openWritable() throws IOException, SQLException {
        Path parent = databaseFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return (DuckDBConnection) DriverManager.getConnection(DuckDbFiles.jdbcUrl(databaseFile));
    }

    private String columnDefinitions() {
        return model.columns().stream()
                .map(column -> quote(column.name()) + " " + DuckDbTypes.sqlType(column.type()))
                .collect(Collectors.joining(", "));
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String shown(String text) {
        return text.length() <= SHOWN_VALUE_LENGTH ? text : text.substring(0, SHOWN_VALUE_LENGTH) + "…";
    }

    /**
     * What a load did.
     *
     * @param rows how many rows the table holds now
     * @param ignoredColumns the file's columns that the semantic model does not know, as the header names them
     * @param elapsed how long the load took
     */
    public record LoadResult(long rows, List<String> ignoredColumns, Duration elapsed) {
        public LoadResult {
            ignoredColumns = List.copyOf(ignoredColumns);
            Objects.requireNonNull(elapsed, "elapsed");
        }
    }

    /** Builds an {@link OrdersCsvLoader}. */
    public static final class Builder {
        private Path databaseFile;
        private SemanticModel semanticModel;

        private Builder() {
        }

        /** The DuckDB database file to load into; it and its directory are created when missing. */
        public Builder databaseFile(Path databaseFile) {
            this.databaseFile = databaseFile;
            return this;
        }

        /** The model whose table, columns and types the file must match; its table name must be a plain name. */
        public Builder semanticModel(SemanticModel semanticModel) {
            this.semanticModel = semanticModel;
            return this;
        }

        public OrdersCsvLoader build() {
            Objects.requireNonNull(databaseFile, "databaseFile");
            Objects.requireNonNull(semanticModel, "semanticModel");
            if (!PLAIN_NAME.matcher(semanticModel.table()).matches()) {
                throw new IllegalArgumentException("a DuckDB table name must be a plain name, not '"
                        + semanticModel.table() + "'");
            }
            return new OrdersCsvLoader(databaseFile, semanticModel);
        }
    }
}
