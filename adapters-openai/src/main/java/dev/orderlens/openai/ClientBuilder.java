package dev.orderlens.openai;

import dev.orderlens.core.resilience.RetryPolicy;
import dev.orderlens.core.resilience.Sleeper;
import dev.orderlens.openai.internal.ClientConfig;
import dev.orderlens.openai.internal.ServerRoutes;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;

/**
 * The connection settings both models share. Every default is filled in here, in {@link #clientConfig()}.
 *
 * @param <B> the concrete builder, so that chained calls keep its own methods
 */
abstract class ClientBuilder<B extends ClientBuilder<B>> {

    static final String OPENAI_BASE_URL = "https://api.openai.com/v1";
    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
    static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 8;

    Provider provider = Provider.OPENAI;
    private String baseUrl;
    private String apiKey;
    private String model;
    private String azureApiVersion;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private int maxConcurrentRequests = DEFAULT_MAX_CONCURRENT_REQUESTS;
    private HttpClient httpClient;
    private Sleeper sleeper = Sleeper.system();

    abstract B self();

    /** Which kind of server; decides URLs, the key header and parameter defaults. Default OPENAI. */
    public B provider(Provider provider) {
        this.provider = Objects.requireNonNull(provider, "provider");
        return self();
    }

    /**
     * The API root: {@code https://api.openai.com/v1} (the default for OPENAI), Azure's resource endpoint
     * ({@code https://{resource}.openai.azure.com}), {@code https://{host}/serving-endpoints} for Databricks,
     * {@code http://localhost:11434/v1} for Ollama.
     */
    public B baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
        return self();
    }

    /** The key; may be left out for local servers that need none. */
    public B apiKey(String apiKey) {
        this.apiKey = apiKey;
        return self();
    }

    /** The model; for Azure the deployment name, for Databricks the serving endpoint name. */
    public B model(String model) {
        this.model = model;
        return self();
    }

    /** Azure only: a dated {@code api-version} selects the deployment-path API; without one the v1 API is used. */
    public B azureApiVersion(String azureApiVersion) {
        this.azureApiVersion = azureApiVersion;
        return self();
    }

    /** How long connecting may take. Default 10 s. Ignored when an {@link #httpClient} is given. */
    public B connectTimeout(Duration connectTimeout) {
        this.connectTimeout = positive(connectTimeout, "connectTimeout");
        return self();
    }

    /** How long to wait for the answer to start, and then for each further piece of it. Default 60 s. */
    public B readTimeout(Duration readTimeout) {
        this.readTimeout = positive(readTimeout, "readTimeout");
        return self();
    }

    /**
     * When a call answered 408, 409, 429 or 5xx, or whose connection failed, is tried again and how long to wait
     * first. Default {@link RetryPolicy#defaults()}: 2 retries, a {@code Retry-After} honoured up to 30 s.
     */
    public B retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return self();
    }

    /** How many requests this client has in flight at most; further callers wait. Default 8. */
    public B maxConcurrentRequests(int maxConcurrentRequests) {
        if (maxConcurrentRequests < 1) {
            throw new IllegalArgumentException("maxConcurrentRequests must be at least 1");
        }
        this.maxConcurrentRequests = maxConcurrentRequests;
        return self();
    }

    /** The HTTP client to use instead of a new one (shared pools, proxies, tests). */
    public B httpClient(HttpClient httpClient) {
        this.httpClient = httpClient;
        return self();
    }

    /** How to wait between retries (tests record the waits instead). */
    public B sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return self();
    }

    ClientConfig clientConfig() {
        String key = apiKey == null ? "" : apiKey.trim();
        if (model == null || model.isBlank()) {
            throw new IllegalStateException("model is required (for Azure the deployment name)");
        }
        if (key.isEmpty() && (provider == Provider.OPENAI || provider == Provider.AZURE)) {
            throw new IllegalStateException("apiKey is required for " + provider);
        }
        if (azureApiVersion != null && provider != Provider.AZURE) {
            throw new IllegalStateException("azureApiVersion applies to the AZURE provider only");
        }
        URI base = baseUri();
        HttpClient client = httpClient != null ? httpClient
                : HttpClient.newBuilder()
                        .connectTimeout(connectTimeout)
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
        return new ClientConfig(provider, new ServerRoutes(provider, base, model.trim(), azureApiVersion), key,
                model.trim(), readTimeout, retryPolicy, sleeper, maxConcurrentRequests, client);
    }

    private URI baseUri() {
        String url = baseUrl != null ? baseUrl.trim() : provider == Provider.OPENAI ? OPENAI_BASE_URL : null;
        if (url == null || url.isEmpty()) {
            throw new IllegalStateException("baseUrl is required for " + provider);
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("baseUrl is not a URL: " + url, e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalStateException("baseUrl must be an http(s) URL with a host: " + url);
        }
        return uri;
    }

    private static Duration positive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return duration;
    }
}
