package dev.orderlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.local.embedding.MiniLmEmbeddingModel;
import dev.orderlens.local.search.EvaluationQuestion;
import dev.orderlens.local.search.LuceneVectorIndex;
import dev.orderlens.local.search.RetrievalEvaluator;
import dev.orderlens.local.search.RetrievalReport;
import dev.orderlens.local.search.SearchMode;
import dev.orderlens.testsupport.SharedTestHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Retrieval quality on the sample: for the RAG questions (the shared evaluation's and ours, over every
 * document kind and the orders' support notes), the right document must be in the top 5.
 */
class RetrievalQualityTest {

    private static final Path QUESTIONS = Path.of("../adapters-local/src/test/resources/eval/rag-questions.jsonl");

    @Test
    void hybrid_search_finds_the_right_document_in_the_top_5_for_95_percent_of_questions() throws IOException {
        Path home = SharedTestHome.path();
        OrderLensWiring.start(Map.of("ORDERLENS_HOME", home.toString()), StartupListener.SILENT).close();
        List<EvaluationQuestion> questions = EvaluationQuestion.readJsonLines(QUESTIONS);
        MiniLmEmbeddingModel embeddings = MiniLmEmbeddingModel.builder().build();

        RetrievalReport report;
        try (LuceneVectorIndex orders = open(home, EmbeddedIndexes.ORDERS, embeddings);
                LuceneVectorIndex analytics = open(home, EmbeddedIndexes.ANALYTICS, embeddings)) {
            report = new RetrievalEvaluator(List.of(orders, analytics), 5).evaluate(questions);
        }
        Files.writeString(Path.of("target", "retrieval-quality.txt"), report.summary());

        assertThat(questions).hasSizeGreaterThanOrEqualTo(35);
        assertThat(report.recall(SearchMode.HYBRID)).as(report.summary()).isGreaterThanOrEqualTo(0.95);
    }

    private static LuceneVectorIndex open(Path home, String name, MiniLmEmbeddingModel embeddings) {
        return LuceneVectorIndex.builder().name(name).directory(home.resolve("indexes").resolve(name))
                .embeddingModel(embeddings).build();
    }
}
