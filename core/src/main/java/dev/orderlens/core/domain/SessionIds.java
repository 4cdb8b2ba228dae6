package dev.orderlens.core.domain;

import java.util.UUID;
import java.util.regex.Pattern;

/** Session ids: unguessable, and restricted to characters that are safe in keys, paths and logs. */
public final class SessionIds {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{8,128}");

    private SessionIds() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static boolean isValid(String sessionId) {
        return sessionId != null && VALID.matcher(sessionId).matches();
    }

    /** @throws IllegalArgumentException naming the rule when the id is not valid */
    public static String requireValid(String sessionId) {
        if (!isValid(sessionId)) {
            throw new IllegalArgumentException(
                    "sessionId must be 8 to 128 letters, digits, '-' or '_'");
        }
        return sessionId;
    }
}
