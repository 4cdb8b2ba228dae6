package dev.orderlens.openai;

import dev.orderlens.core.domain.llm.Completion;
import dev.orderlens.core.domain.llm.CompletionRequest;
import dev.orderlens.core.port.LanguageModel;
import dev.orderlens.openai.internal.ApiClient;
import dev.orderlens.openai.internal.ChatRequestFactory;
import dev.orderlens.openai.internal.ClientConfig;
import dev.orderlens.openai.internal.CompletionReader;
import dev.orderlens.openai.internal.StreamingCompletionReader;
import java.net.URI;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A {@link LanguageModel} over the chat completions API of OpenAI, Azure OpenAI, Databricks Model Serving or
 * an OpenAI-compatible local server (Ollama, vLLM, llama.cpp). Thread-safe; build it with {@link #builder()}.
 */
public final class OpenAiLanguageModel implements LanguageModel {

    private final ClientConfig config;
    private final ApiClient api;
    private final ChatRequestFactory requests;
    private final URI chatCompletions;
    private final String operation;

    private OpenAiLanguageModel(ClientConfig config, ChatRequestFactory requests) {
        this.config = config;
        this.api = new ApiClient(config);
        this.requests = requests;
        this.chatCompletions = config.routes().chatCompletions();
        this.operation = "chat completion (model " + config.model() + ")";
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Completion complete(CompletionRequest request) {
        return api.post(operation, chatCompletions, requests.complete(request),
                new CompletionReader(config.backend(), operation, config.model()));
    }

    @Override
    public Completion stream(CompletionRequest request, Consumer<String> onToken) {
        Objects.requireNonNull(onToken, "onToken");
        return api.post(operation, chatCompletions, requests.stream(request),
                new StreamingCompletionReader(config.backend(), operation, config.model(), onToken));
    }

    @Override
    public String modelName() {
        return config.model();
    }

    @Override
    public String toString() {
        return "OpenAiLanguageModel[" + config.provider() + ", " + config.model() + " at " + chatCompletions + "]";
    }

    /** Builds an {@link OpenAiLanguageModel}; only {@code model} (and a key for OpenAI and Azure) is required. */
    public static final class Builder extends ClientBuilder<Builder> {

        private StructuredOutput structuredOutput;
        private TokenLimitParameter tokenLimitParameter;
        private Boolean includeStreamUsage;
        private boolean strictJsonSchema = true;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** How JSON answers are requested; defaults to what the provider is known to support. */
        public Builder structuredOutput(StructuredOutput structuredOutput) {
            this.structuredOutput = structuredOutput;
            return this;
        }

        /** Which field carries the token limit; defaults per provider. */
        public Builder tokenLimitParameter(TokenLimitParameter tokenLimitParameter) {
            this.tokenLimitParameter = tokenLimitParameter;
            return this;
        }

        /** Whether to ask for a final usage chunk when streaming; defaults per provider. */
        public Builder includeStreamUsage(boolean includeStreamUsage) {
            this.includeStreamUsage = includeStreamUsage;
            return this;
        }

        /**
         * Whether JSON schemas are sent with {@code strict: true} (default). Strict mode needs every property
         * in {@code required} and {@code additionalProperties: false} on every object.
         */
        public Builder strictJsonSchema(boolean strictJsonSchema) {
            this.strictJsonSchema = strictJsonSchema;
            return this;
        }

        public OpenAiLanguageModel build() {
            ClientConfig config = clientConfig();
            ChatRequestFactory requests = new ChatRequestFactory(config.model(),
                    structuredOutput != null ? structuredOutput : provider.defaultStructuredOutput(),
                    tokenLimitParameter != null ? tokenLimitParameter : provider.defaultTokenLimitParameter(),
                    strictJsonSchema,
                    includeStreamUsage != null ? includeStreamUsage : provider.defaultStreamUsage());
            return new OpenAiLanguageModel(config, requests);
        }
    }
}
