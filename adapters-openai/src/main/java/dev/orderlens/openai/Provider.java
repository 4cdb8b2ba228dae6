package dev.orderlens.openai;

/**
 * The kind of server behind an OpenAI-style API. It decides the URL layout, the authentication header and
 * the defaults for parameters whose support differs between servers.
 */
public enum Provider {
    /** api.openai.com: {@code Authorization: Bearer}, {@code max_completion_tokens}, JSON schema output. */
    OPENAI("openai", StructuredOutput.JSON_SCHEMA, TokenLimitParameter.MAX_COMPLETION_TOKENS, true),
    /**
     * Azure OpenAI: the base URL is the resource endpoint; {@code api-key} header; with an API version the
     * deployment goes in the path ({@code /openai/deployments/{deployment}/...?api-version=}), without one the
     * v1 API ({@code /openai/v1/...}) is used with the deployment as the model.
     */
    AZURE("azure-openai", StructuredOutput.JSON_SCHEMA, TokenLimitParameter.MAX_TOKENS, true),
    /** Databricks Model Serving: base URL {@code https://{host}/serving-endpoints}, model = endpoint name. */
    DATABRICKS("databricks-model-serving", StructuredOutput.JSON_OBJECT, TokenLimitParameter.MAX_TOKENS, false),
    /** Any other OpenAI-compatible server: Ollama, vLLM, llama.cpp, LiteLLM and the like. */
    GENERIC_COMPATIBLE("openai-compatible", StructuredOutput.JSON_SCHEMA, TokenLimitParameter.MAX_TOKENS, true);

    private final String backendName;
    private final StructuredOutput defaultStructuredOutput;
    private final TokenLimitParameter defaultTokenLimitParameter;
    private final boolean defaultStreamUsage;

    Provider(String backendName, StructuredOutput defaultStructuredOutput,
            TokenLimitParameter defaultTokenLimitParameter, boolean defaultStreamUsage) {
        this.backendName = backendName;
        this.defaultStructuredOutput = defaultStructuredOutput;
        this.defaultTokenLimitParameter = defaultTokenLimitParameter;
        this.defaultStreamUsage = defaultStreamUsage;
    }

    /** The name failures are reported under ({@code BackendException.backend()}). */
    public String backendName() {
        return backendName;
    }

    public StructuredOutput defaultStructuredOutput() {
        return defaultStructuredOutput;
    }

    public TokenLimitParameter defaultTokenLimitParameter() {
        return defaultTokenLimitParameter;
    }

    /** Whether {@code stream_options.include_usage} is sent by default: off where support is unconfirmed. */
    public boolean defaultStreamUsage() {
        return defaultStreamUsage;
    }
}
