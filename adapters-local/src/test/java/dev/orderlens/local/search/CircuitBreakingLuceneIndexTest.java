package dev.orderlens.local.search;

import dev.orderlens.core.port.VectorIndex;
import dev.orderlens.core.resilience.CircuitBreaker;
import dev.orderlens.core.resilience.CircuitBreakingVectorIndex;

/** The circuit-breaking decorator, wrapped around the Lucene index, keeps the vector index contract. */
class CircuitBreakingLuceneIndexTest extends LuceneVectorIndexContractTest {

    @Override
    protected VectorIndex indexFor(Scenario scenario) {
        return new CircuitBreakingVectorIndex(super.indexFor(scenario), CircuitBreaker.builder("Lucene").build());
    }
}
