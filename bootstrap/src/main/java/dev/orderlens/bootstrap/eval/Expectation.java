package dev.orderlens.bootstrap.eval;

import java.util.Locale;
import java.util.Optional;

/**
 * What a question that should not be answered with a figure asks of the assistant ({@code "expect"} in an
 * evaluation file). Any other outcome on such a question is a silent wrong answer.
 */
public enum Expectation {
    /** An honest refusal: a clarifying answer saying the question is out of scope (asking back is an abstention). */
    REFUSE,
    /** A question back with at least one choice to pick. */
    CLARIFY,
    /** A question back, or an answer that says in words that it left the phrase out or assumed something for it. */
    MENTION;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Expectation> parse(String label) {
        for (Expectation expectation : values()) {
            if (expectation.label().equals(label)) {
                return Optional.of(expectation);
            }
        }
        return Optional.empty();
    }
}
