package dev.orderlens.local.duckdb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.sql.ParsedQuery;
import dev.orderlens.core.sql.SqlParser;
import dev.orderlens.core.sql.UnsafeSqlException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB's own parser, reached through {@code json_serialize_sql} on an empty in-memory database of its own: the
 * text is parsed, never bound or run, and no connection of the warehouse is taken from queries.
 *
 * <p>Get one from {@link DuckDbSqlWarehouse#parser()}, which knows the names of the warehouse's tables and views.
 */
public final class DuckDbSqlParser implements SqlParser, AutoCloseable {

    private static final String BACKEND = "duckdb";
    private static final Duration WAIT_FOR_CONNECTION = Duration.ofSeconds(30);

    // The tree of a statement the guard lets through is far shallower; the default of 1,000 would do as well.
    private final ObjectMapper json = new ObjectMapper();
    private final ReadOnlyConnectionPool connections;
    private final Set<String> catalogNames;

    private DuckDbSqlParser(ReadOnlyConnectionPool connections, Set<String> catalogNames) {
        this.connections = connections;
        this.catalogNames = Set.copyOf(catalogNames);
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(2_000).build());
    }

    /**
     * @param catalogNames the names of every table and view a one-part name may resolve to, in lower case
     * @param connections how many statements may be parsed at once
     */
    static DuckDbSqlParser open(Set<String> catalogNames, int connections) throws SQLException {
        return new DuckDbSqlParser(ReadOnlyConnectionPool.inMemory(connections), catalogNames);
    }

    @Override
    public ParsedQuery parse(String sql) {
        Objects.requireNonNull(sql, "sql");
        String serialized;
        try {
            serialized = DeepStackThreads.call(() -> serialize(sql));
        } catch (SQLException e) {
            throw new UnsafeSqlException("DuckDB could not parse the query: " + e.getMessage().lines().findFirst()
                    .orElse(""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException(BACKEND, Kind.UNAVAILABLE, "interrupted while parsing the query");
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("parsing the query failed", e);
        }
        try {
            return DuckDbParseTree.read(json.readTree(serialized));
        } catch (JsonProcessingException e) {
            throw new UnsafeSqlException("DuckDB's parse tree of the query could not be read");
        }
    }

    private String serialize(String sql) throws SQLException, InterruptedException {
        DuckDBConnection connection = connections.borrow(WAIT_FOR_CONNECTION);
        if (connection == null) {
            throw new BackendException(BACKEND, Kind.TIMEOUT, "no parser connection came free within "
                    + WAIT_FOR_CONNECTION.toSeconds() + " s");
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT json_serialize_sql(?::VARCHAR)")) {
            statement.setString(1, sql);
            try (ResultSet tree = statement.executeQuery()) {
                tree.next();
                return tree.getString(1);
            }
        } finally {
            connections.release(connection);
        }
    }

    @Override
    public boolean namesCatalogObject(String name) {
        return catalogNames.contains(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public void close() {
        connections.close();
    }
}
