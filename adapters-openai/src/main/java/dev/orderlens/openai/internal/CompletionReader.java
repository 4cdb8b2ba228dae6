package dev.orderlens.openai.internal;

import com.fasterxml.jackson.core.JacksonException;
import dev.orderlens.core.domain.llm.Completion;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.BackendException;
import java.io.IOException;
import java.io.InputStream;

/** Reads a non-streaming chat completion into a {@link Completion}. */
public final class CompletionReader implements ApiClient.BodyReader<Completion> {

    private final String backend;
    private final String operation;
    private final String configuredModel;

    public CompletionReader(String backend, String operation, String configuredModel) {
        this.backend = backend;
        this.operation = operation;
        this.configuredModel = configuredModel;
    }

    @Override
    public Completion read(InputStream body) throws IOException {
        byte[] bytes = body.readAllBytes();
        ChatCompletionResponse response;
        try {
            response = Json.MAPPER.readValue(bytes, ChatCompletionResponse.class);
        } catch (JacksonException e) {
            throw invalid("the answer is not a chat completion (" + e.getOriginalMessage() + ")");
        }
        if (response == null || response.choices() == null || response.choices().isEmpty()) {
            throw invalid("the answer has no choices");
        }
        ChatCompletionResponse.Choice choice = response.choices().get(0);
        ChatCompletionResponse.Message message = choice.message();
        if (message != null && message.content() != null) {
            String model = response.model() != null ? response.model() : configuredModel;
            return new Completion(message.content(), WireUsage.toDomain(response.usage()), model);
        }
        if (message != null && message.refusal() != null) {
            throw new BackendException(backend, Kind.REJECTED, operation + ": the model refused: " + message.refusal());
        }
        if ("content_filter".equals(choice.finishReason())) {
            throw new BackendException(backend, Kind.REJECTED, operation + ": the answer was withheld by the content filter");
        }
        throw invalid("the answer has no content (finish_reason " + choice.finishReason() + ")");
    }

    private BackendException invalid(String why) {
        return new BackendException(backend, Kind.INVALID_RESPONSE, operation + ": " + why);
    }
}
