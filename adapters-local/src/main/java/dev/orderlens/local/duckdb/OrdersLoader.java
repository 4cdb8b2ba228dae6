package dev.orderlens.local.duckdb;

import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.semantic.ModelFit;
import dev.orderlens.core.semantic.ModelMismatchException;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;

/**
 * Loads a user's orders from an {@link OrdersSource} (CSV, Parquet, another DuckDB database's table) into the
 * table of the semantic model in a DuckDB database file, replacing the table; or only checks that the model
 * fits the source. Loading needs the file to itself, so it fails while a warehouse (in this JVM or another
 * process) has the file open; order events reach the file through {@link DuckDbOrderTableWriter} instead.
 *
 * <p>Every column of the semantic model must be in the source (matched by name, ignoring case and surrounding
 * blanks) and every value must convert to the column's type; the time column must be a date or timestamp; every
 * metric's expression and filter must run over the table. All the problems found are reported together in one
 * {@link ModelMismatchException}. Columns the model does not know are ignored — exports often carry more than
 * the model describes — and reported in the result. The table gets exactly the model's columns, in the model's
 * order.
 *
 * <p>The load is one transaction: when anything is wrong nothing changes. A source without rows is refused
 * rather than emptying the table.
 */
public final class OrdersLoader {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String IN_MEMORY = "jdbc:duckdb:";

    private final Path databaseFile;
    private final SemanticModel model;

    private OrdersLoader(Path databaseFile, SemanticModel model) {
        this.databaseFile = databaseFile;
        this.model = model;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Replaces the table with the rows of {@code source}.
     *
     * @throws ModelMismatchException naming every way the model does not fit the source
     * @throws OrdersLoadException when the source is missing, unreadable, malformed or empty
     * @throws BackendException {@link Kind#UNAVAILABLE} when the database file cannot be opened or written
     * @throws IllegalStateException when the loader was built without a database file
     */
    public LoadResult load(OrdersSource source) {
        if (databaseFile == null) {
            throw new IllegalStateException("a loader without a database file can only check");
        }
        try {
            Path parent = databaseFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new BackendException("duckdb", Kind.UNAVAILABLE, "cannot create the directory of " + databaseFile
                    + ": " + e.getMessage(), e);
        }
        boolean existed = Files.exists(databaseFile);
        try {
            return run(source, DuckDbFiles.jdbcUrl(databaseFile), true);
        } catch (RuntimeException e) {
            if (!existed) {
                forget(e);
            }
            throw e;
        }
    }

    /** Removes the database file a refused first load created, so that no empty orders file looks loaded. */
    private void forget(RuntimeException failure) {
        try {
            Files.deleteIfExists(databaseFile);
            Files.deleteIfExists(Path.of(databaseFile + ".wal"));
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Checks the model against {@code source} as a load would, without writing anywhere: the load happens in a
     * database in memory and is thrown away.
     *
     * @throws ModelMismatchException naming every way the model does not fit the source
     * @throws OrdersLoadException when the source is missing, unreadable, malformed or empty
     */
    public LoadResult check(OrdersSource source) {
        return run(source, IN_MEMORY, false);
    }

    private LoadResult run(OrdersSource source, String url, boolean keep) {
        long start = System.nanoTime();
        try (DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection(url);
                SourceReader reader = source.open(connection)) {
            ModelFit.Result<SourceReader.DataColumn> fit = ModelFit.<SourceReader.DataColumn>of(model)
                    .check(reader.columns(), new LoadedData(connection, reader));
            List<String> problems = new ArrayList<>(fit.problems());
            long rows = replaceTable(connection, reader, fit.matches(), problems, keep);
            return new LoadResult(rows, fit.ignoredColumns(), Duration.ofNanos(System.nanoTime() - start));
        } catch (SQLException e) {
            throw new BackendException("duckdb", Kind.UNAVAILABLE, "cannot write table " + model.table() + " of "
                    + (keep ? databaseFile : "a database in memory") + ": " + SourceReader.firstLine(e), e);
        }
    }

    /**
     * The source as the model check sees it: its values must convert to the model's types, and the metrics are
     * tried over an empty relation with the model's columns and types, which is what the loaded table will be.
     */
    private final class LoadedData implements ModelFit.Data<SourceReader.DataColumn> {
        private final DuckDBConnection connection;
        private final SourceReader reader;

        LoadedData(DuckDBConnection connection, SourceReader reader) {
            this.connection = connection;
            this.reader = reader;
        }

        @Override
        public String nameOf(SourceReader.DataColumn column) {
            return column.name();
        }

        @Override
        public void checkColumns(Map<SemanticColumn, SourceReader.DataColumn> matches, List<String> problems) {
            reader.checkValues(matches, problems);
        }

        @Override
        public String metricRelation() {
            return "(SELECT " + model.columns().stream()
                    .map(column -> "CAST(NULL AS " + DuckDbTypes.sqlType(column.type()) + ") AS "
                            + OrdersSource.quote(column.name()))
                    .collect(Collectors.joining(", ")) + " LIMIT 0) AS " + OrdersSource.quote(model.table());
        }

        @Override
        public SqlDialect dialect() {
            return SqlDialect.DUCKDB;
        }

        @Override
        public Optional<String> failureOf(String sql) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
                return Optional.empty();
            } catch (SQLException e) {
                return Optional.of(SourceReader.firstLine(e));
            }
        }
    }

    private long replaceTable(DuckDBConnection connection, SourceReader reader,
            Map<SemanticColumn, SourceReader.DataColumn> matches, List<String> problems, boolean keep)
            throws SQLException {
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE OR REPLACE TABLE " + OrdersSource.quote(model.table()) + " ("
                        + columnDefinitions() + ")");
            }
            long rows = reader.copy(model.table(), model.columns(), matches, problems);
            if (!problems.isEmpty()) {
                throw new ModelMismatchException(problems);
            }
            if (rows == 0) {
                throw new OrdersLoadException(reader + " has no rows; the table was left as it was");
            }
            if (keep) {
                connection.commit();
            } else {
                connection.rollback();
            }
            return rows;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private String columnDefinitions() {
        return model.columns().stream()
                .map(column -> OrdersSource.quote(column.name()) + " " + DuckDbTypes.sqlType(column.type()))
                .collect(Collectors.joining(", "));
    }

    /**
     * What a load did (or, for a check, would do).
     *
     * @param rows how many rows the table holds now
     * @param ignoredColumns the source's columns that the semantic model does not know, as the source names them
     * @param elapsed how long the load took
     */
    public record LoadResult(long rows, List<String> ignoredColumns, Duration elapsed) {
        public LoadResult {
            ignoredColumns = List.copyOf(ignoredColumns);
            Objects.requireNonNull(elapsed, "elapsed");
        }
    }

    /** Builds an {@link OrdersLoader}. */
    public static final class Builder {
        private Path databaseFile;
        private SemanticModel semanticModel;

        private Builder() {
        }

        /**
         * The DuckDB database file to load into; it and its directory are created when missing. Without one the
         * loader can only {@link #check}.
         */
        public Builder databaseFile(Path databaseFile) {
            this.databaseFile = databaseFile;
            return this;
        }

        /** The model whose table, columns and types the source must match; its table name must be a plain name. */
        public Builder semanticModel(SemanticModel semanticModel) {
            this.semanticModel = semanticModel;
            return this;
        }

        public OrdersLoader build() {
            Objects.requireNonNull(semanticModel, "semanticModel");
            if (!PLAIN_NAME.matcher(semanticModel.table()).matches()) {
                throw new IllegalArgumentException("a DuckDB table name must be a plain name, not '"
                        + semanticModel.table() + "'");
            }
            return new OrdersLoader(databaseFile, semanticModel);
        }
    }
}
