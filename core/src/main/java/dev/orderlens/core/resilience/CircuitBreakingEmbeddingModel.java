package dev.orderlens.core.resilience;

import dev.orderlens.core.port.EmbeddingModel;
import java.util.List;
import java.util.Objects;

/** An {@link EmbeddingModel} behind a {@link CircuitBreaker}: embedding fails fast while the model is cut off. */
public final class CircuitBreakingEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel model;
    private final CircuitBreaker breaker;

    public CircuitBreakingEmbeddingModel(EmbeddingModel model, CircuitBreaker breaker) {
        this.model = Objects.requireNonNull(model, "model");
        this.breaker = Objects.requireNonNull(breaker, "breaker");
    }

    @Override
    public float[] embed(String text) {
        return breaker.call(() -> model.embed(text));
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return breaker.call(() -> model.embedAll(texts));
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public String modelName() {
        return model.modelName();
    }
}
