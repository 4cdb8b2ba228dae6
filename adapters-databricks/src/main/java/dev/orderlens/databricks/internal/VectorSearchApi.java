package dev.orderlens.databricks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Wire types of the Vector Search index API, field for field (snake_case on the wire). */
public final class VectorSearchApi {

    private VectorSearchApi() {
    }

    public static String indexPath(String indexName) {
        return "/api/2.0/vector-search/indexes/" + indexName;
    }

    public static String queryPath(String indexName) {
        return indexPath(indexName) + "/query";
    }

    public static String syncPath(String indexName) {
        return indexPath(indexName) + "/sync";
    }

    public static String upsertPath(String indexName) {
        return indexPath(indexName) + "/upsert-data";
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

    /** What {@code GET .../indexes/{name}} says about an index; {@code index_type} is DELTA_SYNC or DIRECT_ACCESS. */
    public record IndexInfo(String name, String endpointName, String indexType, String primaryKey,
            DeltaSyncIndexSpec deltaSyncIndexSpec, DirectAccessIndexSpec directAccessIndexSpec, IndexStatus status) {
    }

    /** {@code pipeline_type} is TRIGGERED or CONTINUOUS. */
    public record DeltaSyncIndexSpec(String sourceTable, String pipelineType, String pipelineId) {
    }

    /** {@code schema_json} is a JSON object serialised into a string: column name to type. */
    public record DirectAccessIndexSpec(List<EmbeddingVectorColumn> embeddingVectorColumns, String schemaJson) {

        public List<EmbeddingVectorColumn> vectorColumns() {
            return embeddingVectorColumns == null ? List.of() : embeddingVectorColumns;
        }
    }

    public record EmbeddingVectorColumn(String name, int embeddingDimension) {
    }

    /** {@code detailed_state} is sent by current workspaces but is not in every API description; it may be absent. */
    public record IndexStatus(boolean ready, long indexedRowCount, String message, String detailedState) {
    }

    /** {@code inputs_json} is a JSON array of row objects serialised into a string, as the API requires. */
    public record UpsertRequest(String inputsJson) {
    }

    /** {@code status} is SUCCESS, PARTIAL_SUCCESS or FAILURE, even with HTTP 200. */
    public record UpsertResponse(String status, UpsertResult result) {
    }

    public record UpsertResult(long successRowCount, List<String> failedPrimaryKeys) {

        public List<String> failedKeys() {
            return failedPrimaryKeys == null ? List.of() : failedPrimaryKeys;
        }
    }
}
