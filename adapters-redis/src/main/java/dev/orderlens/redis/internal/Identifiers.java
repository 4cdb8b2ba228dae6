package dev.orderlens.redis.internal;

import java.util.regex.Pattern;

/**
 * Checks owner and chat ids before they become parts of Redis keys (session ids check themselves: {@link
 * dev.orderlens.core.domain.conversation.SessionId}), so that no id can reach into another session's or owner's
 * keys (a {@code :} or {@code *} in an id would).
 */
public final class Identifiers {

    private static final Pattern KEY_PART = Pattern.compile("[A-Za-z0-9_.@-]{1,128}");

    private Identifiers() {
    }

    public static String requireKeyPart(String name, String value) {
        if (value == null || !KEY_PART.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    name + " must be 1 to 128 characters among A-Z, a-z, 0-9, '_', '.', '@' and '-'");
        }
        return value;
    }
}
