package dev.orderlens.core.port;

/**
 * An outside system failed. Adapters throw it with a message that names the call that failed and never
 * contains a secret; the pipeline degrades the answer instead of failing the request.
 */
public class BackendException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of failure it was, so callers can decide to retry, fall back or report. */
    public enum Kind {
        /** The system could not be reached or answered 5xx. */
        UNAVAILABLE,
        /** It did not answer in time. */
        TIMEOUT,
        /** It asked us to slow down (429) and retries ran out. */
        RATE_LIMITED,
        /** The credentials were refused. */
        UNAUTHORIZED,
        /** It rejected the request itself (bad SQL, unknown model, bad parameters). */
        REJECTED,
        /** It answered something we could not understand. */
        INVALID_RESPONSE
    }

    private final String backend;
    private final Kind kind;

    public BackendException(String backend, Kind kind, String message) {
        this(backend, kind, message, null);
    }

    public BackendException(String backend, Kind kind, String message, Throwable cause) {
        super(backend + ": " + message, cause);
        this.backend = backend;
        this.kind = kind;
    }

    public String backend() {
        return backend;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the same call may succeed later. */
    public boolean isTransient() {
        return kind == Kind.UNAVAILABLE || kind == Kind.TIMEOUT || kind == Kind.RATE_LIMITED;
    }
}
