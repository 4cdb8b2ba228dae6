package dev.orderlens.local.search;

import dev.orderlens.answering.semantic.SemanticModelFile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.order.OrderChange;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.search.VectorQuery;
import dev.orderlens.local.duckdb.DuckDbOrderTableWriter;
import dev.orderlens.local.duckdb.DuckDbSqlWarehouse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneOrderIndexUpdaterTest {

    @TempDir
    Path dir;

    private DuckDbSqlWarehouse warehouse;
    private LuceneVectorIndex index;
    private LuceneOrderIndexUpdater updater;

    @BeforeEach
    void open() throws SQLException {
        Path file = dir.resolve("orders.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE orders (order_id VARCHAR, order_ts TIMESTAMP, product_name VARCHAR,"
                    + " status VARCHAR, carrier VARCHAR, support_tickets INTEGER, support_note VARCHAR)");
            statement.execute("INSERT INTO orders VALUES"
                    + " ('ORD-1', '2026-01-02 08:00:00', 'Espresso Grinder', 'delivered', 'UPS', 1,"
                    + "  'Box arrived crushed, customer wants a replacement'),"
                    + " ('ORD-2', '2026-01-02 09:00:00', 'USB-C Hub', 'shipped', 'FedEx', 0, NULL),"
                    + " ('ORD-3', '2026-01-03 10:00:00', 'Desk Lamp', 'delivered', 'DHL', 2, NULL)");
        }
        warehouse = DuckDbSqlWarehouse.builder().databaseFile(file).connections(2).build();
        index = LuceneVectorIndex.builder().name("orders").directory(dir.resolve("index"))
                .embeddingModel(new CountingEmbeddingModel("model-a")).build();
        updater = LuceneOrderIndexUpdater.of(index, warehouse, SemanticModelFile.loadDefault().model());
    }

    @AfterEach
    void close() {
        index.close();
        warehouse.close();
    }

    @Test
    void indexes_changed_orders_with_a_note_or_tickets_and_leaves_the_others_out() {
        updater.update(List.of(changed("ORD-1"), changed("ORD-2"), changed("ORD-3"), changed("ORD-1")));

        assertThat(index.documentCount()).isEqualTo(2);
        assertThat(keywordHits("crushed replacement")).first().isEqualTo("order-ORD-1");
        assertThat(keywordHits("Desk Lamp")).contains("order-ORD-3");
        assertThat(keywordHits("USB-C Hub")).doesNotContain("order-ORD-2");
    }

    @Test
    void reindexes_an_order_whose_note_changed_and_removes_one_no_longer_worth_indexing() {
        updater.update(List.of(changed("ORD-1"), changed("ORD-3")));
        Map<String, Object> noTickets = new HashMap<>();
        noTickets.put("support_tickets", 0L);
        noTickets.put("support_note", null);
        List<OrderChange> changes = List.of(
                new OrderChange("ORD-1", true, Map.of("support_note", "Customer now says the parcel never came")),
                new OrderChange("ORD-3", true, noTickets));
        DuckDbOrderTableWriter.of(warehouse, "orders").write(changes);

        updater.update(changes);

        assertThat(index.documentCount()).isEqualTo(1);
        assertThat(keywordHits("parcel never came")).first().isEqualTo("order-ORD-1");
        assertThat(keywordHits("crushed replacement")).doesNotContain("order-ORD-1");
        assertThat(keywordHits("Desk Lamp")).doesNotContain("order-ORD-3");
    }

    @Test
    void removes_an_order_the_table_no_longer_has() {
        index.upsert(new IndexDocument("order-ORD-9", null, "Order ORD-9: a lost parcel", Map.of()));

        updater.update(List.of(changed("ORD-9")));

        assertThat(index.documentCount()).isZero();
    }

    private static OrderChange changed(String orderId) {
        return new OrderChange(orderId, true, Map.of("status", "delivered"));
    }

    private List<String> keywordHits(String text) {
        return index.search(new VectorQuery(text, null, 5), SearchMode.KEYWORD).stream().map(Passage::id).toList();
    }
}
