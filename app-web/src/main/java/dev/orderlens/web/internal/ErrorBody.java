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
}
