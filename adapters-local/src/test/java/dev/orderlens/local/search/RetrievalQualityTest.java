package dev.orderlens.local.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.local.embedding.SharedMiniLm;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recall of each search mode on the support corpus, searched as the pipeline does: both indexes at once. */
class RetrievalQualityTest {

    @TempDir
    static Path directory;

    private static LuceneVectorIndex orders;
    private static LuceneVectorIndex analytics;
    private static RetrievalReport report;

    @BeforeAll
    static void buildIndexesAndEvaluate() throws URISyntaxException {
        orders = index("orders", SupportCorpus.orderDocuments());
        analytics = index("analytics", SupportCorpus.analyticsDocuments());
        Path questions = Path.of(RetrievalQualityTest.class.getResource("/retrieval/questions.jsonl").toURI());
        report = new RetrievalEvaluator(List.of(orders, analytics), 5).evaluate(EvaluationQuestion.readJsonLines(questions));
        System.out.print(report.summary());
        System.out.println("misses: " + report.misses());
    }

    @AfterAll
    static void close() {
        orders.close();
        analytics.close();
    }

    @Test
    void hybrid_search_finds_at_least_95_percent_of_the_expected_documents_in_its_top_5() {
        assertThat(report.questions()).isGreaterThanOrEqualTo(20);
        assertThat(report.recall(SearchMode.HYBRID)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void hybrid_search_recalls_at_least_as_much_as_either_leg_alone() {
        assertThat(report.recall(SearchMode.HYBRID))
                .isGreaterThanOrEqualTo(report.recall(SearchMode.KEYWORD))
                .isGreaterThanOrEqualTo(report.recall(SearchMode.VECTOR));
    }

    private static LuceneVectorIndex index(String name, List<IndexDocument> documents) {
        LuceneVectorIndex index = LuceneVectorIndex.builder()
                .name(name)
                .directory(directory.resolve(name))
                .embeddingModel(SharedMiniLm.CACHED)
                .build();
        index.rebuild(documents, DocumentFingerprint.of(documents), IndexProgress.none());
        return index;
    }
}
