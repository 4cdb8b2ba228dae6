package dev.orderlens.core.pipeline;

import dev.orderlens.core.domain.llm.Completion;
import dev.orderlens.core.domain.llm.CompletionRequest;
import dev.orderlens.core.domain.llm.TokenUsage;
import dev.orderlens.core.port.LanguageModel;
import java.util.function.Consumer;

/**
 * Adds up the tokens that language models use while one request is answered on the current thread.
 * The LLM-backed components run on the request's thread, so a thread-local total needs no plumbing.
 */
public final class TokenMeter {

    private static final ThreadLocal<TokenUsage> CURRENT = new ThreadLocal<>();

    private TokenMeter() {
    }

    static void start() {
        CURRENT.set(TokenUsage.NONE);
    }

    static TokenUsage stop() {
        TokenUsage usage = CURRENT.get();
        CURRENT.remove();
        return usage == null ? TokenUsage.NONE : usage;
    }

    static void add(TokenUsage usage) {
        TokenUsage total = CURRENT.get();
        if (total != null) {
            CURRENT.set(total.plus(usage));
        }
    }

    /** The model, reporting its usage to the meter of the thread that calls it. */
    public static LanguageModel metered(LanguageModel model) {
        return new LanguageModel() {
            @Override
            public Completion complete(CompletionRequest request) {
                Completion completion = model.complete(request);
                add(completion.usage());
                return completion;
            }

            @Override
            public Completion stream(CompletionRequest request, Consumer<String> onToken) {
                Completion completion = model.stream(request, onToken);
                add(completion.usage());
                return completion;
            }

            @Override
            public String modelName() {
                return model.modelName();
            }
        };
    }
}
