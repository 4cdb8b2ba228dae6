package dev.orderlens.local.search;

import dev.orderlens.core.domain.order.OrderChange;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.port.OrderIndexUpdater;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.core.semantic.SemanticModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the embedded orders index in step with order changes: reads each changed order's whole row back from
 * the warehouse (where the change was just written) and re-indexes it as {@link OrderDocumentRenderer} renders
 * it from the semantic model's documents, or removes it when it is no longer worth indexing. A change's order id is
 * the value of the documents' id column.
 */
public final class LuceneOrderIndexUpdater implements OrderIndexUpdater {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    private static final int IDS_PER_READ = 500;

    private final LuceneVectorIndex index;
    private final SqlWarehouse warehouse;
    private final String table;
    private final OrderDocumentRenderer renderer;

    private LuceneOrderIndexUpdater(LuceneVectorIndex index, SqlWarehouse warehouse, SemanticModel model) {
        this.index = Objects.requireNonNull(index, "index");
        this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
        this.table = model.table();
        this.renderer = OrderDocumentRenderer.of(model);
    }

    /**
     * @param model the orders table and how its rows become documents
     * @throws IllegalArgumentException when the model's rows have no documents (no text column)
     */
    public static LuceneOrderIndexUpdater of(LuceneVectorIndex index, SqlWarehouse warehouse, SemanticModel model) {
        return new LuceneOrderIndexUpdater(index, warehouse, model);
    }

    @Override
    public void update(List<OrderChange> changes) {
        List<String> ids = changes.stream().map(OrderChange::orderId).distinct().toList();
        for (int from = 0; from < ids.size(); from += IDS_PER_READ) {
            updateChunk(ids.subList(from, Math.min(ids.size(), from + IDS_PER_READ)));
        }
    }

    private void updateChunk(List<String> ids) {
        List<IndexDocument> upserts = new ArrayList<>();
        Set<String> indexed = new HashSet<>();
        for (Map<String, Object> row : rows(ids)) {
            if (renderer.worthIndexing(row)) {
                IndexDocument document = renderer.render(row);
                upserts.add(document);
                indexed.add(document.id());
            }
        }
        List<String> removals = ids.stream().map(renderer::documentId).filter(id -> !indexed.contains(id)).toList();
        index.update(upserts, removals);
    }

    private List<Map<String, Object>> rows(List<String> ids) {
        // Ids passed the event reader's pattern (letters, digits, '.', '_', ':', '-'); quotes are doubled regardless.
        String list = ids.stream().map(id -> "'" + id.replace("'", "''") + "'").collect(Collectors.joining(", "));
        return warehouse.execute(new SqlQuery("SELECT * FROM " + table + " WHERE " + renderer.idColumn()
                + " IN (" + list + ")",
                ids.size(), READ_TIMEOUT)).rowsByName();
    }
}
