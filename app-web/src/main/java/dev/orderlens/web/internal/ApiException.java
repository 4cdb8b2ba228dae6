package dev.orderlens.web.internal;

/**
 * A request the API refuses, answered as {@code {error:{code, message, field?}}} with a 4xx or 5xx status.
 * The message is written for the caller and never carries a stack trace or a secret.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String field;

    public ApiException(int status, String code, String field, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public static ApiException badField(String code, String field, String message) {
        return new ApiException(400, code, field, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The body field, parameter or header at fault, or {@code null}. */
    public String field() {
        return field;
    }
}
