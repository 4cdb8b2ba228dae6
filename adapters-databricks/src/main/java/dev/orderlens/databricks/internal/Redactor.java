package dev.orderlens.databricks.internal;

import java.util.List;

/** Removes secrets from text that may end up in an exception message or a log line. */
final class Redactor {

    private Redactor() {
    }

    static String redact(String text, List<String> secrets) {
        if (text == null) {
            return "";
        }
        String clean = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 4) {
                clean = clean.replace(secret, "***");
            }
        }
        return clean;
    }
}
