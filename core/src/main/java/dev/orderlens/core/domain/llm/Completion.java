package dev.orderlens.core.domain.llm;

import java.util.Objects;

/**
 * A language model's answer.
 *
 * @param model the model that answered, as the server named it
 */
public record Completion(String text, TokenUsage usage, String model) {
    public Completion {
        Objects.requireNonNull(text, "text");
        usage = usage == null ? TokenUsage.NONE : usage;
        model = model == null ? "" : model;
    }
}
