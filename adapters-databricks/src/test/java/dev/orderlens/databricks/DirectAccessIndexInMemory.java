package dev.orderlens.databricks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A WireMock extension standing in for the rows of a Direct Vector Access index behind
 * {@code POST /api/2.0/vector-search/indexes/{index}/upsert-data}: it keeps every row upserted by its primary key,
 * a later upsert of a key replacing the row, and answers in the shape of {@code reference/databricks-vector-search.md}
 * (a row without its key or with a vector of another dimension fails, reported by key in a PARTIAL_SUCCESS or
 * FAILURE). Register it with {@link WorkspaceStub#withExtensions} and stub the path with
 * {@code post(".../upsert-data").willReturn(ok().withTransformers(DirectAccessIndexInMemory.NAME))}.
 */
final class DirectAccessIndexInMemory implements ResponseDefinitionTransformerV2 {

    static final String NAME = "direct-access-index-in-memory";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String primaryKey;
    private final String vectorColumn;
    private final int dimension;
    private final Map<String, Map<String, Object>> rows = new LinkedHashMap<>();

    DirectAccessIndexInMemory(String primaryKey, String vectorColumn, int dimension) {
        this.primaryKey = primaryKey;
        this.vectorColumn = vectorColumn;
        this.dimension = dimension;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    synchronized void clear() {
        rows.clear();
    }

    /** The rows the index holds, by primary key. */
    synchronized Map<String, Map<String, Object>> rows() {
        return Map.copyOf(rows);
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        List<Map<String, Object>> upserted;
        try {
            JsonNode request = JSON.readTree(serveEvent.getRequest().getBodyAsString());
            upserted = JSON.readValue(request.path("inputs_json").asText(), new TypeReference<>() { });
        } catch (IOException e) {
            return json(400, "{\"error_code\": \"INVALID_PARAMETER_VALUE\", \"message\": \"inputs_json is not a JSON"
                    + " array of rows\"}");
        }
        List<String> failed = new ArrayList<>();
        int succeeded = 0;
        for (Map<String, Object> row : upserted) {
            Object key = row.get(primaryKey);
            if (key == null || !(row.get(vectorColumn) instanceof List<?> vector) || vector.size() != dimension) {
                failed.add(String.valueOf(key));
                continue;
            }
            rows.put(key.toString(), row);
            succeeded++;
        }
        ObjectNode answer = JSON.createObjectNode().put("status", failed.isEmpty() ? "SUCCESS"
                : succeeded == 0 ? "FAILURE" : "PARTIAL_SUCCESS");
        ObjectNode result = answer.putObject("result").put("success_row_count", succeeded);
        failed.forEach(result.putArray("failed_primary_keys")::add);
        return json(200, answer.toString());
    }

    private static ResponseDefinition json(int status, String body) {
        return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(body).build();
    }
}
