package dev.orderlens.openai.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of {@code POST /chat/completions}. Null fields are left out, so exactly one of the two token
 * limit fields is sent and {@code stream_options} only with {@code stream: true}.
 */
public record ChatCompletionRequest(
        String model,
        List<WireMessage> messages,
        Double temperature,
        @JsonProperty("max_completion_tokens") Integer maxCompletionTokens,
        @JsonProperty("max_tokens") Integer maxTokens,
        @JsonProperty("response_format") WireResponseFormat responseFormat,
        Boolean stream,
        @JsonProperty("stream_options") StreamOptions streamOptions) {

    public record StreamOptions(@JsonProperty("include_usage") boolean includeUsage) {
    }
}
