package dev.orderlens.bootstrap;

import dev.orderlens.core.domain.search.IndexSyncReport;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.SearchIndexSync;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.core.semantic.SemanticModel;
import dev.orderlens.local.search.IndexDocument;
import dev.orderlens.local.search.LuceneVectorIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The embedded answer to a sync request: the Lucene indexes brought up to date with the warehouse and documents.
 * An index that cannot be (the warehouse unavailable, the index unwritable) is reported as {@value #FAILED} with
 * the reason, and the other is still synced; the indexes are in process, so the request as a whole never fails.
 * Without an orders index (the semantic model has no text column) only the analytics index is synced.
 */
final class EmbeddedIndexSync implements SearchIndexSync {

    /** The state reported for an index that could not be synced. */
    static final String FAILED = "FAILED";

    private final Optional<LuceneVectorIndex> orders;
    private final LuceneVectorIndex analytics;
    private final SqlWarehouse warehouse;
    private final SemanticModel model;
    private final List<IndexDocument> documents;

    EmbeddedIndexSync(Optional<LuceneVectorIndex> orders, LuceneVectorIndex analytics, SqlWarehouse warehouse,
            SemanticModel model, List<IndexDocument> documents) {
        this.orders = orders;
        this.analytics = analytics;
        this.warehouse = warehouse;
        this.model = model;
        this.documents = List.copyOf(documents);
    }

    @Override
    public List<IndexSyncReport> sync() {
        List<IndexSyncReport> reports = new ArrayList<>();
        orders.ifPresent(index -> reports.add(report(index, () -> EmbeddedIndexes.orderDocuments(warehouse, model))));
        reports.add(report(analytics, () -> documents));
        return reports;
    }

    private static IndexSyncReport report(LuceneVectorIndex index, Supplier<List<IndexDocument>> source) {
        int written;
        try {
            written = EmbeddedIndexes.synchronize(index, source.get(), StartupListener.SILENT);
        } catch (BackendException e) {
            return new IndexSyncReport(index.name(), false, FAILED, e.getMessage());
        }
        return new IndexSyncReport(index.name(), true, "ONLINE", index.documentCount() + " documents; " + written
                + " written or removed to match the " + (index.name().equals(EmbeddedIndexes.ORDERS) ? "warehouse"
                : "analytics documents"));
    }
}
