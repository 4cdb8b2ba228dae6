package dev.orderlens.openai.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * An error body in any of the shapes servers send: OpenAI's {@code {"error":{message,type,param,code}}}
 * (Azure with a string code and no type), Databricks' {@code {"error_code","message"}}, a bare
 * {@code {"error":"text"}} (Ollama), or something that is not JSON at all (a proxy's HTML page).
 *
 * @param code the machine-readable code ({@code invalid_api_key}, {@code REQUEST_LIMIT_EXCEEDED}), or null
 * @param type OpenAI's error type ({@code insufficient_quota}), or null
 * @param param the offending request field, or null
 */
public record ApiError(String code, String type, String param, String message) {

    private static final int MAX_TEXT = 300;

    public static ApiError parse(String body) {
        try {
            return fromJson(Json.MAPPER.readTree(body));
        } catch (IOException | RuntimeException notJson) {
            return new ApiError(null, null, null, rawText(body));
        }
    }

    public static ApiError fromJson(JsonNode node) {
        JsonNode error = node.path("error");
        if (error.isObject()) {
            return new ApiError(text(error, "code"), text(error, "type"), text(error, "param"),
                    text(error, "message"));
        }
        if (error.isTextual()) {
            return new ApiError(null, null, null, error.asText());
        }
        if (node.has("error_code")) {
            return new ApiError(text(node, "error_code"), null, null, text(node, "message"));
        }
        return new ApiError(null, null, null, rawText(node.toString()));
    }

    public boolean isQuotaExhausted() {
        return "insufficient_quota".equals(code) || "insufficient_quota".equals(type);
    }

    /** The code, or the type when there is no code, for messages. */
    public String label() {
        return code != null ? code : type;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String rawText(String body) {
        String collapsed = body.replaceAll("\\s+", " ").trim();
        if (collapsed.isEmpty()) {
            return null;
        }
        return collapsed.length() <= MAX_TEXT ? collapsed : collapsed.substring(0, MAX_TEXT) + "…";
    }
}
