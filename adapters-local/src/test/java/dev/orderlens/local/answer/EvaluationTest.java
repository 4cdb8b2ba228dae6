package dev.orderlens.local.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.port.EmbeddingModel;
import dev.orderlens.local.sample.ProgressListener;
import dev.orderlens.local.sample.SampleDataGenerator;
import dev.orderlens.local.sample.SampleOptions;
import dev.orderlens.local.semantic.SemanticModelFile;
import dev.orderlens.local.semantic.ValueCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Execution and route accuracy on the labelled questions, over the generated sample dataset. A smaller sample
 * keeps the suite fast (gold and generated SQL run on the same rows); {@code -Dorderlens.eval.orders=60000}
 * evaluates on the full dataset and {@code -Dorderlens.eval.embeddings=minilm} routes with the real embedding model.
 */
class EvaluationTest {

    private static JdbcTestWarehouse warehouse;
    private static Evaluation evaluation;
    private static String setting;

    @BeforeAll
    static void setUp() throws Exception {
        int orders = Integer.getInteger("orderlens.eval.orders", 8_000);
        Path database = Path.of(System.getProperty("java.io.tmpdir"), "eval-sample-" + orders, "orders.duckdb");
        if (!Files.exists(database)) {
            Files.createDirectories(database.getParent());
            new SampleDataGenerator(SampleOptions.defaults().withOrderCount(orders)).generate(database, ProgressListener.NONE);
        }
        warehouse = JdbcTestWarehouse.open("jdbc:duckdb:" + database.toAbsolutePath());
        SemanticModelFile model = SemanticModelFile.loadDefault();
        ValueCatalog catalog = ValueCatalog.builder().model(model.model()).warehouse(warehouse).build();
        LocalSqlGenerator generator = SmallOrders.generator(model, catalog);
        EmbeddingModel embeddings = "minilm".equals(System.getProperty("orderlens.eval.embeddings"))
                ? new MiniLmEmbedding() : new HashedWordsEmbedding();
        LocalQuestionClassifier classifier = LocalQuestionClassifier.builder().sqlGenerator(generator)
                .embeddingModel(embeddings).build();
        evaluation = new Evaluation(generator, classifier, warehouse);
        setting = orders + " orders, " + embeddings.modelName() + " embeddings";
    }

    @AfterAll
    static void tearDown() {
        warehouse.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"eval/questions.jsonl", "eval/more-questions.jsonl", "eval/held-out-questions.jsonl"})
    void answers_labelled_questions_with_the_right_rows_and_routes(String resource) throws Exception {
        Evaluation.Report report = evaluation.run(EvalCase.load(resource));
        String failures = report.failures().stream()
                .map(o -> o.evalCase().id() + " " + o.evalCase().turns() + " " + o.detail())
                .collect(Collectors.joining("\n"));
        System.out.printf("%s (%s): execution accuracy %.3f, route accuracy %.3f over %d questions%n", resource,
                setting, report.executionAccuracy(), report.routeAccuracy(), report.outcomes().size());

        assertThat(report.executionAccuracy()).as(failures).isGreaterThanOrEqualTo(0.90);
        assertThat(report.routeAccuracy()).as(failures).isGreaterThanOrEqualTo(0.97);
    }
}
