package dev.orderlens.core.domain.llm;

import java.util.List;
import java.util.Objects;

/**
 * A request to a language model.
 *
 * @param temperature 0..2
 * @param maxTokens the most tokens the answer may have
 */
public record CompletionRequest(List<ChatMessage> messages, double temperature, int maxTokens,
        ResponseFormat responseFormat) {
    public CompletionRequest {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a completion request needs at least one message");
        }
        if (temperature < 0 || temperature > 2) {
            throw new IllegalArgumentException("temperature must be within 0..2");
        }
        if (maxTokens <= 0) {
            throw new IllegalArgumentException("maxTokens must be positive");
        }
        Objects.requireNonNull(responseFormat, "responseFormat");
    }

    public static CompletionRequest text(List<ChatMessage> messages, double temperature, int maxTokens) {
        return new CompletionRequest(messages, temperature, maxTokens, ResponseFormat.TEXT);
    }
}
