package dev.orderlens.openai.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderlens.core.domain.llm.ChatMessage;
import dev.orderlens.core.domain.llm.CompletionRequest;
import dev.orderlens.core.domain.llm.ResponseFormat;
import dev.orderlens.openai.StructuredOutput;
import dev.orderlens.openai.TokenLimitParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a domain {@link CompletionRequest} into the wire request for one server's abilities. Where the
 * server cannot enforce the requested JSON shape, the shape is asked for in the system prompt instead;
 * JSON mode also needs the word "JSON" in the messages, or OpenAI rejects the request.
 */
public final class ChatRequestFactory {

    private static final String JSON_ONLY =
            "Answer with a single JSON object and nothing else (no prose, no code fences).";

    private final String model;
    private final StructuredOutput structuredOutput;
    private final TokenLimitParameter tokenLimitParameter;
    private final boolean strictSchema;
    private final boolean streamUsage;

    public ChatRequestFactory(String model, StructuredOutput structuredOutput,
            TokenLimitParameter tokenLimitParameter, boolean strictSchema, boolean streamUsage) {
        this.model = model;
        this.structuredOutput = structuredOutput;
        this.tokenLimitParameter = tokenLimitParameter;
        this.strictSchema = strictSchema;
        this.streamUsage = streamUsage;
    }

    public ChatCompletionRequest complete(CompletionRequest request) {
        return build(request, false);
    }

    public ChatCompletionRequest stream(CompletionRequest request) {
        return build(request, true);
    }

    private ChatCompletionRequest build(CompletionRequest request, boolean stream) {
        ResponseFormat format = request.responseFormat();
        boolean limitAsCompletionTokens = tokenLimitParameter == TokenLimitParameter.MAX_COMPLETION_TOKENS;
        return new ChatCompletionRequest(
                model,
                messages(request.messages(), promptInstruction(request)),
                request.temperature(),
                limitAsCompletionTokens ? request.maxTokens() : null,
                limitAsCompletionTokens ? null : request.maxTokens(),
                wireFormat(format),
                stream ? Boolean.TRUE : null,
                stream && streamUsage ? new ChatCompletionRequest.StreamOptions(true) : null);
    }

    private WireResponseFormat wireFormat(ResponseFormat format) {
        if (format.kind() == ResponseFormat.Kind.TEXT || structuredOutput == StructuredOutput.PROMPT_ONLY) {
            return null;
        }
        if (format.kind() == ResponseFormat.Kind.JSON_SCHEMA && structuredOutput == StructuredOutput.JSON_SCHEMA) {
            return WireResponseFormat.jsonSchema(format.schemaName(), parseSchema(format), strictSchema);
        }
        return WireResponseFormat.jsonObject();
    }

    /** The instruction to add to the system prompt, or null when the server enforces the format itself. */
    private String promptInstruction(CompletionRequest request) {
        ResponseFormat format = request.responseFormat();
        if (format.kind() == ResponseFormat.Kind.JSON_SCHEMA && structuredOutput != StructuredOutput.JSON_SCHEMA) {
            return JSON_ONLY + " It must match this JSON schema:\n" + format.jsonSchema();
        }
        if (format.kind() == ResponseFormat.Kind.JSON_OBJECT && !mentionsJson(request.messages())) {
            return JSON_ONLY;
        }
        return null;
    }

    private static List<WireMessage> messages(List<ChatMessage> messages, String instruction) {
        List<WireMessage> wire = new ArrayList<>();
        boolean instructionPlaced = instruction == null;
        for (ChatMessage message : messages) {
            String content = message.content();
            if (!instructionPlaced && message.role() == ChatMessage.Role.SYSTEM) {
                content = content + "\n\n" + instruction;
                instructionPlaced = true;
            }
            wire.add(new WireMessage(message.role().name().toLowerCase(Locale.ROOT), content));
        }
        if (!instructionPlaced) {
            // Several local chat templates reject a system message that is not the first one.
            wire.add(0, new WireMessage("system", instruction));
        }
        return wire;
    }

    private static boolean mentionsJson(List<ChatMessage> messages) {
        return messages.stream().anyMatch(message -> message.content().toLowerCase(Locale.ROOT).contains("json"));
    }

    private static JsonNode parseSchema(ResponseFormat format) {
        try {
            return Json.MAPPER.readTree(format.jsonSchema());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the JSON schema '" + format.schemaName() + "' is not valid JSON", e);
        }
    }
}
