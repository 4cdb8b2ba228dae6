package dev.orderlens.local.telemetry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.llm.TokenUsage;
import dev.orderlens.core.domain.route.RouteOutcome;
import dev.orderlens.core.domain.telemetry.RequestTelemetry;
import dev.orderlens.core.port.Telemetry;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends one JSON object per line to a file: {@code "type": "request"} for each answered question and
 * {@code "type": "feedback"} for each like or dislike. Feedback lines say whether a comment was given, not what
 * it says. A failed write is logged as a warning and never reaches the caller.
 *
 * <p>A request line:
 * <pre>{@code
 * {"type":"request","messageId":"…","sessionId":"…","at":"2026-01-01T10:00:00Z",
 *  "route":{"decided":"sql","confidence":0.91,"forced":false,"fallback":false,"reasoning":"…"},
 *  "timingsMs":{"classify":12.0,"sql_execute":40.0,"total":75.0},"rowCount":12,"questionLength":48,
 *  "answerLength":230,"failures":[],"tokens":{"prompt":350,"completion":80,"total":430},
 *  "models":{"classifier":"gpt-4o-mini"}}
 * }</pre>
 */
public final class JsonLinesTelemetry implements Telemetry {

    private static final Logger LOG = LoggerFactory.getLogger(JsonLinesTelemetry.class);

    /** Classifier reasoning is cut to this many characters to keep lines small. */
    static final int MAX_REASONING_LENGTH = 500;

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();

    private JsonLinesTelemetry(Path file) {
        this.file = file;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void recordRequest(RequestTelemetry request) {
        try {
            append(requestLine(request));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Telemetry of request {} not written to {}: {}", request == null ? null : request.messageId(),
                    file, e.toString());
        }
    }

    @Override
    public void recordFeedback(Feedback feedback) {
        try {
            append(feedbackLine(feedback));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Telemetry of feedback on {} not written to {}: {}", feedback == null ? null : feedback.messageId(),
                    file, e.toString());
        }
    }

    private String requestLine(RequestTelemetry request) throws IOException {
        ObjectNode line = json.createObjectNode();
        line.put("type", "request");
        line.put("messageId", request.messageId());
        line.put("sessionId", request.sessionId());
        line.put("at", request.at().toString());
        RouteOutcome route = request.route();
        ObjectNode routeNode = line.putObject("route");
        routeNode.put("decided", route.decided().label());
        routeNode.put("confidence", route.confidence());
        routeNode.put("forced", route.forced());
        routeNode.put("fallback", route.fallback());
        routeNode.put("reasoning", shortened(route.reasoning()));
        ObjectNode timings = line.putObject("timingsMs");
        request.timings().millisByLabel().forEach((stage, millis) -> timings.put(stage, Math.round(millis * 1000) / 1000.0));
        line.put("rowCount", request.rowCount());
        line.put("questionLength", request.questionLength());
        line.put("answerLength", request.answerLength());
        new TreeSet<>(request.failures()).forEach(line.putArray("failures")::add);
        TokenUsage tokens = request.tokenUsage();
        ObjectNode tokensNode = line.putObject("tokens");
        tokensNode.put("prompt", tokens.promptTokens());
        tokensNode.put("completion", tokens.completionTokens());
        tokensNode.put("total", tokens.totalTokens());
        ObjectNode models = line.putObject("models");
        new TreeMap<>(request.models()).forEach(models::put);
        return json.writeValueAsString(line);
    }

    private String feedbackLine(Feedback feedback) throws IOException {
        ObjectNode line = json.createObjectNode();
        line.put("type", "feedback");
        line.put("messageId", feedback.messageId());
        line.put("sessionId", feedback.sessionId());
        line.put("at", feedback.at().toString());
        line.put("rating", feedback.rating().label());
        line.put("hasComment", feedback.hasComment());
        return json.writeValueAsString(line);
    }

    private static String shortened(String text) {
        return text.length() <= MAX_REASONING_LENGTH ? text : text.substring(0, MAX_REASONING_LENGTH) + "…";
    }

    /** One write per line under a lock, so concurrent lines never interleave. */
    private synchronized void append(String line) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            writer.write(line);
            writer.write('\n');
        }
    }

    /** Builds a {@link JsonLinesTelemetry}. */
    public static final class Builder {
        private Path file;

        private Builder() {
        }

        /** The JSON-lines file; it and its directory are created on the first write. */
        public Builder file(Path file) {
            this.file = file;
            return this;
        }

        public JsonLinesTelemetry build() {
            return new JsonLinesTelemetry(Objects.requireNonNull(file, "file"));
        }
    }
}
