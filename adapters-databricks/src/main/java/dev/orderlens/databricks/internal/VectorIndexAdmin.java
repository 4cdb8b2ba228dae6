package dev.orderlens.databricks.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.databricks.internal.VectorSearchApi.IndexInfo;
import dev.orderlens.databricks.internal.VectorSearchApi.IndexStatus;
import dev.orderlens.databricks.internal.VectorSearchApi.UpsertRequest;
import dev.orderlens.databricks.internal.VectorSearchApi.UpsertResponse;
import java.util.List;
import java.util.Map;

/** The Vector Search calls that keep an index fresh: describe it, start a sync, upsert rows. */
public final class VectorIndexAdmin {

    /** How an index gets its rows, which decides what bringing it up to date means. */
    public enum Feed {
        /** Delta Sync with a TRIGGERED pipeline: rows come from the source table when a sync is started. */
        TRIGGERED_SYNC,
        /** Delta Sync with a CONTINUOUS pipeline: the pipeline follows the source table by itself. */
        CONTINUOUS_SYNC,
        /** Direct Vector Access: rows, vectors included, are written through the API. */
        DIRECT_ACCESS
    }

    private static final int MAX_KEYS_IN_MESSAGE = 10;

    private final WorkspaceClient client;

    public VectorIndexAdmin(WorkspaceClient client) {
        this.client = client;
    }

    public IndexInfo describe(String indexName) {
        return send(WorkspaceCall.get("get vector index " + indexName, VectorSearchApi.indexPath(indexName)),
                IndexInfo.class);
    }

    /** Starts a sync of a TRIGGERED Delta Sync index; starting one again is harmless, so it is retried freely. */
    public void sync(String indexName) {
        send(WorkspaceCall.idempotentPost("sync vector index " + indexName, VectorSearchApi.syncPath(indexName),
                Map.of()), JsonNode.class);
    }

    /**
     * Upserts rows into a Direct Vector Access index (an upsert of the same rows again is harmless).
     *
     * @throws BackendException also when the index answers PARTIAL_SUCCESS or FAILURE, naming the failed keys
     */
    public void upsert(String indexName, List<Map<String, Object>> rows) {
        String call = "upsert into vector index " + indexName;
        String inputs;
        try {
            inputs = Json.PLAIN.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the rows of " + call, e);
        }
        UpsertResponse response = send(WorkspaceCall.idempotentPost(call, VectorSearchApi.upsertPath(indexName),
                new UpsertRequest(inputs)), UpsertResponse.class);
        if (!"SUCCESS".equals(response.status())) {
            List<String> failed = response.result() == null ? List.of() : response.result().failedKeys();
            String keys = failed.isEmpty() ? "" : "; failed keys: "
                    + String.join(", ", failed.subList(0, Math.min(failed.size(), MAX_KEYS_IN_MESSAGE)))
                    + (failed.size() > MAX_KEYS_IN_MESSAGE ? " and " + (failed.size() - MAX_KEYS_IN_MESSAGE) + " more"
                            : "");
            throw new BackendException(Authorizer.BACKEND, Kind.REJECTED, call + " answered " + response.status()
                    + " for " + failed.size() + " of " + rows.size() + " rows" + keys);
        }
    }

    public static Feed feedOf(String indexName, IndexInfo info) {
        if ("DIRECT_ACCESS".equals(info.indexType())) {
            return Feed.DIRECT_ACCESS;
        }
        if ("DELTA_SYNC".equals(info.indexType()) && info.deltaSyncIndexSpec() != null) {
            String pipeline = info.deltaSyncIndexSpec().pipelineType();
            if ("TRIGGERED".equals(pipeline)) {
                return Feed.TRIGGERED_SYNC;
            }
            if ("CONTINUOUS".equals(pipeline)) {
                return Feed.CONTINUOUS_SYNC;
            }
        }
        throw new BackendException(Authorizer.BACKEND, Kind.INVALID_RESPONSE, "vector index " + indexName
                + " has an index type this adapter does not know (index_type " + info.indexType() + ")");
    }

    /** The index's state in the backend's words: {@code detailed_state} when given, else whether it is ready. */
    public static String stateOf(IndexInfo info) {
        IndexStatus status = info.status();
        if (status == null) {
            return "UNKNOWN";
        }
        if (status.detailedState() != null && !status.detailedState().isBlank()) {
            return status.detailedState();
        }
        return status.ready() ? "READY" : "NOT_READY";
    }

    private <T> T send(WorkspaceCall call, Class<T> type) {
        try {
            return client.send(call, type);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException(Authorizer.BACKEND, Kind.TIMEOUT,
                    call.describe() + " was interrupted because the caller stopped waiting");
        }
    }
}
