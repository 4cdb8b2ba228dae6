package dev.orderlens.local.embedding;

import dev.orderlens.core.port.EmbeddingCache;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An unbounded cache for tests. */
public final class MapEmbeddingCache implements EmbeddingCache {

    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    @Override
    public Optional<float[]> get(String model, String text) {
        return Optional.ofNullable(vectors.get(model + "\u0000" + text));
    }

    @Override
    public void put(String model, String text, float[] vector) {
        vectors.put(model + "\u0000" + text, vector);
    }
}
