package dev.orderlens.bootstrap;

import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.port.EmbeddingModel;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.core.semantic.SemanticModel;
import dev.orderlens.local.sample.AnalyticsDocument;
import dev.orderlens.local.search.DocumentFingerprint;
import dev.orderlens.local.search.IndexDocument;
import dev.orderlens.local.search.LuceneVectorIndex;
import dev.orderlens.local.search.OrderDocumentRenderer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded Lucene indexes: {@code orders} (the orders worth indexing, rendered as the semantic model's documents
 * say; none when the model has no text column) and {@code analytics} (the sample's analytics documents, or the
 * user's own). Each is brought up to date when its documents changed,
 * re-embedding only the documents that did. An index another process owns is searched as that process keeps it.
 */
final class EmbeddedIndexes {

    static final String ORDERS = "orders";
    static final String ANALYTICS = "analytics";
    private static final int ALL_ROWS = Integer.MAX_VALUE;

    private EmbeddedIndexes() {
    }

    /** Opens the index {@code name} under {@code indexDirectory}, read-only when another process owns it. */
    static LuceneVectorIndex open(String name, Path indexDirectory, EmbeddingModel embeddings) {
        return LuceneVectorIndex.builder().name(name).directory(indexDirectory.resolve(name))
                .embeddingModel(embeddings).build();
    }

    /**
     * The orders worth searching, rendered from the warehouse's current rows as the semantic model's documents say.
     *
     * @throws IllegalArgumentException when the model gives the orders no documents (no text column)
     */
    static List<IndexDocument> orderDocuments(SqlWarehouse warehouse, SemanticModel model) {
        OrderDocumentRenderer renderer = OrderDocumentRenderer.of(model);
        List<IndexDocument> documents = new ArrayList<>();
        // Filtered in the query: most orders are not worth indexing, and reading them all would cost every start.
        for (Map<String, Object> row : rows(warehouse, "SELECT * FROM " + model.table() + " WHERE "
                + renderer.worthIndexingCondition())) {
            if (renderer.worthIndexing(row)) {
                documents.add(renderer.render(row));
            }
        }
        return documents;
    }

    static List<IndexDocument> analyticsDocuments(List<AnalyticsDocument> source) {
        List<IndexDocument> documents = new ArrayList<>();
        for (AnalyticsDocument document : source) {
            Map<String, String> metadata = new LinkedHashMap<>(document.metadata());
            metadata.put("kind", document.kind());
            documents.add(new IndexDocument(document.id(), document.title(), document.text(), metadata));
        }
        return documents;
    }

    /**
     * Brings the index up to date with {@code documents}, writing only what changed since it was last current.
     *
     * @return how many documents were written or removed
     */
    static int synchronize(LuceneVectorIndex index, List<IndexDocument> documents, StartupListener listener) {
        String fingerprint = DocumentFingerprint.of(documents);
        if (index.isCurrent(fingerprint)) {
            return 0;
        }
        String task = "Indexing " + index.name() + " (" + documents.size() + " documents)";
        listener.info(task);
        return index.synchronize(documents, fingerprint, (done, total) -> listener.progress(task, done, total));
    }

    private static List<Map<String, Object>> rows(SqlWarehouse warehouse, String sql) {
        return warehouse.execute(new SqlQuery(sql, ALL_ROWS, Duration.ofMinutes(10))).rowsByName();
    }
}
