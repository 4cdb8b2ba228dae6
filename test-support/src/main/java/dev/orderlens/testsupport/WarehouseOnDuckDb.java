package dev.orderlens.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WireMock extension standing in for a SQL warehouse behind {@code POST /api/2.0/sql/statements}: it runs each
 * statement on an in-memory DuckDB database, with its named parameters bound, and answers in the shapes of
 * {@code reference/databricks-sql.md}: SUCCEEDED with the whole result {@code INLINE} as {@code JSON_ARRAY} (every
 * value a string, SQL NULL as {@code null}), or FAILED with HTTP 200 and the engine's message, as a workspace does.
 *
 * <p>Each statement runs on its own, atomically, as with the Statement Execution API: there is no transaction
 * across statements. Spark SQL becomes DuckDB SQL by the few rewrites the statements of this adapter need:
 * back-quoted names are double-quoted, a marker {@code :name} becomes {@code CAST(? AS <its type>)} (the server
 * checks that cast, per the reference), and the target alias is dropped from the left of {@code UPDATE SET}
 * assignments in a MERGE (Spark allows {@code t.col = ...}, DuckDB only {@code col = ...}).
 *
 * <p>Register it as an extension of the WireMock server and stub the path with
 * {@code post("/api/2.0/sql/statements").willReturn(ok().withTransformers(WarehouseOnDuckDb.NAME))}, or let
 * {@link #serve} do both the set-up and the stub.
 */
public final class WarehouseOnDuckDb implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "warehouse-on-duckdb";
    /** The path of the Statement Execution API. */
    public static final String STATEMENTS = "/api/2.0/sql/statements";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MARKER = Pattern.compile(":([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern MERGE_TARGET = Pattern.compile("^MERGE INTO \\S+ (\\w+) USING");
    private static final Pattern UPDATE_SET = Pattern.compile("UPDATE SET (.*?)( WHEN |$)");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private Connection database;

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    /**
     * Starts over with the database {@code statements} set up, and has {@code workspace} (which registers this
     * extension) answer the Statement Execution API with it.
     */
    public void serve(WireMockExtension workspace, String... statements) {
        reset(statements);
        workspace.stubFor(post(urlEqualTo(STATEMENTS)).willReturn(ok().withTransformers(NAME)));
    }

    /** Starts over with an empty database, set up by {@code statements} (DuckDB SQL). */
    public synchronized void reset(String... statements) {
        try {
            if (database != null) {
                database.close();
            }
            database = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement statement = database.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs DuckDB SQL on the database directly, as the test's own look at the table. */
    public synchronized List<List<Object>> query(String sql) {
        try (Statement statement = database.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<List<Object>> result = new ArrayList<>();
            while (rows.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.add(rows.getObject(i));
                }
                result.add(row);
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs DuckDB SQL with positional parameters on the database directly, to set up what a test needs. */
    public synchronized void execute(String sql, List<?> parameters) {
        try (PreparedStatement statement = database.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        JsonNode request;
        try {
            request = JSON.readTree(serveEvent.getRequest().getBodyAsString());
        } catch (IOException e) {
            return json(400, "{\"error_code\": \"MALFORMED_REQUEST\", \"message\": \"the body is not JSON\"}");
        }
        String statementId = UUID.randomUUID().toString();
        try {
            List<String> values = new ArrayList<>();
            String sql = duckDbSql(request.path("statement").asText(), parameters(request.path("parameters")), values);
            try (PreparedStatement statement = database.prepareStatement(sql)) {
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) == null) {
                        statement.setNull(i + 1, Types.VARCHAR);
                    } else {
                        statement.setString(i + 1, values.get(i));
                    }
                }
                ObjectNode answer = statement.execute() ? succeeded(statementId, statement.getResultSet())
                        : affected(statementId, statement.getUpdateCount());
                return json(200, answer.toString());
            }
        } catch (SQLException | IllegalArgumentException e) {
            ObjectNode answer = JSON.createObjectNode().put("statement_id", statementId);
            answer.putObject("status").put("state", "FAILED").putObject("error")
                    .put("error_code", "BAD_REQUEST").put("message", e.getMessage());
            return json(200, answer.toString());
        }
    }

    private record Parameter(String value, String type) {
    }

    private static Map<String, Parameter> parameters(JsonNode parameters) {
        Map<String, Parameter> byName = new HashMap<>();
        for (JsonNode parameter : parameters) {
            JsonNode value = parameter.get("value");
            byName.put(parameter.path("name").asText(), new Parameter(value == null || value.isNull() ? null
                    : value.asText(), parameter.path("type").asText("STRING")));
        }
        return byName;
    }

    /**
     * @throws IllegalArgumentException naming a marker without a parameter, which the workspace refuses
     */
    private static String duckDbSql(String sparkSql, Map<String, Parameter> parameters, List<String> values) {
        String sql = withoutTargetAliasInAssignments(sparkSql.replace('`', '"'));
        Matcher marker = MARKER.matcher(sql);
        StringBuilder bound = new StringBuilder();
        while (marker.find()) {
            Parameter parameter = parameters.get(marker.group(1));
            if (parameter == null) {
                throw new IllegalArgumentException("[UNBOUND_SQL_PARAMETER] Found the unbound parameter: "
                        + marker.group(1));
            }
            values.add(parameter.value());
            marker.appendReplacement(bound, Matcher.quoteReplacement("CAST(? AS " + parameter.type() + ")"));
        }
        marker.appendTail(bound);
        return bound.toString();
    }

    private static String withoutTargetAliasInAssignments(String sql) {
        Matcher target = MERGE_TARGET.matcher(sql);
        Matcher assignments = UPDATE_SET.matcher(sql);
        if (!target.find() || !assignments.find()) {
            return sql;
        }
        String unqualified = assignments.group(1).replaceAll("(^|, )" + Pattern.quote(target.group(1)) + "\\.", "$1");
        return sql.substring(0, assignments.start(1)) + unqualified + sql.substring(assignments.end(1));
    }

    private static ObjectNode succeeded(String statementId, ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        ArrayNode data = JSON.createArrayNode();
        while (rows.next()) {
            ArrayNode row = data.addArray();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                row.add(text(rows, i, meta.getColumnTypeName(i)));
            }
        }
        ObjectNode answer = JSON.createObjectNode().put("statement_id", statementId);
        answer.putObject("status").put("state", "SUCCEEDED");
        ObjectNode manifest = answer.putObject("manifest").put("format", "JSON_ARRAY");
        ArrayNode columns = manifest.putObject("schema").put("column_count", meta.getColumnCount())
                .putArray("columns");
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String duckDbType = meta.getColumnTypeName(i);
            ObjectNode column = columns.addObject().put("name", meta.getColumnName(i)).put("position", i - 1)
                    .put("type_name", typeName(duckDbType)).put("type_text", typeText(duckDbType));
            if (duckDbType.startsWith("DECIMAL")) {
                column.put("type_precision", meta.getPrecision(i)).put("type_scale", meta.getScale(i));
            }
        }
        manifest.put("total_row_count", data.size()).put("total_chunk_count", 1).put("truncated", false);
        manifest.putArray("chunks").addObject().put("chunk_index", 0).put("row_offset", 0).put("row_count", data.size());
        answer.putObject("result").put("chunk_index", 0).put("row_offset", 0).put("row_count", data.size())
                .set("data_array", data);
        return answer;
    }

    /** What a DML statement answers: the rows it touched, as one row of one LONG column. */
    private static ObjectNode affected(String statementId, int count) {
        ObjectNode answer = JSON.createObjectNode().put("statement_id", statementId);
        answer.putObject("status").put("state", "SUCCEEDED");
        ObjectNode manifest = answer.putObject("manifest").put("format", "JSON_ARRAY");
        manifest.putObject("schema").put("column_count", 1).putArray("columns").addObject()
                .put("name", "num_affected_rows").put("position", 0).put("type_name", "LONG").put("type_text", "BIGINT");
        manifest.put("total_row_count", 1).put("total_chunk_count", 1).put("truncated", false);
        manifest.putArray("chunks").addObject().put("chunk_index", 0).put("row_offset", 0).put("row_count", 1);
        answer.putObject("result").put("chunk_index", 0).put("row_offset", 0).put("row_count", 1)
                .putArray("data_array").addArray().add(String.valueOf(count));
        return answer;
    }

    /** A value as the API writes it: text, timestamps in UTC with a {@code Z}, SQL NULL as JSON null. */
    private static String text(ResultSet rows, int column, String duckDbType) throws SQLException {
        if (rows.getObject(column) == null) {
            return null;
        }
        return switch (duckDbType) {
            case "TIMESTAMP" -> {
                LocalDateTime timestamp = rows.getObject(column, LocalDateTime.class);
                yield (timestamp.getNano() % 1_000_000 == 0 ? MILLIS : MICROS).format(timestamp);
            }
            case "DATE" -> rows.getObject(column, LocalDate.class).toString();
            case "BOOLEAN" -> String.valueOf(rows.getBoolean(column));
            default -> duckDbType.startsWith("DECIMAL") ? rows.getObject(column, BigDecimal.class).toPlainString()
                    : rows.getString(column);
        };
    }

    /** The Spark {@code type_name} of a DuckDB column type. */
    private static String typeName(String duckDbType) {
        if (duckDbType.startsWith("DECIMAL")) {
            return "DECIMAL";
        }
        return switch (duckDbType) {
            case "VARCHAR" -> "STRING";
            // DuckDB sums whole numbers into a HUGEINT, where Spark gives a BIGINT.
            case "BIGINT", "HUGEINT" -> "LONG";
            case "INTEGER" -> "INT";
            case "SMALLINT" -> "SHORT";
            case "TINYINT" -> "BYTE";
            case "DOUBLE" -> "DOUBLE";
            case "FLOAT" -> "FLOAT";
            case "BOOLEAN", "DATE", "TIMESTAMP" -> duckDbType;
            default -> throw new IllegalArgumentException("the stub warehouse has no Spark type for " + duckDbType);
        };
    }

    /** The Spark {@code type_text}: DuckDB spells the other types of these tables alike. */
    private static String typeText(String duckDbType) {
        return switch (duckDbType) {
            case "VARCHAR" -> "STRING";
            case "INTEGER" -> "INT";
            case "HUGEINT" -> "BIGINT";
            default -> duckDbType;
        };
    }

    private static ResponseDefinition json(int status, String body) {
        return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(body).build();
    }
}
