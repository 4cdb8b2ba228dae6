package dev.orderlens.openai.internal;

import java.util.regex.Pattern;

/**
 * Removes keys from text that leaves the adapter. Servers echo keys back in error messages (OpenAI shows a
 * masked prefix, proxies may show all of it), so the configured key and anything shaped like an OpenAI or
 * Databricks token are replaced.
 */
public final class SecretRedactor {

    private static final Pattern TOKEN_SHAPES = Pattern.compile("(sk-|dapi)[A-Za-z0-9_*.\\-]{3,}");

    private final String apiKey;

    public SecretRedactor(String apiKey) {
        this.apiKey = apiKey;
    }

    public String redact(String text) {
        String withoutKey = apiKey.isEmpty() ? text : text.replace(apiKey, "***");
        return TOKEN_SHAPES.matcher(withoutKey).replaceAll("$1***");
    }
}
