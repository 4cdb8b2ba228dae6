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
import java.time.Duration;
import java.util.Locale;
import java.util.function.Predicate;

/** The answering components that need no LLM, all driven by the semantic model file and the data's values. */
record LocalAnswering(LocalQuestionClassifier classifier, LocalSqlGenerator sqlGenerator, LocalAnswerWriter writer,
        LocalTitleGenerator titles, LocalFollowUpSuggester followUps) {

    /**
     * @param documentWords whether the indexed documents hold a word, so that questions about neither the data nor
     *     the documents are answered as out of scope
     * @param rowLimit the most rows a query returns, so that rows it stopped are not summarised as all there are
     */
    static LocalAnswering create(SemanticModelFile modelFile, SqlWarehouse warehouse, EmbeddingModel embeddings,
            Predicate<String> documentWords, int rowLimit, Clock clock, StartupListener listener) {
        ValueCatalog catalog = readValues(modelFile, warehouse, listener);
        LocalSqlGenerator generator = LocalSqlGenerator.builder().model(modelFile).catalog(catalog).clock(clock)
                .dataRange(DataRange.read(warehouse, modelFile.model()).orElse(null)).build();
        LocalQuestionClassifier classifier = LocalQuestionClassifier.builder().sqlGenerator(generator)
                .embeddingModel(embeddings).documentWords(documentWords).build();
        LocalAnswerWriter writer = LocalAnswerWriter.builder().model(modelFile).rowLimit(rowLimit).build();
        LocalFollowUpSuggester followUps = LocalFollowUpSuggester.builder().model(modelFile).sqlGenerator(generator)
                .catalog(catalog).build();
        return new LocalAnswering(classifier, generator, writer, new LocalTitleGenerator(), followUps);
    }

    /** The values questions may name, read once; a column left out to bound memory is named, not dropped silently. */
    private static ValueCatalog readValues(SemanticModelFile modelFile, SqlWarehouse warehouse,
            StartupListener listener) {
        long started = System.nanoTime();
        ValueCatalog catalog = ValueCatalog.builder().model(modelFile.model()).warehouse(warehouse)
                .qualifiers(modelFile.vocabulary().qualifiers()).build();
        listener.info(String.format(Locale.ROOT, "values: %,d dimension values read and indexed in %,d ms",
                catalog.size(), Duration.ofNanos(System.nanoTime() - started).toMillis()));
        catalog.leftOut().forEach((column, count) -> listener.info(String.format(Locale.ROOT,
                "values: %s has more than the %,d values left of the %,d the catalog holds, so questions cannot name "
                        + "its values", column, count, ValueCatalog.DEFAULT_MAX_VALUES)));
        return catalog;
    }
}
