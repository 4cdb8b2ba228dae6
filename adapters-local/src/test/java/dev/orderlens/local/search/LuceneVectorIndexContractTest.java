package dev.orderlens.local.search;

import dev.orderlens.core.port.VectorIndex;
import dev.orderlens.local.embedding.SharedMiniLm;
import dev.orderlens.testsupport.VectorIndexContract;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

class LuceneVectorIndexContractTest extends VectorIndexContract {

    @TempDir
    Path directory;

    @Override
    protected VectorIndex indexFor(Scenario scenario) {
        LuceneVectorIndex index = LuceneVectorIndex.builder()
                .name("analytics")
                .directory(directory.resolve(scenario.name().replace(' ', '-')))
                .embeddingModel(SharedMiniLm.CACHED)
                .build();
        List<IndexDocument> documents = scenario.documents().stream()
                .map(d -> new IndexDocument(d.id(), d.title(), d.text(), d.metadata()))
                .toList();
        index.rebuild(documents, DocumentFingerprint.of(documents), IndexProgress.none());
        return index;
    }
}
