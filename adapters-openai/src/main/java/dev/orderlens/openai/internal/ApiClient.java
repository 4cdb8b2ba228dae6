package dev.orderlens.openai.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.resilience.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends JSON POSTs to an OpenAI-style server: at most {@code maxConcurrentRequests} at a time, retried as
 * {@link RetryPolicy} says, every failure turned into a {@link BackendException} without the key in it.
 */
public final class ApiClient {

    /** Reads a 2xx body. An IOException before anything was handed on lets the call be retried. */
    @FunctionalInterface
    public interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ApiClient.class);
    private static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

    private final ClientConfig config;
    private final Semaphore slots;
    private final SecretRedactor redactor;

    public ApiClient(ClientConfig config) {
        this.config = config;
        this.slots = new Semaphore(config.maxConcurrentRequests(), true);
        this.redactor = new SecretRedactor(config.apiKey());
    }

    /**
     * @param operation names the call in messages, e.g. {@code POST /chat/completions (model gpt-4o-mini)}
     */
    public <T> T post(String operation, URI uri, Object body, BodyReader<T> reader) {
        HttpRequest request = request(uri, serialize(body));
        RetryPolicy policy = config.retryPolicy();
        for (int retries = 0; ; retries++) {
            Outcome<T> outcome = attempt(operation, request, reader);
            if (outcome.failure == null) {
                return outcome.value;
            }
            CallFailure failure = outcome.failure;
            if (!failure.retryable()) {
                throw failure.toException(config.backend(), "");
            }
            RetryPolicy.Decision next = policy.afterFailure(retries, failure.retryAfter());
            if (!next.retries()) {
                throw failure.toException(config.backend(), next.reason());
            }
            LOG.info("{} will be retried in {} ms: {}", operation, next.pause().toMillis(), failure.message());
            try {
                config.sleeper().sleep(next.pause());
            } catch (InterruptedException e) {
                throw interrupted(operation, e);
            }
        }
    }

    private <T> Outcome<T> attempt(String operation, HttpRequest request, BodyReader<T> reader) {
        acquireSlot(operation);
        try {
            long started = System.nanoTime();
            HttpResponse<InputStream> response;
            try {
                response = config.httpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpConnectTimeoutException e) {
                return Outcome.failed(CallFailure.retryable(Kind.UNAVAILABLE,
                        operation + ": could not connect to " + request.uri().getHost() + " in time", e));
            } catch (HttpTimeoutException e) {
                return Outcome.failed(CallFailure.fatal(Kind.TIMEOUT, operation + ": no answer within "
                        + config.readTimeout().toMillis() + " ms", e));
            } catch (IOException e) {
                return Outcome.failed(CallFailure.retryable(Kind.UNAVAILABLE,
                        operation + ": connection failed (" + describe(e) + ")", e));
            }
            return readResponse(operation, response, reader, started);
        } catch (InterruptedException e) {
            throw interrupted(operation, e);
        } finally {
            slots.release();
        }
    }

    private <T> Outcome<T> readResponse(String operation, HttpResponse<InputStream> response,
            BodyReader<T> reader, long started) {
        String requestId = response.headers().firstValue("x-request-id").orElse("-");
        try (InputStream body = new IdleTimeoutInputStream(response.body(), config.readTimeout())) {
            if (response.statusCode() / 100 == 2) {
                T value = reader.read(body);
                LOG.debug("{} answered in {} ms (x-request-id {})", operation, elapsedMillis(started), requestId);
                return Outcome.succeeded(value);
            }
            String errorBody = new String(body.readNBytes(MAX_ERROR_BODY_BYTES), StandardCharsets.UTF_8);
            LOG.debug("{} failed with HTTP {} in {} ms (x-request-id {})", operation, response.statusCode(),
                    elapsedMillis(started), requestId);
            return Outcome.failed(statusFailure(operation, response, errorBody));
        } catch (HttpTimeoutException e) {
            return Outcome.failed(CallFailure.fatal(Kind.TIMEOUT,
                    operation + ": the server stopped sending (" + e.getMessage() + ")", e));
        } catch (IOException e) {
            return Outcome.failed(CallFailure.retryable(Kind.UNAVAILABLE,
                    operation + ": the connection broke while reading the answer (" + describe(e) + ")", e));
        }
    }

    private CallFailure statusFailure(String operation, HttpResponse<?> response, String body) {
        ApiError raw = ApiError.parse(body);
        ApiError error = new ApiError(raw.code(), raw.type(), raw.param(),
                raw.message() == null ? null : redactor.redact(raw.message()));
        HttpHeaders headers = response.headers();
        Optional<Boolean> shouldRetry = headers.firstValue("x-should-retry").map(Boolean::parseBoolean);
        return CallFailure.fromStatus(operation, response.statusCode(), error, shouldRetry,
                RetryPolicy.retryAfter(headers::firstValue, Instant.now()));
    }

    private HttpRequest request(URI uri, byte[] json) {
        return config.routes().authorize(HttpRequest.newBuilder(uri), config.apiKey())
                .timeout(config.readTimeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                .build();
    }

    private void acquireSlot(String operation) {
        try {
            if (!slots.tryAcquire(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BackendException(config.backend(), Kind.TIMEOUT, operation + ": all "
                        + config.maxConcurrentRequests() + " request slots stayed busy for "
                        + config.readTimeout().toMillis() + " ms");
            }
        } catch (InterruptedException e) {
            throw interrupted(operation, e);
        }
    }

    private BackendException interrupted(String operation, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new BackendException(config.backend(), Kind.UNAVAILABLE, operation + ": interrupted", e);
    }

    private String describe(IOException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return redactor.redact(text);
    }

    private static byte[] serialize(Object body) {
        try {
            return Json.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + body.getClass().getSimpleName(), e);
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static final class Outcome<T> {
        private final T value;
        private final CallFailure failure;

        private Outcome(T value, CallFailure failure) {
            this.value = value;
            this.failure = failure;
        }

        static <T> Outcome<T> succeeded(T value) {
            return new Outcome<>(value, null);
        }

        static <T> Outcome<T> failed(CallFailure failure) {
            return new Outcome<>(null, failure);
        }
    }
}
