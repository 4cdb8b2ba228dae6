package dev.orderlens.openai.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One {@code chat.completion.chunk} of a stream. {@code choices} is empty on the usage chunk and on Azure's
 * leading content-filter chunk.
 */
public record ChatCompletionChunk(String model, List<Choice> choices, WireUsage usage) {

    public List<Choice> choicesOrEmpty() {
        return choices == null ? List.of() : choices;
    }

    public record Choice(int index, Delta delta, @JsonProperty("finish_reason") String finishReason) {
    }

    public record Delta(String content, String refusal) {
    }
}
