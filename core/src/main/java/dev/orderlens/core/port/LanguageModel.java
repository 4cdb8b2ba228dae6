package dev.orderlens.core.port;

import dev.orderlens.core.domain.llm.Completion;
import dev.orderlens.core.domain.llm.CompletionRequest;
import java.util.function.Consumer;

/** A chat language model. */
public interface LanguageModel {

    /** Answers the request in one piece. @throws BackendException when the model fails */
    Completion complete(CompletionRequest request);

    /**
     * Answers the request, handing each token to {@code onToken} as it arrives, and returns the whole.
     *
     * @throws StreamInterruptedException when the stream breaks after tokens were delivered
     * @throws BackendException when the model fails before any token
     */
    Completion stream(CompletionRequest request, Consumer<String> onToken);

    /** The model's name, for telemetry. */
    String modelName();
}
