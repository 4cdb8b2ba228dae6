package dev.orderlens.core.domain.conversation;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of a conversation: unguessable when OrderLens makes one, and restricted to characters that are safe in
 * keys, paths and logs whoever made it. Every edge (HTTP, the terminal, the Redis keys) checks a client's id here.
 */
public record SessionId(String value) {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{8,128}");

    /** @throws IllegalArgumentException naming the rule when the id is not valid */
    public SessionId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("sessionId must be 8 to 128 letters, digits, '-' or '_'");
        }
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID().toString());
    }

    /** @throws IllegalArgumentException naming the rule when the id is not valid */
    public static SessionId of(String value) {
        return new SessionId(value);
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
