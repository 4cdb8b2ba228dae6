package dev.orderlens.databricks;

import dev.orderlens.databricks.internal.Authorizer;
import dev.orderlens.databricks.internal.RetryPolicy;
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

    /** Waits between retries and polls; tests substitute one that does not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

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
        RetryingHttp retrying = new RetryingHttp(http,
                new RetryPolicy(builder.maxAttempts, builder.initialBackoff, builder.maxBackoff, builder.maxRetryWait),
                sleeper::sleep, clock);
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
        private int maxAttempts = RetryPolicy.defaults().maxAttempts();
        private Duration initialBackoff = RetryPolicy.defaults().initialBackoff();
        private Duration maxBackoff = RetryPolicy.defaults().maxBackoff();
        private Duration maxRetryWait = RetryPolicy.defaults().maxWait();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = duration -> Thread.sleep(Math.max(0, duration.toMillis()));

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

        /** Attempts per call for 429, 503 and connection failures, counting the first. */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** Exponential backoff between retries when the server does not say how long to wait. */
        public Builder backoff(Duration initial, Duration max) {
            this.initialBackoff = Objects.requireNonNull(initial, "initial");
            this.maxBackoff = Objects.requireNonNull(max, "max");
            return this;
        }

        /** The longest wait honoured from a {@code Retry-After} header. */
        public Builder maxRetryWait(Duration maxRetryWait) {
            this.maxRetryWait = Objects.requireNonNull(maxRetryWait, "maxRetryWait");
            return this;
        }

        /** The clock for token expiry and statement deadlines. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

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
