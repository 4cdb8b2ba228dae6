package dev.orderlens.databricks.internal;

import java.util.List;

/** Wire types of the SQL Statement Execution API 2.0, field for field (snake_case on the wire). */
public final class StatementApi {

    public static final String STATEMENTS_PATH = "/api/2.0/sql/statements";

    private StatementApi() {
    }

    public record ExecuteRequest(String statement, String warehouseId, String catalog, String schema,
            List<Parameter> parameters, String waitTimeout, String onWaitTimeout, String disposition,
            String format, Long rowLimit) {
    }

    /** A named parameter; the value is always text (or absent for SQL NULL) and the type is SQL type text. */
    public record Parameter(String name, String value, String type) {
    }

    public record StatementResponse(String statementId, Status status, Manifest manifest, ResultData result) {
    }

    public record Status(String state, ServiceError error, String sqlState) {
    }

    public record ServiceError(String errorCode, String message) {
    }

    public record Manifest(String format, Schema schema, long totalRowCount, int totalChunkCount,
            List<ChunkInfo> chunks, boolean truncated) {

        public List<ColumnInfo> columns() {
            return schema == null || schema.columns() == null ? List.of() : schema.columns();
        }

        public List<ChunkInfo> chunkList() {
            return chunks == null ? List.of() : chunks;
        }
    }

    public record Schema(int columnCount, List<ColumnInfo> columns) {
    }

    public record ColumnInfo(String name, int position, String typeName, String typeText) {
    }

    public record ChunkInfo(int chunkIndex, long rowOffset, long rowCount) {
    }

    public record ResultData(int chunkIndex, long rowOffset, long rowCount, List<List<String>> dataArray,
            Integer nextChunkIndex, String nextChunkInternalLink) {

        public List<List<String>> rows() {
            return dataArray == null ? List.of() : dataArray;
        }
    }

    public static String statementPath(String statementId) {
        return STATEMENTS_PATH + "/" + statementId;
    }

    public static String chunkPath(String statementId, int chunkIndex) {
        return statementPath(statementId) + "/result/chunks/" + chunkIndex;
    }

    public static String cancelPath(String statementId) {
        return statementPath(statementId) + "/cancel";
    }
}
