package dev.orderlens.core.resilience;

import dev.orderlens.core.domain.llm.Completion;
import dev.orderlens.core.domain.llm.CompletionRequest;
import dev.orderlens.core.port.LanguageModel;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A {@link LanguageModel} behind a {@link CircuitBreaker}: calls fail fast while the model is cut off. A stream
 * counts as a success at its first token, since the model has answered by then; a stream that fails before it
 * counts as a failure, one cut off after it does not.
 */
public final class CircuitBreakingLanguageModel implements LanguageModel {

    private final LanguageModel model;
    private final CircuitBreaker breaker;

    public CircuitBreakingLanguageModel(LanguageModel model, CircuitBreaker breaker) {
        this.model = Objects.requireNonNull(model, "model");
        this.breaker = Objects.requireNonNull(breaker, "breaker");
    }

    @Override
    public Completion complete(CompletionRequest request) {
        return breaker.call(() -> model.complete(request));
    }

    @Override
    public Completion stream(CompletionRequest request, Consumer<String> onToken) {
        CircuitBreaker.Permit permit = breaker.acquire();
        try {
            Completion completion = model.stream(request, token -> {
                permit.succeeded();
                onToken.accept(token);
            });
            permit.succeeded();
            return completion;
        } catch (RuntimeException e) {
            permit.failed(e);
            throw e;
        } finally {
            permit.release();
        }
    }

    @Override
    public String modelName() {
        return model.modelName();
    }
}
