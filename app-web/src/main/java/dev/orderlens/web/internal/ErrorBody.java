package dev.orderlens.web.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The API's one error shape: {@code {error:{code, message, field?}}}. */
public final class ErrorBody {

    private ErrorBody() {
    }

    public static Map<String, Object> of(String code, String message, String field) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        if (field != null) {
            error.put("field", field);
        }
        return Map.of("error", error);
    }

    public static Map<String, Object> of(ApiException e) {
        return of(e.code(), e.getMessage(), e.field());
    }

    /** The error code for an HTTP status the app did not choose itself (Jetty's or Javalin's own refusals). */
    public static String codeOf(int status) {
        return switch (status) {
            case 413 -> "body_too_large";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "request_timeout";
            case 426, 505 -> "http_version_not_supported";
            default -> status < 500 ? "bad_request" : "internal_error";
        };
    }
}
