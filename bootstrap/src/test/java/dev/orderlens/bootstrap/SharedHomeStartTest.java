package dev.orderlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.local.embedding.MiniLmEmbeddingModel;
import dev.orderlens.local.search.LuceneVectorIndex;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes starting on one home at once can each win one index's lock: the one that holds the analytics index
 * but reads the orders one keeps the analytics documents as they are, never empties them.
 */
class SharedHomeStartTest {

    @TempDir
    Path home;

    private final MiniLmEmbeddingModel embeddings = MiniLmEmbeddingModel.builder().build();

    private Map<String, String> env() {
        return Map.of("ORDERLENS_HOME", home.toString(), "ORDERLENS_SAMPLE_ORDERS", "1000");
    }

    private LuceneVectorIndex open(String name) {
        return LuceneVectorIndex.builder().name(name).directory(home.resolve("indexes").resolve(name))
                .embeddingModel(embeddings).build();
    }

    private int analyticsDocuments() {
        try (LuceneVectorIndex analytics = open(EmbeddedIndexes.ANALYTICS)) {
            return analytics.documentCount();
        }
    }

    @Test
    void a_start_that_owns_only_the_analytics_index_leaves_its_documents_in_place() {
        OrderLensWiring.start(env(), StartupListener.SILENT).close();
        int documents = analyticsDocuments();
        assertThat(documents).isPositive();

        // another process owns the orders index, and this one wins the analytics index
        try (LuceneVectorIndex ordersOwnedElsewhere = open(EmbeddedIndexes.ORDERS)) {
            assertThat(ordersOwnedElsewhere.isReadOnly()).isFalse();
            try (OrderLens second = OrderLensWiring.start(env(), StartupListener.SILENT)) {
                assertThat(second).isNotNull();
            }
        }

        assertThat(analyticsDocuments()).isEqualTo(documents);
    }
}
