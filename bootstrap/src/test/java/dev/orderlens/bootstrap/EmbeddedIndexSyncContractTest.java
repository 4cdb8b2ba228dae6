package dev.orderlens.bootstrap;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.domain.order.OrderChange;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.search.VectorQuery;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.EmbeddingModel;
import dev.orderlens.core.port.SearchIndexSync;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.core.semantic.SemanticModel;
import dev.orderlens.local.duckdb.DuckDbOrderTableWriter;
import dev.orderlens.local.duckdb.DuckDbSqlWarehouse;
import dev.orderlens.local.sample.AnalyticsDocument;
import dev.orderlens.local.search.LuceneVectorIndex;
import dev.orderlens.local.search.SearchMode;
import dev.orderlens.testsupport.ComputedEmbeddings;
import dev.orderlens.testsupport.SearchIndexSyncContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded index sync passes the sync contract: its indexes start out of date (an order written to the table
 * since the orders index was built, analytics documents changed since the analytics index was), and the orders
 * index fails when the warehouse cannot be read.
 */
class EmbeddedIndexSyncContractTest extends SearchIndexSyncContract {

    private static final SemanticModel MODEL = SemanticModelFile.loadDefault().model();
    private static final List<AnalyticsDocument> BEFORE = List.of(
            document("returns-policy", "Returns policy", "Customers may return items within 30 days."),
            document("fedex-hurricane", "FedEx delays", "A hurricane closed FedEx hubs in the Southeast."));
    private static final List<AnalyticsDocument> NOW = List.of(
            document("returns-policy", "Returns policy", "Customers may return items within 45 days."),
            document("klarna-outage", "Klarna outage", "The Klarna payment outage lasted two hours."));

    @TempDir
    Path dir;

    private final List<AutoCloseable> opened = new ArrayList<>();
    private LuceneVectorIndex orders;
    private LuceneVectorIndex analytics;
    private SqlWarehouse warehouse;
    private int fixtures;

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable resource : opened) {
            resource.close();
        }
    }

    @Override
    protected SearchIndexSync sync() {
        outOfDateIndexes();
        return new EmbeddedIndexSync(Optional.of(orders), analytics, warehouse, MODEL,
                EmbeddedIndexes.analyticsDocuments(NOW));
    }

    @Override
    protected SearchIndexSync syncWithOneIndexFailing() {
        outOfDateIndexes();
        SqlWarehouse unavailable = new SqlWarehouse() {
            @Override
            public SqlResult execute(SqlQuery query) {
                throw new BackendException("duckdb", BackendException.Kind.UNAVAILABLE,
                        "orders.duckdb is held by another process");
            }

            @Override
            public SqlDialect dialect() {
                return warehouse.dialect();
            }
        };
        return new EmbeddedIndexSync(Optional.of(orders), analytics, unavailable, MODEL,
                EmbeddedIndexes.analyticsDocuments(NOW));
    }

    @Override
    protected String failingIndex() {
        return EmbeddedIndexes.ORDERS;
    }

    @Override
    protected List<String> indexNames() {
        return List.of(EmbeddedIndexes.ORDERS, EmbeddedIndexes.ANALYTICS);
    }

    @Override
    protected boolean upToDate(String indexName) {
        if (indexName.equals(EmbeddedIndexes.ORDERS)) {
            return orders.documentCount() == 3 && found(orders, "neighbour").contains("order-ORD-3");
        }
        return analytics.documentCount() == 2 && found(analytics, "Klarna").contains("klarna-outage")
                && found(analytics, "hurricane").isEmpty() && found(analytics, "45").contains("returns-policy");
    }

    /** Indexes built from the table and documents as they were, then a new order written to the table. */
    private void outOfDateIndexes() {
        Path home = dir.resolve("fixture-" + fixtures++);
        DuckDbSqlWarehouse duckDb = DuckDbSqlWarehouse.builder().databaseFile(ordersTable(home.resolve("orders.duckdb")))
                .build();
        opened.add(duckDb);
        warehouse = duckDb;
        EmbeddingModel embeddings = new HashedWords();
        Path indexes = home.resolve("indexes");
        orders = EmbeddedIndexes.open(EmbeddedIndexes.ORDERS, indexes, embeddings);
        opened.add(orders);
        EmbeddedIndexes.synchronize(orders, EmbeddedIndexes.orderDocuments(warehouse, MODEL), StartupListener.SILENT);
        analytics = EmbeddedIndexes.open(EmbeddedIndexes.ANALYTICS, indexes, embeddings);
        opened.add(analytics);
        EmbeddedIndexes.synchronize(analytics, EmbeddedIndexes.analyticsDocuments(BEFORE), StartupListener.SILENT);
        DuckDbOrderTableWriter.of(duckDb, MODEL.table()).write(List.of(new OrderChange("ORD-3", false,
                Map.of("order_id", "ORD-3", "product_name", "Desk lamp", "status", "delivered",
                        "support_tickets", 1, "support_note", "Courier left the parcel with a neighbour"))));
    }

    private static Path ordersTable(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE orders (order_id VARCHAR, product_name VARCHAR, status VARCHAR,"
                    + " support_tickets INTEGER, support_note VARCHAR)");
            statement.execute("INSERT INTO orders VALUES"
                    + " ('ORD-1', 'Espresso grinder', 'delivered', 1, 'Box arrived crushed'),"
                    + " ('ORD-2', 'USB-C hub', 'returned', 2, NULL),"
                    + " ('ORD-4', 'Desk chair', 'shipped', 0, NULL)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    private static List<String> found(LuceneVectorIndex index, String word) {
        return index.search(new VectorQuery(word, null, 10), SearchMode.KEYWORD).stream().map(Passage::id).toList();
    }

    private static AnalyticsDocument document(String id, String title, String text) {
        return new AnalyticsDocument(id, "policy", title, text, Map.of());
    }

    /** Vectors from the words of a text, as {@link ComputedEmbeddings} computes them: no model to load. */
    private static final class HashedWords implements EmbeddingModel {
        private final ComputedEmbeddings vectors = new ComputedEmbeddings(32);

        @Override
        public float[] embed(String text) {
            return vectors.vectorOf(text);
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            return texts.stream().map(this::embed).toList();
        }

        @Override
        public int dimension() {
            return 32;
        }

        @Override
        public String modelName() {
            return "hashed-words-32";
        }
    }
}
