package dev.orderlens.openai;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the OpenAI-style models live, read from environment-style settings. Azure OpenAI is chosen by
 * {@code AZURE_OPENAI_ENDPOINT}; otherwise {@code OPENAI_BASE_URL} decides: api.openai.com is OpenAI, a
 * {@code /serving-endpoints} path is Databricks Model Serving, anything else a compatible server.
 *
 * @param apiKey empty for servers that need no key
 * @param embeddingModel absent when the embedded embedding model should stay in use
 * @param azureApiVersion Azure's dated API version, or null for its v1 API (and for other providers)
 * @param maxConcurrentRequests model calls in flight at once per client; further calls wait for a slot
 */
public record OpenAiSettings(Provider provider, String baseUrl, String apiKey, String chatModel,
        Optional<String> embeddingModel, StructuredOutput structuredOutput, TokenLimitParameter tokenLimitParameter,
        String azureApiVersion, int maxConcurrentRequests) {

    public static final String DEFAULT_CHAT_MODEL = "gpt-4o-mini";

    public OpenAiSettings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(baseUrl, "baseUrl");
        apiKey = apiKey == null ? "" : apiKey;
        Objects.requireNonNull(chatModel, "chatModel");
        Objects.requireNonNull(embeddingModel, "embeddingModel");
        Objects.requireNonNull(structuredOutput, "structuredOutput");
        Objects.requireNonNull(tokenLimitParameter, "tokenLimitParameter");
        if (maxConcurrentRequests < 1) {
            throw new IllegalArgumentException("maxConcurrentRequests must be at least 1");
        }
    }

    /**
     * Reads {@code OPENAI_API_KEY}, {@code OPENAI_BASE_URL}, {@code OPENAI_CHAT_MODEL},
     * {@code OPENAI_EMBEDDING_MODEL}, {@code OPENAI_STRUCTURED_OUTPUT} ({@code json_schema}, {@code json_object},
     * {@code prompt_only}), {@code OPENAI_TOKEN_LIMIT_PARAMETER} ({@code max_completion_tokens},
     * {@code max_tokens}), {@code OPENAI_MAX_CONCURRENT_REQUESTS} (default 8) and, for Azure, {@code AZURE_OPENAI_ENDPOINT}, {@code AZURE_OPENAI_API_KEY},
     * {@code AZURE_OPENAI_DEPLOYMENT}, {@code AZURE_OPENAI_EMBEDDING_DEPLOYMENT},
     * {@code AZURE_OPENAI_API_VERSION} (alias {@code OPENAI_API_VERSION}). Blank values count as absent.
     *
     * @return empty when neither a key nor a server is configured
     * @throws IllegalArgumentException naming the variable when a value is invalid or a required one missing
     */
    public static Optional<OpenAiSettings> from(Map<String, String> env) {
        Env settings = new Env(env);
        if (settings.get("AZURE_OPENAI_ENDPOINT").isPresent()) {
            return Optional.of(azure(settings));
        }
        Optional<String> key = settings.get("OPENAI_API_KEY");
        Optional<String> base = settings.get("OPENAI_BASE_URL");
        if (key.isEmpty() && base.isEmpty()) {
            return Optional.empty();
        }
        String baseUrl = base.map(url -> settings.url("OPENAI_BASE_URL")).orElse(ClientBuilder.OPENAI_BASE_URL);
        Provider provider = providerOf(URI.create(baseUrl));
        if (provider == Provider.OPENAI && key.isEmpty()) {
            throw new IllegalArgumentException("OPENAI_API_KEY is required for " + baseUrl);
        }
        return Optional.of(new OpenAiSettings(provider, baseUrl, key.orElse(""),
                settings.get("OPENAI_CHAT_MODEL").orElse(DEFAULT_CHAT_MODEL),
                settings.get("OPENAI_EMBEDDING_MODEL"),
                settings.structuredOutput(provider), settings.tokenLimitParameter(provider), null,
                settings.maxConcurrentRequests()));
    }

    private static OpenAiSettings azure(Env settings) {
        String endpoint = settings.url("AZURE_OPENAI_ENDPOINT");
        String key = settings.get("AZURE_OPENAI_API_KEY").or(() -> settings.get("OPENAI_API_KEY"))
                .orElseThrow(() -> new IllegalArgumentException(
                        "AZURE_OPENAI_API_KEY is required when AZURE_OPENAI_ENDPOINT is set"));
        String deployment = settings.get("AZURE_OPENAI_DEPLOYMENT").or(() -> settings.get("OPENAI_CHAT_MODEL"))
                .orElseThrow(() -> new IllegalArgumentException(
                        "AZURE_OPENAI_DEPLOYMENT is required when AZURE_OPENAI_ENDPOINT is set"));
        return new OpenAiSettings(Provider.AZURE, endpoint, key, deployment,
                settings.get("AZURE_OPENAI_EMBEDDING_DEPLOYMENT").or(() -> settings.get("OPENAI_EMBEDDING_MODEL")),
                settings.structuredOutput(Provider.AZURE), settings.tokenLimitParameter(Provider.AZURE),
                settings.get("AZURE_OPENAI_API_VERSION").or(() -> settings.get("OPENAI_API_VERSION")).orElse(null),
                settings.maxConcurrentRequests());
    }

    private static Provider providerOf(URI baseUrl) {
        if ("api.openai.com".equalsIgnoreCase(baseUrl.getHost())) {
            return Provider.OPENAI;
        }
        String path = baseUrl.getPath() == null ? "" : baseUrl.getPath();
        return path.contains("/serving-endpoints") ? Provider.DATABRICKS : Provider.GENERIC_COMPATIBLE;
    }

    public OpenAiLanguageModel buildLanguageModel() {
        return OpenAiLanguageModel.builder()
                .provider(provider)
                .baseUrl(baseUrl)
                .apiKey(apiKey)
                .model(chatModel)
                .azureApiVersion(azureApiVersion)
                .structuredOutput(structuredOutput)
                .tokenLimitParameter(tokenLimitParameter)
                .maxConcurrentRequests(maxConcurrentRequests)
                .build();
    }

    /** The embedding model, when {@code OPENAI_EMBEDDING_MODEL} (or Azure's deployment) names one. */
    public Optional<OpenAiEmbeddingModel> buildEmbeddingModel() {
        return embeddingModel.map(model -> OpenAiEmbeddingModel.builder()
                .provider(provider)
                .baseUrl(baseUrl)
                .apiKey(apiKey)
                .model(model)
                .azureApiVersion(azureApiVersion)
                .maxConcurrentRequests(maxConcurrentRequests)
                .build());
    }

    @Override
    public String toString() {
        return "OpenAiSettings[provider=" + provider + ", baseUrl=" + baseUrl
                + ", apiKey=" + (apiKey.isEmpty() ? "(none)" : "***")
                + ", chatModel=" + chatModel + ", embeddingModel=" + embeddingModel.orElse("(embedded)")
                + ", structuredOutput=" + structuredOutput + ", tokenLimitParameter=" + tokenLimitParameter
                + ", azureApiVersion=" + azureApiVersion + ", maxConcurrentRequests=" + maxConcurrentRequests + "]";
    }

    /** Reads and checks single variables, naming the variable in every complaint. */
    private static final class Env {
        private final Map<String, String> values;

        Env(Map<String, String> values) {
            this.values = values;
        }

        Optional<String> get(String name) {
            return Optional.ofNullable(values.get(name)).map(String::trim).filter(value -> !value.isEmpty());
        }

        String url(String name) {
            String value = get(name).orElseThrow();
            try {
                URI uri = URI.create(value);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return value.replaceAll("/+$", "");
                }
            } catch (IllegalArgumentException notAUri) {
                // reported below with the variable's name
            }
            throw new IllegalArgumentException(name + " must be an http(s) URL such as https://host/v1, got '"
                    + value + "'");
        }

        StructuredOutput structuredOutput(Provider provider) {
            return option("OPENAI_STRUCTURED_OUTPUT", StructuredOutput.values())
                    .orElse(provider.defaultStructuredOutput());
        }

        TokenLimitParameter tokenLimitParameter(Provider provider) {
            return option("OPENAI_TOKEN_LIMIT_PARAMETER", TokenLimitParameter.values())
                    .orElse(provider.defaultTokenLimitParameter());
        }

        int maxConcurrentRequests() {
            String name = "OPENAI_MAX_CONCURRENT_REQUESTS";
            Optional<String> value = get(name);
            if (value.isEmpty()) {
                return ClientBuilder.DEFAULT_MAX_CONCURRENT_REQUESTS;
            }
            try {
                int limit = Integer.parseInt(value.get());
                if (limit >= 1) {
                    return limit;
                }
            } catch (NumberFormatException notANumber) {
                // reported below with the variable's name
            }
            throw new IllegalArgumentException(name + " must be a whole number of at least 1, got '" + value.get()
                    + "'");
        }

        private <E extends Enum<E>> Optional<E> option(String name, E[] choices) {
            return get(name).map(value -> Arrays.stream(choices)
                    .filter(choice -> choice.name().equalsIgnoreCase(value.replace('-', '_')))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(name + " must be one of "
                            + Arrays.stream(choices).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()
                            + ", got '" + value + "'")));
        }
    }
}
