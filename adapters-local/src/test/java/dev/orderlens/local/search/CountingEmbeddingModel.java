package dev.orderlens.local.search;

import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.EmbeddingModel;
import dev.orderlens.local.embedding.SharedMiniLm;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The shared MiniLM under a name of the test's choosing, counting the texts it embeds; it can be made to fail. */
final class CountingEmbeddingModel implements EmbeddingModel {

    private final String name;
    private final AtomicInteger embedded = new AtomicInteger();
    private volatile boolean failing;

    CountingEmbeddingModel(String name) {
        this.name = name;
    }

    int embeddedTexts() {
        return embedded.get();
    }

    void resetCount() {
        embedded.set(0);
    }

    void failing(boolean fail) {
        failing = fail;
    }

    @Override
    public float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (failing) {
            throw new BackendException("embeddings", BackendException.Kind.UNAVAILABLE, "model unavailable");
        }
        embedded.addAndGet(texts.size());
        return SharedMiniLm.CACHED.embedAll(texts);
    }

    @Override
    public int dimension() {
        return SharedMiniLm.CACHED.dimension();
    }

    @Override
    public String modelName() {
        return name;
    }
}
