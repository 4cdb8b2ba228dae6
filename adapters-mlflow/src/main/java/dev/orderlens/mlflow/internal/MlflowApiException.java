package dev.orderlens.mlflow.internal;

import dev.orderlens.core.port.BackendException;

/** MLflow answered with an error; {@link #errorCode()} is its {@code error_code}, which callers branch on. */
public final class MlflowApiException extends BackendException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorCode;

    MlflowApiException(Kind kind, String operation, int status, String errorCode, String message) {
        super(MlflowClient.BACKEND, kind, operation + " answered " + status + (errorCode.isEmpty() ? "" : " " + errorCode)
                + (message.isEmpty() ? "" : ": " + message));
        this.status = status;
        this.errorCode = errorCode;
    }

    public int status() {
        return status;
    }

    /** The {@code error_code} of the body, or empty when the body was not MLflow's JSON (e.g. from a proxy). */
    public String errorCode() {
        return errorCode;
    }

    static Kind kindOf(int status) {
        if (status == 401 || status == 403) {
            return Kind.UNAUTHORIZED;
        }
        if (status == 429) {
            return Kind.RATE_LIMITED;
        }
        if (status == 504) {
            return Kind.TIMEOUT;
        }
        return status >= 500 ? Kind.UNAVAILABLE : Kind.REJECTED;
    }
}
