package dev.orderlens.core.resilience;

import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.search.VectorQuery;
import dev.orderlens.core.port.VectorIndex;
import java.util.List;
import java.util.Objects;

/**
 * A {@link VectorIndex} behind a {@link CircuitBreaker}: searches fail fast while the index is cut off. Indexes on
 * one search service may share a breaker, since they go down together.
 */
public final class CircuitBreakingVectorIndex implements VectorIndex {

    private final VectorIndex index;
    private final CircuitBreaker breaker;

    public CircuitBreakingVectorIndex(VectorIndex index, CircuitBreaker breaker) {
        this.index = Objects.requireNonNull(index, "index");
        this.breaker = Objects.requireNonNull(breaker, "breaker");
    }

    @Override
    public String name() {
        return index.name();
    }

    @Override
    public List<Passage> search(VectorQuery query) {
        return breaker.call(() -> index.search(query));
    }
}
