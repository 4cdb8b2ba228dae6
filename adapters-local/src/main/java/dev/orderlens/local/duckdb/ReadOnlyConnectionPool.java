package dev.orderlens.local.duckdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;

/**
 * A fixed set of sandboxed connections to one DuckDB database file, shared by concurrent queries.
 *
 * <p>The sandbox is DuckDB's own: the database is opened read-only with external access disabled and the
 * {@link QueryLimits} set, and its configuration is then locked, so no query can write, read or write files,
 * attach databases or install extensions, nor switch those settings back or raise the limits. All connections
 * are duplicates of the first and share its database instance, hence its locked configuration.
 */
final class ReadOnlyConnectionPool implements AutoCloseable {

    private final List<DuckDBConnection> connections;
    private final BlockingQueue<DuckDBConnection> idle;

    private ReadOnlyConnectionPool(List<DuckDBConnection> connections) {
        this.connections = List.copyOf(connections);
        this.idle = new ArrayBlockingQueue<>(connections.size(), false, connections);
    }

    static ReadOnlyConnectionPool open(Path databaseFile, int size, QueryLimits limits) throws SQLException {
        Properties sandbox = new Properties();
        sandbox.setProperty("duckdb.read_only", "true");
        return open(DuckDbFiles.jdbcUrl(databaseFile), sandbox, size, limits);
    }

    /** Connections to an empty in-memory database of their own, for work that needs DuckDB but no data. */
    static ReadOnlyConnectionPool inMemory(int size) throws SQLException {
        return open("jdbc:duckdb:", new Properties(), size, null);
    }

    private static ReadOnlyConnectionPool open(String url, Properties sandbox, int size, QueryLimits limits)
            throws SQLException {
        sandbox.setProperty("enable_external_access", "false");
        DuckDBConnection first = (DuckDBConnection) DriverManager.getConnection(url, sandbox);
        List<DuckDBConnection> connections = new ArrayList<>(size);
        connections.add(first);
        try {
            lockConfiguration(first, limits);
            while (connections.size() < size) {
                connections.add(first.duplicate());
            }
        } catch (SQLException e) {
            closeAll(connections);
            throw e;
        }
        return new ReadOnlyConnectionPool(connections);
    }

    /**
     * Sets the limits and locks the instance's configuration. Another pool over the same file in this JVM shares
     * the instance and may have done both already, and a locked configuration refuses even a SET to the same value.
     * The limits are set rather than passed when connecting: DuckDB refuses a second connection to a file whose
     * settings differ from the first one's, and other readers of the file in this process open it with the sandbox
     * settings alone.
     */
    private static void lockConfiguration(Connection connection, QueryLimits limits) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet locked = statement.executeQuery("SELECT current_setting('lock_configuration')")) {
            locked.next();
            if (!locked.getBoolean(1)) {
                if (limits != null) {
                    limits.apply(statement);
                }
                statement.execute("SET lock_configuration = true");
            }
        }
    }

    int size() {
        return connections.size();
    }

    /** An idle connection, waiting at most {@code wait} for one; {@code null} when none was freed in time. */
    DuckDBConnection borrow(Duration wait) throws InterruptedException {
        return idle.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    void release(DuckDBConnection connection) {
        idle.add(connection);
    }

    /** Runs {@code work} on a connection as soon as one is idle. */
    <T> T withIdleConnection(Work<T> work) throws SQLException {
        DuckDBConnection connection;
        try {
            connection = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a connection", e);
        }
        try {
            return work.run(connection);
        } finally {
            release(connection);
        }
    }

    /** Work done with one connection of the pool. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @Override
    public void close() {
        closeAll(connections);
    }

    private static void closeAll(List<DuckDBConnection> connections) {
        for (DuckDBConnection connection : connections) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing at shutdown: nothing left to do with a connection that will not close.
            }
        }
    }
}
