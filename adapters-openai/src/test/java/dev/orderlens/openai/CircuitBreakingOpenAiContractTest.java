package dev.orderlens.openai;

import dev.orderlens.core.port.EmbeddingModel;
import dev.orderlens.core.port.LanguageModel;
import dev.orderlens.core.resilience.CircuitBreaker;
import dev.orderlens.core.resilience.CircuitBreakingEmbeddingModel;
import dev.orderlens.core.resilience.CircuitBreakingLanguageModel;
import org.junit.jupiter.api.Nested;

/** The circuit-breaking decorators, wrapped around the OpenAI clients, keep their ports' contracts. */
class CircuitBreakingOpenAiContractTest {

    private static CircuitBreaker breaker() {
        return CircuitBreaker.builder("OpenAI-compatible model").build();
    }

    @Nested
    class LanguageModelThroughItsBreaker extends OpenAiLanguageModelContractTest {

        @Override
        protected LanguageModel modelAnswering(String text) {
            return new CircuitBreakingLanguageModel(super.modelAnswering(text), breaker());
        }

        @Override
        protected LanguageModel modelBreakingOffAfter(String partialText) {
            return new CircuitBreakingLanguageModel(super.modelBreakingOffAfter(partialText), breaker());
        }
    }

    @Nested
    class EmbeddingModelThroughItsBreaker extends OpenAiEmbeddingModelContractTest {

        @Override
        protected EmbeddingModel model() {
            return new CircuitBreakingEmbeddingModel(super.model(), breaker());
        }
    }
}
