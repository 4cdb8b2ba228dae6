package dev.orderlens.redis.internal;

import java.util.regex.Pattern;

/**
 * Checks ids before they become parts of Redis keys, so that no id can reach into another session's or owner's
 * keys (a {@code :} or {@code *} in an id would).
 */
public final class Identifiers {

    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{8,128}");
    private static final Pattern KEY_PART = Pattern.compile("[A-Za-z0-9_.@-]{1,128}");

    private Identifiers() {
    }

    public static String requireSessionId(String sessionId) {
        if (sessionId == null || !SESSION_ID.matcher(sessionId).matches()) {
            throw new IllegalArgumentException(
                    "sessionId must be 8 to 128 characters among A-Z, a-z, 0-9, '_' and '-'");
        }
        return sessionId;
    }

    public static String requireKeyPart(String name, String value) {
        if (value == null || !KEY_PART.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    name + " must be 1 to 128 characters among A-Z, a-z, 0-9, '_', '.', '@' and '-'");
        }
        return value;
    }
}
