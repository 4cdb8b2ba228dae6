package dev.orderlens.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Response bodies in the shapes of the OpenAI reference (§3, §4, §5, §6), for stubbing servers. */
final class WireShapes {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String MODEL = "gpt-4o-mini";

    private WireShapes() {
    }

    /** A non-streaming chat completion as in the spec's example object. */
    static String chatCompletion(String content, String model) {
        ObjectNode body = JSON.createObjectNode()
                .put("id", "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG")
                .put("object", "chat.completion")
                .put("created", 1741570283)
                .put("model", model);
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content).putNull("refusal")
                .putArray("annotations");
        choice.putNull("logprobs").put("finish_reason", "stop");
        ObjectNode usage = body.putObject("usage").put("prompt_tokens", 61).put("completion_tokens", 21)
                .put("total_tokens", 82);
        usage.putObject("prompt_tokens_details").put("cached_tokens", 0).put("audio_tokens", 0);
        body.put("service_tier", "default").put("system_fingerprint", "fp_fc9f1d7035");
        return body.toString();
    }

    /** An SSE body: a role chunk, one chunk per token, a finish chunk, a usage chunk and {@code [DONE]}. */
    static String sse(List<String> tokens) {
        StringBuilder body = new StringBuilder(event(chunk(delta().put("role", "assistant").put("content", ""), null)));
        tokens.forEach(token -> body.append(event(chunk(delta().put("content", token), null))));
        body.append(event(chunk(delta(), "stop")));
        body.append(event(usageChunk(9, tokens.size())));
        return body.append("data: [DONE]\n\n").toString();
    }

    /** The first events of a stream: a role chunk and one chunk per token, nothing after. */
    static String sseCutAfter(List<String> tokens) {
        StringBuilder body = new StringBuilder(event(chunk(delta().put("role", "assistant").put("content", ""), null)));
        tokens.forEach(token -> body.append(event(chunk(delta().put("content", token), null))));
        return body.toString();
    }

    static String event(ObjectNode data) {
        return "data: " + data + "\n\n";
    }

    static ObjectNode delta() {
        return JSON.createObjectNode();
    }

    static ObjectNode chunk(ObjectNode delta, String finishReason) {
        ObjectNode chunk = chunkHeader();
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        choice.putNull("logprobs");
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        chunk.putNull("usage");
        chunk.put("obfuscation", "x9Qz");
        return chunk;
    }

    static ObjectNode usageChunk(int promptTokens, int completionTokens) {
        ObjectNode chunk = chunkHeader();
        chunk.putArray("choices");
        chunk.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        return chunk;
    }

    private static ObjectNode chunkHeader() {
        return JSON.createObjectNode()
                .put("id", "chatcmpl-123")
                .put("object", "chat.completion.chunk")
                .put("created", 1694268190)
                .put("model", MODEL)
                .put("system_fingerprint", "fp_44709d6fcb");
    }

    /** An OpenAI error body ({@code ErrorResponse}). */
    static String error(String message, String type, String code) {
        ObjectNode error = JSON.createObjectNode().putObject("error").put("message", message).put("type", type);
        error.putNull("param");
        if (code == null) {
            error.putNull("code");
        } else {
            error.put("code", code);
        }
        return JSON.createObjectNode().set("error", error).toString();
    }

    /** An embeddings answer whose items are listed in the given index order. */
    static String embeddings(String model, List<Integer> indexOrder, List<float[]> vectors) {
        ObjectNode body = JSON.createObjectNode().put("object", "list");
        ArrayNode data = body.putArray("data");
        for (int index : indexOrder) {
            ArrayNode embedding = data.addObject().put("object", "embedding").put("index", index).putArray("embedding");
            for (float value : vectors.get(index)) {
                embedding.add(value);
            }
        }
        body.put("model", model);
        body.putObject("usage").put("prompt_tokens", 8).put("total_tokens", 8);
        return body.toString();
    }
}
