package dev.orderlens.local.search;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.search.VectorQuery;
import dev.orderlens.core.port.OrderIndexUpdater;
import dev.orderlens.core.port.OrderTableWriter;
import dev.orderlens.local.duckdb.DuckDbOrderTableWriter;
import dev.orderlens.local.duckdb.DuckDbSqlWarehouse;
import dev.orderlens.local.duckdb.SeededOrdersFiles;
import dev.orderlens.testsupport.OrderIndexUpdaterContract;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The Lucene updater passes the order index contract over the DuckDB orders table it reads changed orders from. */
class LuceneOrderIndexUpdaterContractTest extends OrderIndexUpdaterContract {

    @TempDir
    static Path templateDir;

    private static Path template;

    @TempDir
    Path dir;

    private DuckDbSqlWarehouse warehouse;
    private LuceneVectorIndex index;

    @BeforeAll
    static void emptyTable() {
        template = SeededOrdersFiles.emptySampleTable(templateDir);
    }

    @AfterEach
    void close() {
        if (index != null) {
            index.close();
        }
        if (warehouse != null) {
            warehouse.close();
        }
    }

    @Override
    protected IndexedOrders indexedOrdersOver(List<Map<OrderColumn, Object>> rows) {
        Path file = SeededOrdersFiles.holding(template, dir.resolve("orders.duckdb"), rows);
        warehouse = DuckDbSqlWarehouse.builder().databaseFile(file).connections(2).build();
        index = LuceneVectorIndex.builder().name("orders").directory(dir.resolve("index"))
                .embeddingModel(new CountingEmbeddingModel("contract")).build();
        OrderTableWriter table = DuckDbOrderTableWriter.of(warehouse, "orders");
        OrderIndexUpdater updater = LuceneOrderIndexUpdater.of(index, warehouse, SemanticModelFile.loadDefault().model());
        return new IndexedOrders(table, updater, word -> index.search(new VectorQuery(word, null, 10),
                SearchMode.KEYWORD).stream().map(Passage::metadata).map(metadata -> metadata.get("order_id"))
                .collect(Collectors.toSet()), index::documentCount);
    }
}
