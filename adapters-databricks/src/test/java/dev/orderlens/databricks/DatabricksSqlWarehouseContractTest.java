package dev.orderlens.databricks;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.testsupport.SqlWarehouseContract;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Databricks warehouse passes the warehouse contract against a workspace stubbed from the reference shapes. */
class DatabricksSqlWarehouseContractTest extends SqlWarehouseContract {

    @RegisterExtension
    static final WorkspaceStub stub = new WorkspaceStub();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STATEMENTS = "/api/2.0/sql/statements";

    @Override
    protected SqlWarehouse warehouseReturning(String sql, SqlResult expected) {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("statement_id", "stmt-contract");
        answer.putObject("status").put("state", "SUCCEEDED");
        ObjectNode manifest = answer.putObject("manifest");
        manifest.put("format", "JSON_ARRAY");
        ArrayNode columns = manifest.putObject("schema").put("column_count", expected.columns().size())
                .putArray("columns");
        for (int i = 0; i < expected.columns().size(); i++) {
            Column column = expected.columns().get(i);
            columns.addObject().put("name", column.name()).put("position", i).put("type_name", typeName(column));
        }
        manifest.put("total_row_count", expected.rows().size()).put("total_chunk_count", 1).put("truncated", false);
        manifest.putArray("chunks").addObject().put("chunk_index", 0).put("row_offset", 0)
                .put("row_count", expected.rows().size());
        ObjectNode result = answer.putObject("result");
        result.put("chunk_index", 0).put("row_offset", 0).put("row_count", expected.rows().size());
        ArrayNode data = result.putArray("data_array");
        for (List<Object> row : expected.rows()) {
            ArrayNode values = data.addArray();
            row.forEach(value -> values.add(value == null ? null : text(value)));
        }
        stub.server.stubFor(post(urlEqualTo(STATEMENTS)).withRequestBody(matchingJsonPath("$.statement", equalTo(sql)))
                .willReturn(okJson(answer.toString())));
        return warehouse();
    }

    @Override
    protected SqlWarehouse warehouseFailing(String sql, String errorMessage) {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("statement_id", "stmt-contract");
        answer.putObject("status").put("state", "FAILED").putObject("error")
                .put("error_code", "BAD_REQUEST").put("message", errorMessage);
        stub.server.stubFor(post(urlEqualTo(STATEMENTS)).withRequestBody(matchingJsonPath("$.statement", equalTo(sql)))
                .willReturn(okJson(answer.toString())));
        return warehouse();
    }

    private static DatabricksSqlWarehouse warehouse() {
        return DatabricksSqlWarehouse.builder().workspace(stub.workspace()).warehouseId(WorkspaceStub.WAREHOUSE)
                .pollInterval(Duration.ofMillis(5), Duration.ofMillis(20)).build();
    }

    private static String typeName(Column column) {
        return switch (column.type()) {
            case STRING -> "STRING";
            case INTEGER -> "LONG";
            case DECIMAL -> "DECIMAL";
            case DOUBLE -> "DOUBLE";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP";
            case OTHER -> "STRING";
        };
    }

    /** Databricks sends every value as a string (reference: databricks-sql.md). */
    private static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof LocalDateTime timestamp) {
            return timestamp.atOffset(ZoneOffset.UTC).toInstant().toString();
        }
        return value.toString();
    }
}
