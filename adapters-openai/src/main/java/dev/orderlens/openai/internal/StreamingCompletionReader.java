package dev.orderlens.openai.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderlens.core.domain.llm.Completion;
import dev.orderlens.core.domain.llm.TokenUsage;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.StreamInterruptedException;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads a chat completion stream, handing each content token on as it arrives. A stream that ends before
 * {@code [DONE]} and before a {@code finish_reason} was cut off: once tokens were handed on this is a
 * {@link StreamInterruptedException} carrying them; before that it is an IOException, so the call may be
 * retried as if the connection had failed.
 */
public final class StreamingCompletionReader implements ApiClient.BodyReader<Completion> {

    private final String backend;
    private final String operation;
    private final String configuredModel;
    private final Consumer<String> onToken;

    private final StringBuilder text = new StringBuilder();
    private TokenUsage usage = TokenUsage.NONE;
    private String model;
    private String finishReason;

    public StreamingCompletionReader(String backend, String operation, String configuredModel,
            Consumer<String> onToken) {
        this.backend = backend;
        this.operation = operation;
        this.configuredModel = configuredModel;
        this.onToken = onToken;
    }

    @Override
    public Completion read(InputStream body) throws IOException {
        startOver();
        SseEventReader events = new SseEventReader(
                new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)));
        try {
            String data;
            while ((data = events.next()) != null && !SseEventReader.DONE.equals(data)) {
                accept(data);
            }
            if (data == null && finishReason == null) {
                throw new EOFException("the stream ended without [DONE]");
            }
        } catch (IOException e) {
            if (text.length() == 0) {
                throw e;
            }
            throw interrupted(e.getMessage(), e);
        }
        return new Completion(text.toString(), usage, model != null ? model : configuredModel);
    }

    /** A retried call reads a fresh body; only a body that delivered no token is ever retried. */
    private void startOver() {
        text.setLength(0);
        usage = TokenUsage.NONE;
        model = null;
        finishReason = null;
    }

    private void accept(String data) {
        JsonNode node;
        ChatCompletionChunk chunk;
        try {
            node = Json.MAPPER.readTree(data);
            chunk = Json.MAPPER.treeToValue(node, ChatCompletionChunk.class);
        } catch (JacksonException e) {
            throw failure(Kind.INVALID_RESPONSE, "an event is not a chunk (" + e.getOriginalMessage() + ")");
        }
        if (node.has("error")) {
            ApiError error = ApiError.fromJson(node);
            throw failure(Kind.UNAVAILABLE, "the server sent an error mid-stream ("
                    + (error.label() == null ? "" : error.label() + ": ") + error.message() + ")");
        }
        if (chunk.model() != null) {
            model = chunk.model();
        }
        if (chunk.usage() != null) {
            usage = WireUsage.toDomain(chunk.usage());
        }
        for (ChatCompletionChunk.Choice choice : chunk.choicesOrEmpty()) {
            if (choice.index() == 0) {
                deliver(choice);
            }
        }
    }

    private void deliver(ChatCompletionChunk.Choice choice) {
        String token = choice.delta() == null ? null : choice.delta().content();
        if (token != null && !token.isEmpty()) {
            text.append(token);
            onToken.accept(token);
        }
        if (choice.finishReason() != null) {
            finishReason = choice.finishReason();
        }
    }

    private BackendException failure(Kind kind, String why) {
        return text.length() == 0
                ? new BackendException(backend, kind, operation + ": " + why)
                : interrupted(why, null);
    }

    private StreamInterruptedException interrupted(String why, Throwable cause) {
        return new StreamInterruptedException(backend, operation + ": the stream broke off after "
                + text.length() + " characters (" + why + ")", text.toString(), cause);
    }
}
