package dev.orderlens.core.pipeline;

import dev.orderlens.core.port.EmbeddingCache;
import dev.orderlens.core.port.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An {@link EmbeddingModel} that asks an {@link EmbeddingCache} first, so that a repeated text is embedded once.
 * Entries are keyed by the wrapped model's name, so caches may be shared between models. A cache that fails is
 * only a slower answer: its failure goes to {@code cacheFailures} and the text is embedded as if it were a miss.
 */
public final class CachingEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel delegate;
    private final EmbeddingCache cache;
    private final Consumer<RuntimeException> cacheFailures;

    public CachingEmbeddingModel(EmbeddingModel delegate, EmbeddingCache cache,
            Consumer<RuntimeException> cacheFailures) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.cacheFailures = Objects.requireNonNull(cacheFailures, "cacheFailures");
    }

    @Override
    public float[] embed(String text) {
        Optional<float[]> cached = cached(text);
        if (cached.isPresent()) {
            return cached.get();
        }
        float[] vector = delegate.embed(text);
        remember(text, vector);
        return vector;
    }

    /** Embeds only the texts the cache does not know, in one call to the wrapped model. */
    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        List<Integer> missingPositions = new ArrayList<>();
        List<String> missingTexts = new ArrayList<>();
        for (String text : texts) {
            Optional<float[]> cached = cached(text);
            if (cached.isEmpty()) {
                missingPositions.add(vectors.size());
                missingTexts.add(text);
            }
            vectors.add(cached.orElse(null));
        }
        if (!missingTexts.isEmpty()) {
            List<float[]> computed = delegate.embedAll(missingTexts);
            for (int i = 0; i < computed.size(); i++) {
                vectors.set(missingPositions.get(i), computed.get(i));
                remember(missingTexts.get(i), computed.get(i));
            }
        }
        return vectors;
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }

    private Optional<float[]> cached(String text) {
        try {
            return cache.get(delegate.modelName(), text);
        } catch (RuntimeException e) {
            cacheFailures.accept(e);
            return Optional.empty();
        }
    }

    private void remember(String text, float[] vector) {
        try {
            cache.put(delegate.modelName(), text, vector);
        } catch (RuntimeException e) {
            cacheFailures.accept(e);
        }
    }
}
