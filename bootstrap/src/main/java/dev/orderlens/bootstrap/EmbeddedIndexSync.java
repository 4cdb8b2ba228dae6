package dev.orderlens.bootstrap;

import dev.orderlens.core.domain.IndexSyncReport;
import dev.orderlens.core.port.SearchIndexSync;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.core.semantic.SemanticModel;
import dev.orderlens.local.sample.AnalyticsDocument;
import dev.orderlens.local.search.IndexDocument;
import dev.orderlens.local.search.LuceneVectorIndex;
import java.util.List;

/** The embedded answer to a sync request: the Lucene indexes brought up to date with the warehouse and documents. */
final class EmbeddedIndexSync implements SearchIndexSync {

    private final LuceneVectorIndex orders;
    private final LuceneVectorIndex analytics;
    private final SqlWarehouse warehouse;
    private final SemanticModel model;
    private final List<AnalyticsDocument> documents;

    EmbeddedIndexSync(LuceneVectorIndex orders, LuceneVectorIndex analytics, SqlWarehouse warehouse,
            SemanticModel model, List<AnalyticsDocument> documents) {
        this.orders = orders;
        this.analytics = analytics;
        this.warehouse = warehouse;
        this.model = model;
        this.documents = List.copyOf(documents);
    }

    @Override
    public List<IndexSyncReport> sync() {
        return List.of(report(orders, EmbeddedIndexes.orderDocuments(warehouse, model)),
                report(analytics, EmbeddedIndexes.analyticsDocuments(documents)));
    }

    private static IndexSyncReport report(LuceneVectorIndex index, List<IndexDocument> source) {
        int written = EmbeddedIndexes.synchronize(index, source, StartupListener.SILENT);
        return new IndexSyncReport(index.name(), true, "ONLINE", index.documentCount() + " documents; " + written
                + " written or removed to match the " + (index.name().equals(EmbeddedIndexes.ORDERS) ? "warehouse"
                : "analytics documents"));
    }
}
