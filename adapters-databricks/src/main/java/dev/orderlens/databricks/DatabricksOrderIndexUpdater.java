package dev.orderlens.databricks;

import dev.orderlens.core.domain.order.OrderChange;
import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.port.EmbeddingModel;
import dev.orderlens.core.port.OrderIndexUpdater;
import dev.orderlens.core.port.OrderTableWriter;
import dev.orderlens.databricks.internal.DirectAccessRows;
import dev.orderlens.databricks.internal.VectorIndexAdmin;
import dev.orderlens.databricks.internal.VectorSearchApi.IndexInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * An {@link OrderIndexUpdater} for a Databricks Vector Search index over orders. The index is described once (its
 * type does not change) and then:
 * <ul>
 *   <li>Delta Sync with a TRIGGERED pipeline: a sync is started; it picks up the rows MERGEd into the orders
 *       table, which is the index's source table.</li>
 *   <li>Delta Sync with a CONTINUOUS pipeline: nothing to do, the pipeline follows the table.</li>
 *   <li>Direct Vector Access: the changed orders' rows are upserted, with vectors computed here.</li>
 * </ul>
 * A change holds only the columns its events wrote, but an index row needs the whole order (its text is made of
 * many columns). So for Direct Access the rows are read back from the orders table through the
 * {@link OrderTableWriter} given to {@link Builder#orderTable}: the updater runs after the table write, so this is
 * the order as it now stands, and a repeated update reads and upserts the same rows again.
 *
 * <pre>{@code
 * DatabricksOrderIndexUpdater updater = DatabricksOrderIndexUpdater.builder().workspace(writerWorkspace)
 *         .indexName(settings.ordersIndex()).orderTable(writer).embeddingModel(embeddings)
 *         .text(row -> documents.render(row)).build();
 * }</pre>
 */
public final class DatabricksOrderIndexUpdater implements OrderIndexUpdater {

    private final VectorIndexAdmin admin;
    private final String indexName;
    private final OrderTableWriter orderTable;
    private final EmbeddingModel embeddingModel;
    private final Function<Map<String, Object>, String> text;
    private final String textColumn;
    private final int rowsPerUpsert;
    private volatile IndexInfo described;

    private DatabricksOrderIndexUpdater(Builder builder) {
        this.admin = new VectorIndexAdmin(Objects.requireNonNull(builder.workspace, "workspace").client());
        this.indexName = TableName.check(builder.indexName, "indexName");
        this.orderTable = builder.orderTable;
        this.embeddingModel = builder.embeddingModel;
        this.text = builder.text;
        this.textColumn = builder.textColumn;
        this.rowsPerUpsert = builder.rowsPerUpsert;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void update(List<OrderChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        IndexInfo info = described();
        switch (VectorIndexAdmin.feedOf(indexName, info)) {
            case TRIGGERED_SYNC -> admin.sync(indexName);
            case CONTINUOUS_SYNC -> { }
            case DIRECT_ACCESS -> upsert(info, changes);
        }
    }

    private IndexInfo described() {
        IndexInfo info = described;
        if (info == null) {
            info = admin.describe(indexName);
            described = info;
        }
        return info;
    }

    private void upsert(IndexInfo info, List<OrderChange> changes) {
        if (orderTable == null || embeddingModel == null || text == null) {
            throw new IllegalStateException("vector index " + indexName + " is a Direct Vector Access index: its"
                    + " updater needs an order table, an embedding model and a text function");
        }
        DirectAccessRows shape = new DirectAccessRows(indexName, info, textColumn);
        Map<String, Map<OrderColumn, Object>> orders = orderTable.read(changes.stream().map(OrderChange::orderId)
                .toList());
        List<String> ids = new ArrayList<>(orders.keySet());
        for (int from = 0; from < ids.size(); from += rowsPerUpsert) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + rowsPerUpsert));
            List<Map<String, Object>> byName = batch.stream().map(id -> byName(orders.get(id))).toList();
            List<String> texts = byName.stream().map(text).toList();
            List<float[]> vectors = embeddingModel.embedAll(texts);
            List<Map<String, Object>> rows = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                rows.add(shape.row(batch.get(i), byName.get(i), texts.get(i), vectors.get(i)));
            }
            admin.upsert(indexName, rows);
        }
    }

    private static Map<String, Object> byName(Map<OrderColumn, Object> order) {
        Map<String, Object> row = new LinkedHashMap<>();
        order.forEach((column, value) -> row.put(column.column(), value));
        return row;
    }

    public static final class Builder {
        private DatabricksWorkspace workspace;
        private String indexName;
        private OrderTableWriter orderTable;
        private EmbeddingModel embeddingModel;
        private Function<Map<String, Object>, String> text;
        private String textColumn = "text";
        private int rowsPerUpsert = 100;

        private Builder() {
        }

        /** A workspace signed in as the writer principal (Direct Access upserts need write access to the index). */
        public Builder workspace(DatabricksWorkspace workspace) {
            this.workspace = workspace;
            return this;
        }

        /** The orders index's Unity Catalog name, {@code catalog.schema.index}. */
        public Builder indexName(String indexName) {
            this.indexName = indexName;
            return this;
        }

        /** Where whole order rows are read back from (Direct Access only). */
        public Builder orderTable(OrderTableWriter orderTable) {
            this.orderTable = orderTable;
            return this;
        }

        /** Computes the vectors of the rows upserted (Direct Access only); its dimension must be the index's. */
        public Builder embeddingModel(EmbeddingModel embeddingModel) {
            this.embeddingModel = embeddingModel;
            return this;
        }

        /**
         * The text indexed for an order, from its row by column name (Direct Access only): which columns it is made
         * of is the caller's to say (the wiring renders it as the semantic model's documents describe).
         */
        public Builder text(Function<Map<String, Object>, String> text) {
            this.text = text;
            return this;
        }

        /** The index column the text goes into (default {@code text}). */
        public Builder textColumn(String textColumn) {
            if (textColumn == null || textColumn.isBlank()) {
                throw new IllegalArgumentException("textColumn must not be blank");
            }
            this.textColumn = textColumn;
            return this;
        }

        /** The most rows one upsert sends (default 100). */
        public Builder rowsPerUpsert(int rowsPerUpsert) {
            if (rowsPerUpsert < 1) {
                throw new IllegalArgumentException("rowsPerUpsert must be at least 1");
            }
            this.rowsPerUpsert = rowsPerUpsert;
            return this;
        }

        public DatabricksOrderIndexUpdater build() {
            return new DatabricksOrderIndexUpdater(this);
        }
    }
}
