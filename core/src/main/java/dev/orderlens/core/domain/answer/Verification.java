package dev.orderlens.core.domain.answer;

import java.time.Instant;
import java.util.Objects;

/**
 * Says that an answer's query is one a person checked and saved as right for this question.
 *
 * @param id the saved question's id, for listing and removing it
 * @param savedBy who saved it
 * @param savedAt when
 */
public record Verification(String id, String savedBy, Instant savedAt) {
    public Verification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(savedBy, "savedBy");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
