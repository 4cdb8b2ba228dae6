package dev.orderlens.databricks.internal;

import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.resilience.RetryPolicy;
import dev.orderlens.core.resilience.Sleeper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a request and repeats it, as the {@link RetryPolicy} says, on 429 and 503 and on connection failures. A
 * request that may have reached the server (a read timeout, a reset) is repeated only when it is idempotent, so
 * that a statement is never started twice. Other statuses, and the last answer when the policy gives up, are
 * returned to the caller as they are.
 */
public final class RetryingHttp {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingHttp.class);

    private final HttpClient http;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;

    public RetryingHttp(HttpClient http, RetryPolicy policy, Sleeper sleeper, Clock clock) {
        this.http = http;
        this.policy = policy;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Sends the request built by {@code request} (built anew per attempt, so that a refreshed token is used)
     * and returns the last response; throws when no response came at all.
     */
    public HttpResponse<String> send(String call, Supplier<HttpRequest> request, boolean idempotent)
            throws InterruptedException {
        for (int retries = 0; ; retries++) {
            try {
                HttpResponse<String> response = http.send(request.get(), HttpResponse.BodyHandlers.ofString());
                if (!isRetriable(response.statusCode())) {
                    return response;
                }
                RetryPolicy.Decision next = policy.afterFailure(retries,
                        RetryPolicy.retryAfter(response.headers()::firstValue, clock.instant()));
                if (!next.retries()) {
                    LOG.info("{} answered HTTP {}; {}", call, response.statusCode(), next.reason());
                    return response;
                }
                LOG.debug("{} answered HTTP {}; retrying in {} ms", call, response.statusCode(),
                        next.pause().toMillis());
                sleeper.sleep(next.pause());
            } catch (IOException e) {
                boolean safeToRepeat = idempotent || e instanceof ConnectException
                        || e instanceof HttpConnectTimeoutException;
                RetryPolicy.Decision next = policy.afterFailure(retries, Optional.empty());
                if (!safeToRepeat || !next.retries()) {
                    throw failure(call, e);
                }
                LOG.debug("{} failed ({}); retrying in {} ms", call, e.getClass().getSimpleName(),
                        next.pause().toMillis());
                sleeper.sleep(next.pause());
            }
        }
    }

    static boolean isRetriable(int status) {
        return status == 429 || status == 503;
    }

    private static BackendException failure(String call, IOException e) {
        if (e instanceof HttpTimeoutException) {
            return new BackendException(Authorizer.BACKEND, Kind.TIMEOUT, call + " timed out", e);
        }
        return new BackendException(Authorizer.BACKEND, Kind.UNAVAILABLE,
                call + " failed: workspace unreachable (" + e.getClass().getSimpleName() + ")", e);
    }
}
