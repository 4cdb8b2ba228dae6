package dev.orderlens.answering;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.port.QuestionClassifier;
import dev.orderlens.testsupport.QuestionClassifierContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class LocalQuestionClassifierContractTest extends QuestionClassifierContract {

    private static JdbcTestWarehouse warehouse;
    private static LocalQuestionClassifier classifier;

    @BeforeAll
    static void setUp() {
        warehouse = SmallOrders.warehouse();
        SemanticModelFile model = SemanticModelFile.loadDefault();
        classifier = LocalQuestionClassifier.builder()
                .sqlGenerator(SmallOrders.generator(model, SmallOrders.catalog(model, warehouse)))
                .embeddingModel(new HashedWordsEmbedding()).build();
    }

    @AfterAll
    static void tearDown() {
        warehouse.close();
    }

    @Override
    protected QuestionClassifier classifier() {
        return classifier;
    }
}
