package dev.orderlens.local.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.feedback.Rating;
import dev.orderlens.core.port.Telemetry;
import dev.orderlens.testsupport.TelemetryContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTelemetryTest extends TelemetryContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Override
    protected Telemetry newTelemetry() {
        return JsonLinesTelemetry.builder().file(file()).build();
    }

    /** A directory where the file should be: every append fails. */
    @Override
    protected Telemetry telemetryWithFailingBackend() {
        try {
            return JsonLinesTelemetry.builder().file(Files.createDirectories(dir.resolve("a-directory"))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines in the file, each of which must be one JSON object. */
    @Override
    protected long recordedEvents() {
        return lines().size();
    }

    @Test
    void writes_a_request_as_one_json_line_with_route_timings_tokens_and_models() {
        newTelemetry().recordRequest(request("msg-7", "sql: confidence 0.91 above 0.75"));

        JsonNode line = lines().get(0);
        assertThat(line.get("type").asText()).isEqualTo("request");
        assertThat(line.get("messageId").asText()).isEqualTo("msg-7");
        assertThat(line.get("sessionId").asText()).isEqualTo("session-1");
        assertThat(line.get("at").asText()).isEqualTo("2026-01-01T10:00:00Z");
        assertThat(line.get("route").toString()).isEqualTo("{\"decided\":\"sql\",\"confidence\":0.91,\"forced\":false,"
                + "\"fallback\":false,\"reasoning\":\"sql: confidence 0.91 above 0.75\"}");
        assertThat(line.get("timingsMs").toString()).isEqualTo("{\"classify\":12.0,\"sql_execute\":40.0,\"total\":75.0}");
        assertThat(line.get("rowCount").asLong()).isEqualTo(12);
        assertThat(line.get("questionLength").asInt()).isEqualTo(48);
        assertThat(line.get("answerLength").asInt()).isEqualTo(230);
        assertThat(line.get("failures").isEmpty()).isTrue();
        assertThat(line.get("tokens").toString()).isEqualTo("{\"prompt\":350,\"completion\":80,\"total\":430}");
        assertThat(line.get("models").toString()).isEqualTo("{\"classifier\":\"gpt-4o-mini\"}");
    }

    @Test
    void writes_feedback_with_its_rating_and_whether_it_has_a_comment_but_not_the_comment() throws IOException {
        Telemetry telemetry = newTelemetry();

        telemetry.recordFeedback(new Feedback("msg-1", "s", Rating.DISLIKE, "the FedEx figure is off", "q", "a",
                Instant.parse("2026-01-01T10:00:00Z")));
        telemetry.recordFeedback(new Feedback("msg-2", "s", Rating.LIKE, null, null, null, Instant.EPOCH));

        assertThat(lines()).extracting(line -> line.get("rating").asText() + "/" + line.get("hasComment").asBoolean())
                .containsExactly("dislike/true", "like/false");
        assertThat(Files.readString(file())).doesNotContain("FedEx figure").doesNotContain("\"q\"");
    }

    @Test
    void cuts_long_reasoning_to_keep_lines_small() throws IOException {
        newTelemetry().recordRequest(request("msg-1", "r".repeat(10_000)));

        assertThat(lines().get(0).get("route").get("reasoning").asText())
                .hasSize(JsonLinesTelemetry.MAX_REASONING_LENGTH + 1);
        assertThat(Files.size(file())).isLessThan(2_000);
    }

    @Test
    void creates_the_directory_of_its_file() {
        newTelemetry().recordRequest(request("msg-1", "ok"));

        assertThat(file()).isRegularFile();
    }

    private Path file() {
        return dir.resolve("home").resolve("telemetry").resolve("requests.jsonl");
    }

    private List<JsonNode> lines() {
        try {
            List<JsonNode> lines = new ArrayList<>();
            if (Files.exists(file())) {
                for (String line : Files.readAllLines(file(), StandardCharsets.UTF_8)) {
                    JsonNode node = JSON.readTree(line);
                    assertThat(node.isObject()).as(line).isTrue();
                    lines.add(node);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
