package dev.orderlens.openai.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.orderlens.core.domain.llm.TokenUsage;

/** {@code usage} of a chat or embeddings response; embeddings report no completion tokens. */
public record WireUsage(@JsonProperty("prompt_tokens") long promptTokens,
        @JsonProperty("completion_tokens") long completionTokens) {

    public static TokenUsage toDomain(WireUsage usage) {
        return usage == null ? TokenUsage.NONE : new TokenUsage(usage.promptTokens, usage.completionTokens);
    }
}
