package dev.orderlens.databricks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Wire types of the Vector Search query API, field for field (snake_case on the wire). */
public final class VectorSearchApi {

    private VectorSearchApi() {
    }

    public static String queryPath(String indexName) {
        return "/api/2.0/vector-search/indexes/" + indexName + "/query";
    }

    /** {@code filters_json} is a JSON object serialised into a string, as the API requires. */
    public record QueryRequest(List<String> columns, String queryText, float[] queryVector, int numResults,
            String filtersJson, String queryType, Double scoreThreshold) {
    }

    public record QueryResponse(Manifest manifest, Result result, String nextPageToken) {
    }

    public record Manifest(int columnCount, List<ColumnInfo> columns) {

        public List<ColumnInfo> columnList() {
            return columns == null ? List.of() : columns;
        }
    }

    public record ColumnInfo(String name, String typeText) {
    }

    /** Values are native JSON (strings, numbers, nested arrays, null); the score is a number. */
    public record Result(int rowCount, List<List<JsonNode>> dataArray) {

        public List<List<JsonNode>> rows() {
            return dataArray == null ? List.of() : dataArray;
        }
    }
}
