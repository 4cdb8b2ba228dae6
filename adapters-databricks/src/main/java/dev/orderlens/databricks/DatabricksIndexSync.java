package dev.orderlens.databricks;

import dev.orderlens.core.domain.search.IndexSyncReport;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.SearchIndexSync;
import dev.orderlens.databricks.internal.VectorIndexAdmin;
import dev.orderlens.databricks.internal.VectorSearchApi.IndexInfo;
import dev.orderlens.databricks.internal.VectorSearchApi.IndexStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link SearchIndexSync} for Databricks Vector Search indexes: each configured index is described, and a
 * Delta Sync index with a TRIGGERED pipeline is asked to sync. A CONTINUOUS pipeline keeps its index current
 * and a Direct Vector Access index is written by ingest itself, so neither is synced. One index failing (missing,
 * no permission) is told in its report; the call fails only when every index failed for a reason that is not
 * the index's own (the workspace unreachable or overloaded).
 */
public final class DatabricksIndexSync implements SearchIndexSync {

    /** The state reported for an index that could not be described or synced. */
    static final String FAILED = "FAILED";

    private final VectorIndexAdmin admin;
    private final List<String> indexNames;

    private DatabricksIndexSync(Builder builder) {
        this.admin = new VectorIndexAdmin(Objects.requireNonNull(builder.workspace, "workspace").client());
        if (builder.indexNames.isEmpty()) {
            throw new IllegalArgumentException("at least one index name is needed");
        }
        this.indexNames = List.copyOf(builder.indexNames);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<IndexSyncReport> sync() {
        List<IndexSyncReport> reports = new ArrayList<>(indexNames.size());
        BackendException firstTransient = null;
        int transientFailures = 0;
        for (String indexName : indexNames) {
            try {
                reports.add(sync(indexName));
            } catch (BackendException e) {
                if (e.isTransient()) {
                    transientFailures++;
                    firstTransient = firstTransient == null ? e : firstTransient;
                }
                reports.add(new IndexSyncReport(indexName, false, FAILED, e.getMessage()));
            }
        }
        if (transientFailures == indexNames.size()) {
            throw firstTransient;
        }
        return reports;
    }

    private IndexSyncReport sync(String indexName) {
        IndexInfo info = admin.describe(indexName);
        String state = VectorIndexAdmin.stateOf(info);
        return switch (VectorIndexAdmin.feedOf(indexName, info)) {
            case TRIGGERED_SYNC -> {
                admin.sync(indexName);
                yield new IndexSyncReport(indexName, true, state, "sync started; " + indexed(info.status()));
            }
            case CONTINUOUS_SYNC -> new IndexSyncReport(indexName, false, state,
                    "continuous pipeline keeps it current; " + indexed(info.status()));
            case DIRECT_ACCESS -> new IndexSyncReport(indexName, false, state,
                    "written directly by ingest; " + indexed(info.status()));
        };
    }

    private static String indexed(IndexStatus status) {
        if (status == null) {
            return "no status reported";
        }
        String rows = status.indexedRowCount() + " rows indexed";
        return status.message() == null || status.message().isBlank() ? rows : rows + " (" + status.message() + ")";
    }

    public static final class Builder {
        private DatabricksWorkspace workspace;
        private final List<String> indexNames = new ArrayList<>();

        private Builder() {
        }

        /** A workspace whose principal may sync the indexes (the writer principal). */
        public Builder workspace(DatabricksWorkspace workspace) {
            this.workspace = workspace;
            return this;
        }

        /** Adds indexes to sync by their Unity Catalog names, {@code catalog.schema.index}. */
        public Builder indexNames(List<String> indexNames) {
            indexNames.forEach(name -> this.indexNames.add(TableName.check(name, "indexName")));
            return this;
        }

        public Builder indexName(String indexName) {
            return indexNames(List.of(indexName));
        }

        public DatabricksIndexSync build() {
            return new DatabricksIndexSync(this);
        }
    }
}
