package dev.orderlens.core.domain.route;

import java.util.List;
import java.util.Objects;

/**
 * What OrderLens says instead of guessing: a question back when the question could mean several things, or an
 * honest "that is not in the data" when it is about something the orders and documents do not hold.
 *
 * @param reason why no answer was computed
 * @param text the question back or the refusal, in words (markdown)
 * @param choices questions the user can pick instead, each complete on its own (empty when none fit)
 */
public record Clarification(Reason reason, String text, List<String> choices) {

    /** How a question back to a vague question opens, whoever asks it back (the local rules or a model's verdict). */
    public static final String SEVERAL_FIGURES = "That could mean several figures, and I would rather not pick one "
            + "for you.";

    public enum Reason {
        /** The question can be read in several ways, or too little of it says what to compute. */
        AMBIGUOUS,
        /** The question is about something neither the orders nor the documents hold. */
        OUT_OF_SCOPE
    }

    public Clarification {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(text, "text");
        choices = List.copyOf(choices);
    }
}
