package dev.orderlens.databricks;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.search.VectorQuery;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.VectorIndex;
import dev.orderlens.databricks.internal.Authorizer;
import dev.orderlens.databricks.internal.Json;
import dev.orderlens.databricks.internal.PassageMapper;
import dev.orderlens.databricks.internal.VectorSearchApi.QueryRequest;
import dev.orderlens.databricks.internal.VectorSearchApi.QueryResponse;
import dev.orderlens.databricks.internal.VectorSearchApi;
import dev.orderlens.databricks.internal.WorkspaceCall;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A {@link VectorIndex} on a Databricks Vector Search index (Delta Sync or Direct Vector Access), through the
 * query API. Which columns hold a passage's id, title, text and metadata is configured per index.
 */
public final class DatabricksVectorIndex implements VectorIndex {

    /** How the index is queried. */
    public enum QueryMode {
        /** {@code query_text}: a Delta Sync index whose embeddings Databricks computes. */
        TEXT,
        /** {@code query_vector}: a Direct Vector Access index, or Delta Sync with self-managed embeddings. */
        VECTOR,
        /** {@code query_type HYBRID}: vector and keyword search together, for indexes that support it. */
        HYBRID
    }

    /** HYBRID queries return at most this many results. */
    static final int HYBRID_MAX_RESULTS = 200;

    private final DatabricksWorkspace workspace;
    private final String indexName;
    private final String name;
    private final QueryMode mode;
    private final Double scoreThreshold;
    private final PassageMapper mapper;

    private DatabricksVectorIndex(Builder builder) {
        this.workspace = Objects.requireNonNull(builder.workspace, "workspace");
        this.indexName = TableName.check(builder.indexName, "indexName");
        this.name = builder.name == null ? indexName : builder.name;
        this.mode = Objects.requireNonNull(builder.mode, "queryMode");
        this.scoreThreshold = builder.scoreThreshold;
        this.mapper = new PassageMapper(name, requireText(builder.idColumn, "idColumn"), builder.titleColumn,
                requireText(builder.textColumn, "textColumn"), builder.metadataColumns);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Passage> search(VectorQuery query) {
        QueryRequest request = request(query);
        try {
            QueryResponse response = workspace.client().send(WorkspaceCall.idempotentPost(
                    "vector search query on " + indexName, VectorSearchApi.queryPath(indexName), request),
                    QueryResponse.class);
            return mapper.passages(response, query.topK());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException(Authorizer.BACKEND, Kind.TIMEOUT,
                    "vector search query on " + indexName + " was interrupted because the caller stopped waiting");
        }
    }

    private QueryRequest request(VectorQuery query) {
        boolean hybrid = mode == QueryMode.HYBRID && query.text() != null;
        boolean sendText = query.text() != null && (hybrid || mode == QueryMode.TEXT || query.vector() == null);
        boolean sendVector = query.vector() != null && (hybrid || mode != QueryMode.TEXT || query.text() == null);
        int numResults = hybrid ? Math.min(query.topK(), HYBRID_MAX_RESULTS) : query.topK();
        return new QueryRequest(mapper.requestedColumns(), sendText ? query.text() : null,
                sendVector ? query.vector() : null, numResults, filtersJson(query.filters()),
                hybrid ? "HYBRID" : null, scoreThreshold);
    }

    private static String filtersJson(Map<String, String> filters) {
        if (filters.isEmpty()) {
            return null;
        }
        try {
            return Json.WIRE.writeValueAsString(new TreeMap<>(filters));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise vector search filters", e);
        }
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    public static final class Builder {
        private DatabricksWorkspace workspace;
        private String indexName;
        private String name;
        private QueryMode mode = QueryMode.TEXT;
        private Double scoreThreshold;
        private String idColumn = "id";
        private String titleColumn = "title";
        private String textColumn = "text";
        private List<String> metadataColumns = List.of();

        private Builder() {
        }

        public Builder workspace(DatabricksWorkspace workspace) {
            this.workspace = workspace;
            return this;
        }

        /** The index's Unity Catalog name, {@code catalog.schema.index}. */
        public Builder indexName(String indexName) {
            this.indexName = indexName;
            return this;
        }

        /** The name passages report as their index (default: the index name). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder queryMode(QueryMode mode) {
            this.mode = mode;
            return this;
        }

        /** Results scoring below this are dropped by the index. */
        public Builder scoreThreshold(double scoreThreshold) {
            this.scoreThreshold = scoreThreshold;
            return this;
        }

        public Builder idColumn(String idColumn) {
            this.idColumn = idColumn;
            return this;
        }

        /** The column holding a passage's title, or {@code null} when the index has none (the id is used). */
        public Builder titleColumn(String titleColumn) {
            this.titleColumn = titleColumn;
            return this;
        }

        public Builder textColumn(String textColumn) {
            this.textColumn = textColumn;
            return this;
        }

        /** Further columns returned as passage metadata (order id, document kind, dates…). */
        public Builder metadataColumns(List<String> metadataColumns) {
            this.metadataColumns = List.copyOf(metadataColumns);
            return this;
        }

        public DatabricksVectorIndex build() {
            return new DatabricksVectorIndex(this);
        }
    }
}
