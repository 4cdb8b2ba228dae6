package dev.orderlens.bench;

import dev.orderlens.core.Assistant;
import dev.orderlens.answering.LocalAnswerWriter;
import dev.orderlens.answering.LocalFollowUpSuggester;
import dev.orderlens.answering.LocalQuestionClassifier;
import dev.orderlens.answering.LocalSqlGenerator;
import dev.orderlens.answering.LocalTitleGenerator;
import dev.orderlens.local.duckdb.DuckDbSqlWarehouse;
import dev.orderlens.local.embedding.MiniLmEmbeddingModel;
import dev.orderlens.local.sample.AnalyticsDocument;
import dev.orderlens.local.sample.SampleDataset;
import dev.orderlens.local.sample.SampleOptions;
import dev.orderlens.local.search.DocumentFingerprint;
import dev.orderlens.local.search.IndexDocument;
import dev.orderlens.local.search.LuceneVectorIndex;
import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.answering.semantic.ValueCatalog;
import dev.orderlens.local.telemetry.JsonLinesTelemetry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded defaults as {@code OrderLensWiring} builds them, minus the orders index: for sample sizes whose
 * orders index takes too long to build on the machine at hand, this still measures data generation and the SQL
 * path at that size, with RAG answered from the analytics documents alone.
 */
final class WithoutOrdersIndex implements AutoCloseable {

    private final DuckDbSqlWarehouse warehouse;
    private final LuceneVectorIndex analytics;
    private final Assistant assistant;

    private WithoutOrdersIndex(DuckDbSqlWarehouse warehouse, LuceneVectorIndex analytics, Assistant assistant) {
        this.warehouse = warehouse;
        this.analytics = analytics;
        this.assistant = assistant;
    }

    static WithoutOrdersIndex start(Path home, int orders, StartupPhases phases) {
        SampleDataset sample = SampleDataset.ensure(home.resolve("data"),
                new SampleOptions(SampleOptions.DEFAULT_SEED, orders), phases::progress);
        SemanticModelFile model = SemanticModelFile.loadDefault();
        Clock clock = Clock.fixed(model.model().today().atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        MiniLmEmbeddingModel embeddings = MiniLmEmbeddingModel.builder().build();
        DuckDbSqlWarehouse warehouse = DuckDbSqlWarehouse.builder().databaseFile(sample.ordersDatabase()).build();
        LuceneVectorIndex analytics = analyticsIndex(home.resolve("indexes").resolve("analytics"), embeddings,
                sample.documents(), phases);

        ValueCatalog catalog = ValueCatalog.builder().model(model.model()).warehouse(warehouse).build();
        LocalSqlGenerator generator = LocalSqlGenerator.builder().model(model).catalog(catalog).clock(clock).build();
        Assistant assistant = Assistant.builder()
                .semanticModel(model.model())
                .sqlWarehouse(warehouse)
                .vectorIndexes(analytics)
                .embeddingModel(embeddings)
                .clock(clock)
                .telemetry(JsonLinesTelemetry.builder().file(home.resolve("telemetry").resolve("requests.jsonl"))
                        .build())
                .questionClassifier(LocalQuestionClassifier.builder().sqlGenerator(generator)
                        .embeddingModel(embeddings).build())
                .sqlGenerator(generator)
                .answerWriter(LocalAnswerWriter.builder().model(model).build())
                .titleGenerator(new LocalTitleGenerator())
                .followUpSuggester(LocalFollowUpSuggester.builder().model(model).sqlGenerator(generator)
                        .catalog(catalog).build())
                .build();
        return new WithoutOrdersIndex(warehouse, analytics, assistant);
    }

    Assistant assistant() {
        return assistant;
    }

    private static LuceneVectorIndex analyticsIndex(Path directory, MiniLmEmbeddingModel embeddings,
            List<AnalyticsDocument> source, StartupPhases phases) {
        List<IndexDocument> documents = new ArrayList<>();
        for (AnalyticsDocument document : source) {
            Map<String, String> metadata = new LinkedHashMap<>(document.metadata());
            metadata.put("kind", document.kind());
            documents.add(new IndexDocument(document.id(), document.title(), document.text(), metadata));
        }
        LuceneVectorIndex index = LuceneVectorIndex.builder().name("analytics").directory(directory)
                .embeddingModel(embeddings).build();
        String fingerprint = DocumentFingerprint.of(documents);
        if (!index.isCurrent(fingerprint)) {
            String task = "Indexing analytics (" + documents.size() + " documents)";
            phases.info(task);
            index.rebuild(documents, fingerprint, (done, total) -> phases.progress(task, done, total));
        }
        return index;
    }

    @Override
    public void close() {
        analytics.close();
        warehouse.close();
    }
}
