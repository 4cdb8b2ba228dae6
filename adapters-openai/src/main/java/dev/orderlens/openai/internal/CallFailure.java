package dev.orderlens.openai.internal;

import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.BackendException.Kind;
import java.time.Duration;
import java.util.Optional;

/**
 * One failed attempt of a call: what kind of failure, whether another attempt may succeed, and how long the
 * server asked us to wait first.
 *
 * @param message names the call and the cause; already free of secrets
 * @param retryAfter the server's requested wait, if it gave one
 */
record CallFailure(Kind kind, String message, Throwable cause, boolean retryable, Optional<Duration> retryAfter) {

    static CallFailure retryable(Kind kind, String message, Throwable cause) {
        return new CallFailure(kind, message, cause, true, Optional.empty());
    }

    static CallFailure fatal(Kind kind, String message, Throwable cause) {
        return new CallFailure(kind, message, cause, false, Optional.empty());
    }

    /**
     * Classifies an HTTP error answer. Retried: 408, 409, 429 and 5xx (as the official SDKs do), unless the
     * server says otherwise with {@code x-should-retry}; never a 429 for a spent quota. How long to wait, and
     * whether a long {@code Retry-After} is worth it, is the retry policy's to decide.
     */
    static CallFailure fromStatus(String operation, int status, ApiError error, Optional<Boolean> shouldRetry,
            Optional<Duration> retryAfter) {
        String detail = detail(status, error);
        if (status == 429 && error.isQuotaExhausted()) {
            return fatal(Kind.REJECTED, operation + ": the account's quota is exhausted, check the plan and billing ("
                    + detail + ")", null);
        }
        boolean retryable = shouldRetry.orElse(isRetryableStatus(status));
        return new CallFailure(kind(status), operation + ": " + cause(status) + " (" + detail + ")", null, retryable,
                retryAfter);
    }

    /** @param outcome why the call ends here, such as {@code gave up after 2 retries}; empty to say nothing */
    BackendException toException(String backend, String outcome) {
        return new BackendException(backend, kind, outcome.isEmpty() ? message : message + ", " + outcome, cause);
    }

    private static boolean isRetryableStatus(int status) {
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }

    private static Kind kind(int status) {
        if (status == 401 || status == 403) {
            return Kind.UNAUTHORIZED;
        }
        if (status == 408) {
            return Kind.TIMEOUT;
        }
        if (status == 429) {
            return Kind.RATE_LIMITED;
        }
        return status >= 500 ? Kind.UNAVAILABLE : Kind.REJECTED;
    }

    private static String cause(int status) {
        switch (status) {
            case 401:
                return "the API key was refused";
            case 403:
                return "access denied: the key lacks permission for this model or region";
            case 404:
                return "unknown model or deployment, or a wrong base URL";
            case 408:
                return "the server timed out";
            case 429:
                return "rate limited";
            default:
                return status >= 500 ? "the server failed" : "the request was rejected";
        }
    }

    private static String detail(int status, ApiError error) {
        StringBuilder text = new StringBuilder("HTTP ").append(status);
        if (error.label() != null) {
            text.append(' ').append(error.label());
        }
        if (error.param() != null) {
            text.append(", param ").append(error.param());
        }
        if (error.message() != null) {
            text.append(": ").append(error.message());
        }
        return text.toString();
    }
}
