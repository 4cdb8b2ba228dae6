package dev.orderlens.local.duckdb;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.duckdb.DuckDBConnection;

/**
 * Where orders are read from: a CSV file, Parquet files, or a table of another DuckDB database file. The
 * {@link OrdersLoader} copies a source into the table of a semantic model, and {@link DuckDbProfiler} profiles it
 * to draft a model; both read it through DuckDB with {@link #open}.
 */
public abstract class OrdersSource {

    /** The table name a model drafted from a file names, when the data does not say. */
    static final String DEFAULT_TABLE = "orders";

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String ATTACHED = "orderlens_source";

    private OrdersSource() {
    }

    /** A UTF-8 CSV file with a header line; it loads with the row, column and value of every bad value named. */
    public static OrdersSource csv(Path file) {
        return new Csv(Objects.requireNonNull(file, "file"));
    }

    /** A Parquet file, or several named by a glob ({@code exports/*.parquet}). */
    public static OrdersSource parquet(String fileOrGlob) {
        return new Parquet(Objects.requireNonNull(fileOrGlob, "fileOrGlob"));
    }

    /** A table of another DuckDB database file, read without changing that file. */
    public static OrdersSource duckDbTable(Path databaseFile, String table) {
        Objects.requireNonNull(databaseFile, "databaseFile");
        if (!PLAIN_NAME.matcher(Objects.requireNonNull(table, "table")).matches()) {
            throw new IllegalArgumentException("a DuckDB table name must be a plain name, not '" + table + "'");
        }
        return new DuckDbTable(databaseFile, table);
    }

    /** The table name a semantic model drafted from this source gets. */
    public abstract String tableName();

    /** Opens the source for reading through {@code connection}; closing the reader releases what it took. */
    abstract SourceReader open(DuckDBConnection connection) throws SQLException;

    /** The error for a file that cannot be read, naming it. */
    static OrdersLoadException unreadable(Path file, IOException e) {
        return new OrdersLoadException(e instanceof CharacterCodingException ? file + " is not UTF-8 text"
                : "cannot read " + file + ": " + e.getMessage());
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static final class Csv extends OrdersSource {
        private final Path file;

        Csv(Path file) {
            this.file = file;
        }

        @Override
        public String tableName() {
            return DEFAULT_TABLE;
        }

        @Override
        SourceReader open(DuckDBConnection connection) {
            BufferedReader reader;
            try {
                reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new OrdersLoadException(file + " does not exist");
            } catch (IOException e) {
                throw unreadable(file, e);
            }
            try {
                CsvRecords records = new CsvRecords(reader);
                List<String> header = records.next();
                if (header == null) {
                    throw new OrdersLoadException(file + " is empty: it needs a header line naming the columns");
                }
                return new CsvReader(connection, file, reader, records, header);
            } catch (IOException | RuntimeException e) {
                try {
                    reader.close();
                } catch (IOException closing) {
                    e.addSuppressed(closing);
                }
                throw e instanceof IOException io ? unreadable(file, io) : (RuntimeException) e;
            }
        }

        @Override
        public String toString() {
            return file.toString();
        }
    }

    private static final class Parquet extends OrdersSource {
        private final String files;

        Parquet(String files) {
            this.files = files;
        }

        @Override
        public String tableName() {
            return DEFAULT_TABLE;
        }

        @Override
        SourceReader open(DuckDBConnection connection) {
            boolean glob = files.contains("*") || files.contains("?") || files.contains("[");
            if (!glob && !Files.isRegularFile(Path.of(files))) {
                throw new OrdersLoadException(files + " does not exist");
            }
            return new SourceReader(connection, toString(), "read_parquet(" + literal(files) + ")");
        }

        @Override
        public String toString() {
            return files;
        }
    }

    private static final class DuckDbTable extends OrdersSource {
        private final Path databaseFile;
        private final String table;

        DuckDbTable(Path databaseFile, String table) {
            this.databaseFile = databaseFile;
            this.table = table;
        }

        @Override
        public String tableName() {
            return table;
        }

        @Override
        SourceReader open(DuckDBConnection connection) throws SQLException {
            if (!Files.isRegularFile(databaseFile)) {
                throw new OrdersLoadException(databaseFile + " does not exist");
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ATTACH " + literal(databaseFile.toAbsolutePath().normalize().toString()) + " AS "
                        + ATTACHED + " (READ_ONLY)");
            } catch (SQLException e) {
                throw new OrdersLoadException("cannot read " + databaseFile + ": " + SourceReader.firstLine(e));
            }
            SourceReader reader = new SourceReader(connection, toString(), ATTACHED + "." + quote(table)) {
                @Override
                public void close() throws SQLException {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("DETACH " + ATTACHED);
                    }
                }
            };
            List<String> tables = tables(connection);
            if (tables.stream().noneMatch(table::equalsIgnoreCase)) {
                reader.close();
                throw new OrdersLoadException("table " + table + " is not in " + databaseFile + " (it has: "
                        + (tables.isEmpty() ? "no tables" : String.join(", ", tables)) + ")");
            }
            return reader;
        }

        private static List<String> tables(DuckDBConnection connection) throws SQLException {
            List<String> tables = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT table_name FROM duckdb_tables() WHERE database_name = "
                            + literal(ATTACHED) + " ORDER BY table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            return tables;
        }

        @Override
        public String toString() {
            return "table " + table + " of " + databaseFile;
        }
    }
}
