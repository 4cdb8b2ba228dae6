package dev.orderlens.core.memory;

import dev.orderlens.core.port.EmbeddingCache;
import java.util.Optional;

/** Query embeddings in memory, least recently used forgotten first. */
public final class InMemoryEmbeddingCache implements EmbeddingCache {

    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    private final BoundedLruMap<String, float[]> entries;

    public InMemoryEmbeddingCache() {
        this(DEFAULT_MAX_ENTRIES);
    }

    public InMemoryEmbeddingCache(int maxEntries) {
        this.entries = new BoundedLruMap<>(maxEntries);
    }

    @Override
    public synchronized Optional<float[]> get(String model, String text) {
        float[] vector = entries.get(key(model, text));
        return vector == null ? Optional.empty() : Optional.of(vector.clone());
    }

    @Override
    public synchronized void put(String model, String text, float[] vector) {
        entries.put(key(model, text), vector.clone());
    }

    private static String key(String model, String text) {
        return model.length() + ":" + model + text;
    }
}
