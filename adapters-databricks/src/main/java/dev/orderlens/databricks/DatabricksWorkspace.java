package dev.orderlens.databricks;

import dev.orderlens.core.resilience.RetryPolicy;
import dev.orderlens.core.resilience.Sleeper;
import dev.orderlens.databricks.internal.Authorizer;
import dev.orderlens.databricks.internal.RetryingHttp;
import dev.orderlens.databricks.internal.WorkspaceClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * A connection to one Databricks workspace: its host, credentials (with one shared OAuth token cache),
 * timeouts and retry policy. The SQL warehouse, vector indexes and feedback store built on it share it.
 */
public final class DatabricksWorkspace {

    /** One retry more than the shared default: the workspace APIs throttle in short bursts. */
    private static final RetryPolicy DEFAULT_RETRY_POLICY = RetryPolicy.builder().maxRetries(3).build();

    private final URI host;
    private final WorkspaceClient client;
    private final Clock clock;
    private final Sleeper sleeper;

    private DatabricksWorkspace(Builder builder) {
        this.host = normalizeHost(Objects.requireNonNull(builder.host, "host"));
        Objects.requireNonNull(builder.credentials, "credentials");
        this.clock = builder.clock;
        this.sleeper = builder.sleeper;
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(builder.connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        RetryingHttp retrying = new RetryingHttp(http, builder.retryPolicy, sleeper, clock);
        Authorizer authorizer = builder.credentials.authorizer(host, retrying, builder.requestTimeout);
        this.client = new WorkspaceClient(host, retrying, authorizer, builder.requestTimeout);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A workspace from settings read from the environment, with default timeouts and retries. */
    public static DatabricksWorkspace from(DatabricksSettings settings) {
        return builder().host(settings.host()).credentials(settings.credentials()).build();
    }

    /** The workspace URL, e.g. {@code https://dbc-a1b2c3d4-e5f6.cloud.databricks.com}. */
    public URI host() {
        return host;
    }

    WorkspaceClient client() {
        return client;
    }

    Clock clock() {
        return clock;
    }

    Sleeper sleeper() {
        return sleeper;
    }

    /** Adds {@code https://} when no scheme is given and drops any path, query or trailing slash. */
    static URI normalizeHost(String host) {
        String trimmed = host.trim();
        URI uri = URI.create(trimmed.contains("://") ? trimmed : "https://" + trimmed);
        if (uri.getHost() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw new IllegalArgumentException("host must be a workspace URL such as https://adb-123.7.azuredatabricks.net");
        }
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority());
    }

    public static final class Builder {
        private String host;
        private DatabricksCredentials credentials;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private RetryPolicy retryPolicy = DEFAULT_RETRY_POLICY;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();

        private Builder() {
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder credentials(DatabricksCredentials credentials) {
            this.credentials = credentials;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        /** How long one HTTP call may take (a statement's server-side wait is added on top). */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = positive(requestTimeout, "requestTimeout");
            return this;
        }

        /**
         * When a call answered 429 or 503, or that could not connect, is tried again and how long to wait first.
         * Default: {@link RetryPolicy#defaults()} with 3 retries (4 attempts).
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** The clock for token expiry and statement deadlines. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How to wait between retries and statement polls (tests record the waits instead). */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        public DatabricksWorkspace build() {
            return new DatabricksWorkspace(this);
        }

        private static Duration positive(Duration value, String name) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return value;
        }
    }
}
