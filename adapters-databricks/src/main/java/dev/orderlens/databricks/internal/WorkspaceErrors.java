package dev.orderlens.databricks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.BackendException.Kind;
import java.util.List;

/** Turns a non-2xx answer into a {@link BackendException} that names the call and carries no secret. */
final class WorkspaceErrors {

    private static final int MAX_BODY_IN_MESSAGE = 300;

    private WorkspaceErrors() {
    }

    static BackendException fromResponse(String call, int status, String body, List<String> secrets) {
        return new BackendException(Authorizer.BACKEND, kindOf(status), message(call, status, body, secrets));
    }

    static String message(String call, int status, String body, List<String> secrets) {
        String detail = Redactor.redact(describeBody(body), secrets);
        return call + " failed: HTTP " + status + (detail.isEmpty() ? "" : " " + detail);
    }

    static Kind kindOf(int status) {
        if (status == 401 || status == 403) {
            return Kind.UNAUTHORIZED;
        }
        if (status == 429) {
            return Kind.RATE_LIMITED;
        }
        if (status == 408 || status == 504) {
            return Kind.TIMEOUT;
        }
        if (status >= 500) {
            return Kind.UNAVAILABLE;
        }
        return Kind.REJECTED;
    }

    /** The Databricks envelope's code and message, the OAuth error fields, or the raw text (gateways send HTML). */
    private static String describeBody(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode json = Json.WIRE.readTree(body);
            if (json != null && json.isObject()) {
                String code = firstText(json, "error_code", "error", "errorCode");
                String message = firstText(json, "message", "error_description", "errorSummary");
                String joined = (code + (code.isEmpty() || message.isEmpty() ? "" : ": ") + message).trim();
                if (!joined.isEmpty()) {
                    return joined;
                }
            }
        } catch (java.io.IOException notJson) {
            // fall through to the raw text
        }
        String text = body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
        return text.length() > MAX_BODY_IN_MESSAGE ? text.substring(0, MAX_BODY_IN_MESSAGE) + "…" : text;
    }

    private static String firstText(JsonNode json, String... fields) {
        for (String field : fields) {
            JsonNode value = json.get(field);
            if (value != null && !value.isNull() && !value.isContainerNode()) {
                return value.asText();
            }
        }
        return "";
    }
}
