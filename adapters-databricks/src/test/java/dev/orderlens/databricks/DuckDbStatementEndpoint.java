package dev.orderlens.databricks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Statement Execution API's {@code POST /api/2.0/sql/statements}, answered by running the statement on an
 * in-memory DuckDB database: backquoted names become quoted ones and each {@code :name} marker a bound value of
 * its declared type. Every statement finishes at once, its rows inline in one chunk, as the reference shapes
 * show. Its database's default catalog and schema are {@code memory.main}.
 */
final class DuckDbStatementEndpoint implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MARKER = Pattern.compile(":([A-Za-z_][A-Za-z0-9_]*)");

    private final HttpServer server;
    private Connection database;
    private int statements;

    private DuckDbStatementEndpoint(HttpServer server) {
        this.server = server;
    }

    static DuckDbStatementEndpoint start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        DuckDbStatementEndpoint endpoint = new DuckDbStatementEndpoint(server);
        server.createContext("/api/2.0/sql/statements", endpoint::handle);
        server.start();
        return endpoint;
    }

    String host() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A fresh, empty database, with {@code setup} run on it. */
    synchronized void reset(String setup) throws SQLException {
        closeDatabase();
        database = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = database.createStatement()) {
            statement.execute(setup);
        }
    }

    /** Runs a query directly on the database, each row's values as text. */
    synchronized List<List<String>> query(String sql) throws SQLException {
        try (Statement statement = database.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<List<String>> values = new ArrayList<>();
            while (rows.next()) {
                values.add(textRow(rows));
            }
            return values;
        }
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            ObjectNode response = run(request.path("statement").asText(), request.path("parameters"));
            byte[] body = JSON.writeValueAsBytes(response);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private ObjectNode run(String sql, JsonNode parameters) {
        ObjectNode response = JSON.createObjectNode().put("statement_id", "duckdb-" + ++statements);
        Map<String, JsonNode> byName = new HashMap<>();
        parameters.forEach(parameter -> byName.put(parameter.path("name").asText(), parameter));
        List<JsonNode> bound = new ArrayList<>();
        Matcher markers = MARKER.matcher(sql.replace('`', '"'));
        StringBuilder engineSql = new StringBuilder();
        while (markers.find()) {
            JsonNode parameter = byName.get(markers.group(1));
            if (parameter == null) {
                return failed(response, "no value for parameter :" + markers.group(1));
            }
            bound.add(parameter);
            markers.appendReplacement(engineSql, "CAST(? AS " + engineType(parameter) + ")");
        }
        markers.appendTail(engineSql);
        try (PreparedStatement statement = database.prepareStatement(engineSql.toString())) {
            for (int i = 0; i < bound.size(); i++) {
                statement.setObject(i + 1, value(bound.get(i)));
            }
            ObjectNode manifest = response.putObject("manifest");
            manifest.put("format", "JSON_ARRAY");
            ObjectNode schema = manifest.putObject("schema");
            ArrayNode columns = schema.putArray("columns");
            response.putObject("status").put("state", "SUCCEEDED");
            if (!statement.execute()) {
                schema.put("column_count", 0);
                return response;
            }
            try (ResultSet rows = statement.getResultSet()) {
                ResultSetMetaData meta = rows.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.addObject().put("name", meta.getColumnName(i)).put("position", i - 1)
                            .put("type_name", meta.getColumnType(i) == Types.TIMESTAMP ? "TIMESTAMP"
                                    : meta.getColumnType(i) == Types.BIGINT ? "LONG" : "STRING");
                }
                schema.put("column_count", meta.getColumnCount());
                ArrayNode data = JSON.createArrayNode();
                while (rows.next()) {
                    ArrayNode row = data.addArray();
                    textRow(rows).forEach(row::add);
                }
                manifest.put("total_row_count", data.size()).put("total_chunk_count", 1).put("truncated", false);
                manifest.putArray("chunks").addObject().put("chunk_index", 0).put("row_offset", 0)
                        .put("row_count", data.size());
                response.putObject("result").put("chunk_index", 0).put("row_offset", 0).put("row_count", data.size())
                        .set("data_array", data);
                return response;
            }
        } catch (SQLException e) {
            response.remove("manifest");
            return failed(response, e.getMessage());
        }
    }

    private static ObjectNode failed(ObjectNode response, String message) {
        response.putObject("status").put("state", "FAILED").putObject("error")
                .put("error_code", "BAD_REQUEST").put("message", message);
        return response;
    }

    private static String engineType(JsonNode parameter) {
        String type = parameter.path("type").asText();
        return type.equals("STRING") ? "VARCHAR" : type;
    }

    private static Object value(JsonNode parameter) {
        JsonNode value = parameter.get("value");
        if (value == null || value.isNull()) {
            return null;
        }
        return parameter.path("type").asText().equals("TIMESTAMP")
                ? LocalDateTime.ofInstant(Instant.parse(value.asText()), ZoneOffset.UTC) : value.asText();
    }

    /** Values as the warehouse sends them: text, timestamps as UTC instants. */
    private static List<String> textRow(ResultSet rows) throws SQLException {
        List<String> row = new ArrayList<>();
        ResultSetMetaData meta = rows.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (meta.getColumnType(i) == Types.TIMESTAMP) {
                LocalDateTime timestamp = rows.getObject(i, LocalDateTime.class);
                row.add(timestamp == null ? null : timestamp.toInstant(ZoneOffset.UTC).toString());
            } else {
                row.add(rows.getString(i));
            }
        }
        return row;
    }

    private void closeDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        server.stop(0);
        closeDatabase();
    }
}
