package dev.orderlens.bootstrap;

import dev.orderlens.core.port.EmbeddingModel;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.answering.DataRange;
import dev.orderlens.answering.LocalAnswerWriter;
import dev.orderlens.answering.LocalFollowUpSuggester;
import dev.orderlens.answering.LocalQuestionClassifier;
import dev.orderlens.answering.LocalSqlGenerator;
import dev.orderlens.answering.LocalTitleGenerator;
import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.answering.semantic.ValueCatalog;
import java.time.Clock;

/** The answering components that need no LLM, all driven by the semantic model file and the data's values. */
record LocalAnswering(LocalQuestionClassifier classifier, LocalSqlGenerator sqlGenerator, LocalAnswerWriter writer,
        LocalTitleGenerator titles, LocalFollowUpSuggester followUps) {

    static LocalAnswering create(SemanticModelFile modelFile, SqlWarehouse warehouse, EmbeddingModel embeddings,
            Clock clock) {
        ValueCatalog catalog = ValueCatalog.builder().model(modelFile.model()).warehouse(warehouse).build();
        LocalSqlGenerator generator = LocalSqlGenerator.builder().model(modelFile).catalog(catalog).clock(clock)
                .dataRange(DataRange.read(warehouse, modelFile.model()).orElse(null)).build();
        LocalQuestionClassifier classifier = LocalQuestionClassifier.builder().sqlGenerator(generator)
                .embeddingModel(embeddings).build();
        LocalAnswerWriter writer = LocalAnswerWriter.builder().model(modelFile).build();
        LocalFollowUpSuggester followUps = LocalFollowUpSuggester.builder().model(modelFile).sqlGenerator(generator)
                .catalog(catalog).build();
        return new LocalAnswering(classifier, generator, writer, new LocalTitleGenerator(), followUps);
    }
}
