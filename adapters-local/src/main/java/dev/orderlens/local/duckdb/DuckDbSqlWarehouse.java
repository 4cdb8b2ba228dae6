package dev.orderlens.local.duckdb;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.SqlWarehouse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.duckdb.DuckDBConnection;

/**
 * Runs read-only SQL on a DuckDB database file, in process.
 *
 * <p>Queries run on a small pool of connections opened read-only with external access disabled and the
 * configuration locked (see {@link ReadOnlyConnectionPool}): writes, file reads and writes ({@code read_csv},
 * {@code COPY}), {@code ATTACH} and {@code INSTALL} fail inside DuckDB whatever the SQL text. Only session-local
 * temporary tables remain creatable; they touch neither the file nor the file system. DuckDB's memory limit,
 * thread count and expression depth are set and locked with the rest ({@link QueryLimits}), each query runs on
 * a thread with a deep native stack ({@link DeepStackThreads}), and rows stop being held once their values reach
 * the query's byte limit. {@link #parser()} gives the guard DuckDB's own parser.
 *
 * <p>Each query gets a new statement and is cancelled when its timeout (which includes waiting for a free
 * connection) runs out. When a result has more than {@code maxRows} rows, DuckDB counts them in a second query.
 * Results are materialised inside DuckDB (the core guard's row limit bounds them) rather than streamed: the JDBC
 * driver reports an error raised while streaming as "Invalid result set", losing the message users need.
 *
 * <pre>{@code
 * try (DuckDbSqlWarehouse warehouse = DuckDbSqlWarehouse.builder().databaseFile(path).connections(4).build()) {
 *     SqlResult result = warehouse.execute(new SqlQuery("SELECT carrier, count(*) FROM orders GROUP BY 1", 100, timeout));
 * }
 * }</pre>
 */
public final class DuckDbSqlWarehouse implements SqlWarehouse, AutoCloseable {

    private static final String BACKEND = "duckdb";

    private final Path databaseFile;
    private final int connections;
    private final QueryLimits limits;
    private final DuckDbSqlParser parser;
    private final ScheduledExecutorService canceller;
    // Queries share the file; a write (see withWriteAccess) has it to itself.
    private final ReentrantReadWriteLock access = new ReentrantReadWriteLock(true);
    private volatile ReadOnlyConnectionPool pool;
    private volatile boolean closed;

    private DuckDbSqlWarehouse(Path databaseFile, int connections, QueryLimits limits, ReadOnlyConnectionPool pool,
            DuckDbSqlParser parser) {
        this.databaseFile = databaseFile;
        this.connections = connections;
        this.limits = limits;
        this.pool = pool;
        this.parser = parser;
        this.canceller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "duckdb-query-canceller");
            thread.setDaemon(true);
            return thread;
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.DUCKDB;
    }

    /** DuckDB's parser, for the guard; it knows the names of this database's tables and views. */
    public DuckDbSqlParser parser() {
        return parser;
    }

    /**
     * The table's name with its database and schema ({@code orders.main.orders}), so a guard configured with it
     * accepts every way DuckDB lets a query name it: {@code orders}, {@code main.orders} or the full name.
     *
     * @throws BackendException {@link Kind#REJECTED} when the database has no such table
     */
    public String qualifiedName(String table) {
        try {
            return pool().withIdleConnection(connection -> DuckDbCatalog.qualifiedName(connection, table));
        } catch (SQLException e) {
            throw new BackendException(BACKEND, Kind.REJECTED, e.getMessage(), e);
        }
    }

    private ReadOnlyConnectionPool pool() {
        ReadOnlyConnectionPool current = pool;
        if (current == null) {
            throw new BackendException(BACKEND, Kind.UNAVAILABLE, databaseFile.getFileName() + " is being written");
        }
        return current;
    }

    /**
     * @throws BackendException {@link Kind#TIMEOUT} when the query (or the wait for a free connection) outlasts
     *     the query's timeout; {@link Kind#REJECTED} with DuckDB's message when DuckDB refuses or fails the query
     * @throws IllegalStateException once the warehouse is closed
     */
    @Override
    public SqlResult execute(SqlQuery query) {
        if (closed) {
            throw new IllegalStateException("the DuckDB warehouse over " + databaseFile + " is closed");
        }
        long deadline = System.nanoTime() + query.timeout().toNanos();
        lockForQuery(query);
        try {
            ReadOnlyConnectionPool current = pool;
            DuckDBConnection connection = borrow(current, query, deadline);
            try {
                Duration remaining = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
                return DeepStackThreads.call(() -> run(connection, query, remaining));
            } catch (RuntimeException e) {
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BackendException(BACKEND, Kind.UNAVAILABLE, "query interrupted");
            } catch (Exception e) {
                throw new IllegalStateException("the query failed unexpectedly", e);
            } finally {
                current.release(connection);
            }
        } finally {
            access.readLock().unlock();
        }
    }

    private void lockForQuery(SqlQuery query) {
        try {
            while (true) {
                if (!access.readLock().tryLock(query.timeout().toNanos(), TimeUnit.NANOSECONDS)) {
                    throw new BackendException(BACKEND, Kind.TIMEOUT, "query timed out after "
                            + millis(query.timeout()) + " waiting for a write to " + databaseFile.getFileName()
                            + " to finish");
                }
                if (pool != null) {
                    return;
                }
                access.readLock().unlock();
                reopenAfterFailedWrite();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException(BACKEND, Kind.UNAVAILABLE, "query interrupted while waiting for a write");
        }
    }

    /** A write that failed because another holder of the file refused it may also have failed to reopen. */
    private void reopenAfterFailedWrite() {
        access.writeLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the DuckDB warehouse over " + databaseFile + " is closed");
            }
            if (pool == null) {
                reopen();
            }
        } finally {
            access.writeLock().unlock();
        }
    }

    /**
     * Runs {@code work} in one transaction on a read-write connection that has the file to itself: queries wait
     * meanwhile, and the read-only connections are closed for it and reopened after, so the sandbox of queries is
     * never loosened. Another process holding the file makes it fail with {@link Kind#UNAVAILABLE}.
     */
    <T> T withWriteAccess(WriteWork<T> work) {
        access.writeLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the DuckDB warehouse over " + databaseFile + " is closed");
            }
            if (pool != null) {
                pool.close();
                pool = null;
            }
            T result;
            try {
                result = write(work);
            } catch (RuntimeException e) {
                try {
                    reopen();
                } catch (RuntimeException reopening) {
                    // Queries reopen on demand; the write's own failure is what the caller needs.
                    e.addSuppressed(reopening);
                }
                throw e;
            }
            reopen();
            return result;
        } finally {
            access.writeLock().unlock();
        }
    }

    private <T> T write(WriteWork<T> work) {
        Properties settings = new Properties();
        settings.setProperty("enable_external_access", "false");
        Connection connection;
        try {
            connection = DriverManager.getConnection(DuckDbFiles.jdbcUrl(databaseFile), settings);
        } catch (SQLException e) {
            throw new BackendException(BACKEND, Kind.UNAVAILABLE, "cannot open " + databaseFile.getFileName()
                    + " for writing: " + e.getMessage(), e);
        }
        try (connection) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new BackendException(BACKEND, Kind.REJECTED, "writing to " + databaseFile.getFileName()
                    + " failed: " + e.getMessage(), e);
        }
    }

    private void reopen() {
        try {
            pool = ReadOnlyConnectionPool.open(databaseFile, connections, limits);
        } catch (SQLException e) {
            throw new BackendException(BACKEND, Kind.UNAVAILABLE, "cannot reopen " + databaseFile
                    + " read-only after a write: " + e.getMessage(), e);
        }
    }

    /** Work done with write access; see {@link #withWriteAccess}. */
    @FunctionalInterface
    interface WriteWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private DuckDBConnection borrow(ReadOnlyConnectionPool current, SqlQuery query, long deadline) {
        try {
            DuckDBConnection connection = current.borrow(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (connection == null) {
                throw new BackendException(BACKEND, Kind.TIMEOUT, "query timed out after " + millis(query.timeout())
                        + " waiting for one of " + current.size() + " busy connections to "
                        + databaseFile.getFileName());
            }
            return connection;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException(BACKEND, Kind.UNAVAILABLE, "query interrupted while waiting for a connection");
        }
    }

    private SqlResult run(DuckDBConnection connection, SqlQuery query, Duration remaining) {
        AtomicBoolean timedOut = new AtomicBoolean();
        AtomicReference<Statement> running = new AtomicReference<>();
        ScheduledFuture<?> cancellation = canceller.schedule(() -> {
            timedOut.set(true);
            cancelQuietly(running.get());
        }, remaining.toNanos(), TimeUnit.NANOSECONDS);
        try {
            Statements statements = new Statements(connection, running, timedOut);
            FirstRows first = firstRows(statements, query);
            long total = first.complete() ? first.rows().size() : countRows(statements, query.sql());
            return new SqlResult(first.columns(), first.rows(), total, !first.complete(), first.cutAtBytes());
        } catch (SQLException e) {
            if (timedOut.get()) {
                throw timeout(query);
            }
            throw new BackendException(BACKEND, Kind.REJECTED, "query failed: " + e.getMessage());
        } finally {
            awaitCancellationSettled(cancellation);
        }
    }

    /**
     * The columns and up to {@code maxRows} rows, fewer when their values pass {@code maxBytes}; {@code complete}
     * when the result has no more.
     */
    private static FirstRows firstRows(Statements statements, SqlQuery query) throws SQLException {
        try (Statement statement = statements.next(); ResultSet rows = statement.executeQuery(query.sql())) {
            ResultSetMetaData metaData = rows.getMetaData();
            List<Column> columns = new ArrayList<>(metaData.getColumnCount());
            for (int i = 1; i <= metaData.getColumnCount(); i++) {
                columns.add(new Column(metaData.getColumnName(i), DuckDbTypes.columnType(metaData.getColumnTypeName(i))));
            }
            List<List<Object>> held = new ArrayList<>();
            long bytes = 0;
            boolean cutAtBytes = false;
            boolean more = rows.next();
            while (more && held.size() < query.maxRows()) {
                List<Object> row = readRow(rows, columns);
                bytes += SqlResult.bytesOf(row);
                if (bytes > query.maxBytes()) {
                    cutAtBytes = true;
                    break;
                }
                held.add(row);
                more = rows.next();
            }
            return new FirstRows(columns, held, !more, cutAtBytes);
        }
    }

    /**
     * Counts the rows of a result larger than the rows held. Counting in DuckDB costs a few milliseconds where
     * stepping through the rows would convert every value to Java; SQL that cannot be a subquery (a PRAGMA) is
     * run again and stepped through.
     */
    private static long countRows(Statements statements, String sql) throws SQLException {
        try (Statement statement = statements.next();
                ResultSet count = statement.executeQuery("SELECT count(*) FROM (\n" + withoutTrailingSemicolons(sql)
                        + "\n) AS counted_rows")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            if (statements.timedOut()) {
                throw e;
            }
        }
        try (Statement statement = statements.next(); ResultSet rows = statement.executeQuery(sql)) {
            long total = 0;
            while (rows.next()) {
                if (statements.timedOut()) {
                    throw new SQLException("cancelled while counting rows");
                }
                total++;
            }
            return total;
        }
    }

    private static String withoutTrailingSemicolons(String sql) {
        String trimmed = sql.strip();
        while (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed;
    }

    private static List<Object> readRow(ResultSet rows, List<Column> columns) throws SQLException {
        List<Object> row = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            ColumnType type = columns.get(i).type();
            try {
                row.add(DuckDbTypes.value(rows, i + 1, type));
            } catch (ArithmeticException e) {
                throw new SQLException("column " + columns.get(i).name() + " holds an integer beyond 64 bits");
            }
        }
        return row;
    }

    private static void cancelQuietly(Statement statement) {
        if (statement == null) {
            return;
        }
        try {
            statement.cancel();
        } catch (SQLException ignored) {
            // The statement finished or closed meanwhile: there is nothing left to cancel.
        }
    }

    /** A cancellation that already started must end before the connection serves another query. */
    private static void awaitCancellationSettled(ScheduledFuture<?> cancellation) {
        if (cancellation.cancel(false)) {
            return;
        }
        try {
            cancellation.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException ignored) {
            // cancelQuietly throws nothing.
        }
    }

    private static BackendException timeout(SqlQuery query) {
        return new BackendException(BACKEND, Kind.TIMEOUT, "query cancelled after its timeout of " + millis(query.timeout()));
    }

    private static String millis(Duration duration) {
        return duration.toMillis() + " ms";
    }

    /** Closes every connection, once the queries and the write running now have finished. */
    @Override
    public void close() {
        access.writeLock().lock();
        try {
            closed = true;
            canceller.shutdownNow();
            if (pool != null) {
                pool.close();
            }
            parser.close();
        } finally {
            access.writeLock().unlock();
        }
    }

    private record FirstRows(List<Column> columns, List<List<Object>> rows, boolean complete, boolean cutAtBytes) {
    }

    /** Creates the statements of one query, each in turn the one its timeout cancels. */
    private record Statements(DuckDBConnection connection, AtomicReference<Statement> running, AtomicBoolean cancelled) {

        Statement next() throws SQLException {
            Statement statement = connection.createStatement();
            running.set(statement);
            if (timedOut()) {
                statement.close();
                throw new SQLException("cancelled before it started");
            }
            return statement;
        }

        boolean timedOut() {
            return cancelled.get();
        }
    }

    /** Builds a {@link DuckDbSqlWarehouse}. */
    public static final class Builder {
        private Path databaseFile;
        private int connections = 4;
        private String memoryLimit = QueryLimits.DEFAULT_MEMORY_LIMIT;
        private int threads = QueryLimits.DEFAULT_THREADS;
        private String maxTempDirectorySize = QueryLimits.DEFAULT_MAX_TEMP_DIRECTORY_SIZE;

        private Builder() {
        }

        /** The DuckDB database file to query; it must exist. */
        public Builder databaseFile(Path databaseFile) {
            this.databaseFile = databaseFile;
            return this;
        }

        /** How many queries may run at once (default 4); further queries wait for a free connection. */
        public Builder connections(int connections) {
            if (connections < 1) {
                throw new IllegalArgumentException("connections must be at least 1 (was " + connections + ")");
            }
            this.connections = connections;
            return this;
        }

        /**
         * Memory DuckDB may use for queries before it spills to {@code <file>.tmp}, in DuckDB's notation (default
         * {@value QueryLimits#DEFAULT_MEMORY_LIMIT}); a query that needs more fails with DuckDB's message.
         */
        public Builder memoryLimit(String memoryLimit) {
            this.memoryLimit = Objects.requireNonNull(memoryLimit, "memoryLimit");
            return this;
        }

        /** Threads one query may run on (default {@value QueryLimits#DEFAULT_THREADS}). */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /** How much DuckDB may spill to disk (default {@value QueryLimits#DEFAULT_MAX_TEMP_DIRECTORY_SIZE}). */
        public Builder maxTempDirectorySize(String size) {
            this.maxTempDirectorySize = Objects.requireNonNull(size, "size");
            return this;
        }

        /** @throws BackendException {@link Kind#UNAVAILABLE} when the file cannot be opened */
        public DuckDbSqlWarehouse build() {
            Objects.requireNonNull(databaseFile, "databaseFile");
            QueryLimits limits = new QueryLimits(memoryLimit, threads, maxTempDirectorySize);
            ReadOnlyConnectionPool pool;
            try {
                pool = ReadOnlyConnectionPool.open(databaseFile, connections, limits);
            } catch (SQLException e) {
                throw new BackendException(BACKEND, Kind.UNAVAILABLE,
                        "cannot open " + databaseFile + " read-only: " + e.getMessage(), e);
            }
            try {
                return new DuckDbSqlWarehouse(databaseFile, connections, limits, pool,
                        DuckDbSqlParser.open(pool.withIdleConnection(DuckDbCatalog::names), connections));
            } catch (SQLException e) {
                pool.close();
                throw new BackendException(BACKEND, Kind.UNAVAILABLE, "cannot open DuckDB's parser: " + e.getMessage(),
                        e);
            }
        }
    }
}
