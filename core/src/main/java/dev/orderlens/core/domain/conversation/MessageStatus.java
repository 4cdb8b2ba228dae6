package dev.orderlens.core.domain.conversation;

import java.util.Locale;
import java.util.Optional;

/**
 * Where an archived message stands. A chat is archived as it is, whatever happened to its last answer, so that a
 * question whose answer failed or was cut short is kept with the rest of the chat.
 */
public enum MessageStatus {
    /** A question as asked, or an answer as given. */
    COMPLETE,
    /** An answer that was being written when the chat was saved. */
    PENDING,
    /** An answer that never came; the question before it is kept so that it can be asked again. */
    FAILED;

    /** The status as it is spelled in JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MessageStatus> parse(String label) {
        for (MessageStatus status : values()) {
            if (status.label().equals(label)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
