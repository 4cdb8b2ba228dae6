package dev.orderlens.openai.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A non-streaming chat completion. Databricks may send {@code id} and {@code finish_reason} as null. */
public record ChatCompletionResponse(String id, String model, List<Choice> choices, WireUsage usage) {

    public record Choice(int index, Message message, @JsonProperty("finish_reason") String finishReason) {
    }

    public record Message(String role, String content, String refusal) {
    }
}
