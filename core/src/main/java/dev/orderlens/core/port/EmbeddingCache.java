package dev.orderlens.core.port;

import java.util.Optional;

/** Remembers query embeddings so that a repeated question is not embedded twice. */
public interface EmbeddingCache {

    Optional<float[]> get(String model, String text);

    void put(String model, String text, float[] vector);
}
