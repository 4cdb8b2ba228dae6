package dev.orderlens.core.domain.feedback;

import java.util.Locale;

/** A user's verdict on an answer. */
public enum Rating {
    LIKE,
    DISLIKE;

    public static Rating parse(String value) {
        if (value != null) {
            String normalized = value.strip().toUpperCase(Locale.ROOT);
            for (Rating rating : values()) {
                if (rating.name().equals(normalized)) {
                    return rating;
                }
            }
        }
        throw new IllegalArgumentException("rating must be 'like' or 'dislike' (was '" + value + "')");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
