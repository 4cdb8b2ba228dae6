package dev.orderlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.feedback.Rating;
import dev.orderlens.core.domain.llm.TokenUsage;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.route.RouteOutcome;
import dev.orderlens.core.domain.telemetry.RequestTelemetry;
import dev.orderlens.core.domain.telemetry.Stage;
import dev.orderlens.core.domain.telemetry.StageTimings;
import dev.orderlens.core.port.Telemetry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link Telemetry} must do: record what it is given, and never fail or throw to the caller. */
public abstract class TelemetryContract {

    /** A telemetry whose backend works, with nothing recorded yet. */
    protected abstract Telemetry newTelemetry();

    /** A telemetry whose backend fails every write (unreachable server, unwritable file…). */
    protected abstract Telemetry telemetryWithFailingBackend();

    /** How many events (requests plus feedback) the backend of the last {@link #newTelemetry()} has received. */
    protected abstract long recordedEvents();

    @Test
    void records_a_request_and_a_feedback() {
        Telemetry telemetry = newTelemetry();

        telemetry.recordRequest(request("msg-1", "sql: confidence 0.91 above 0.75"));
        telemetry.recordFeedback(new Feedback("msg-1", "session-1", Rating.LIKE, "great", null, null, Instant.now()));

        assertThat(recordedEvents()).isEqualTo(2);
    }

    @Test
    void never_throws_for_odd_values() {
        Telemetry telemetry = newTelemetry();
        List<RequestTelemetry> odd = List.of(
                new RequestTelemetry("", " ", Instant.EPOCH, new RouteOutcome(Route.RAG, Double.NaN, false, true, null),
                        StageTimings.none(), 0, 0, 0, Set.of(), null, Map.of()),
                new RequestTelemetry("msg-\"quoted\"\n", "séssion 😀", Instant.MAX,
                        new RouteOutcome(Route.SQL, Double.POSITIVE_INFINITY, true, false, "x".repeat(100_000)),
                        everyStageTaking(Duration.ofDays(365)), Long.MAX_VALUE, Integer.MAX_VALUE, -1,
                        Set.of("sql_failed", "stream_partial", "weird \u0000 flag"),
                        new TokenUsage(Long.MAX_VALUE, 0), Map.of("classifier", "", "writer", "model\twith\ttabs")));

        for (RequestTelemetry request : odd) {
            assertThatCode(() -> telemetry.recordRequest(request)).doesNotThrowAnyException();
        }
        assertThatCode(() -> telemetry.recordFeedback(new Feedback("m\u2028", "s", Rating.DISLIKE, "a".repeat(50_000),
                "q", "a", Instant.MIN))).doesNotThrowAnyException();
        assertThat(recordedEvents()).isEqualTo(3);
    }

    @Test
    void never_throws_when_its_backend_fails() {
        Telemetry telemetry = telemetryWithFailingBackend();

        assertThatCode(() -> {
            telemetry.recordRequest(request("msg-1", "rag: below 0.45"));
            telemetry.recordFeedback(new Feedback("msg-1", "session-1", Rating.DISLIKE, null, null, null, Instant.now()));
        }).doesNotThrowAnyException();
    }

    @Test
    void records_every_event_sent_concurrently() throws Exception {
        Telemetry telemetry = newTelemetry();
        ExecutorService requests = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String messageId = "msg-" + i;
                sent.add(requests.submit(() -> telemetry.recordRequest(request(messageId, "concurrent"))));
                sent.add(requests.submit(() -> telemetry.recordFeedback(
                        new Feedback(messageId, "session", Rating.LIKE, null, null, null, Instant.now()))));
            }
            for (Future<?> event : sent) {
                event.get();
            }
        } finally {
            requests.shutdownNow();
        }

        assertThat(recordedEvents()).isEqualTo(200);
    }

    /** A typical SQL request with every field set. */
    protected static RequestTelemetry request(String messageId, String reasoning) {
        return new RequestTelemetry(messageId, "session-1", Instant.parse("2026-01-01T10:00:00Z"),
                new RouteOutcome(Route.SQL, 0.91, false, false, reasoning),
                StageTimings.of(Map.of(Stage.CLASSIFY, Duration.ofMillis(12), Stage.SQL_EXECUTE, Duration.ofMillis(40),
                        Stage.TOTAL, Duration.ofMillis(75))),
                12, 48, 230, Set.of(), new TokenUsage(350, 80), Map.of("classifier", "gpt-4o-mini"));
    }

    private static StageTimings everyStageTaking(Duration duration) {
        Map<Stage, Duration> timings = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            timings.put(stage, duration);
        }
        return StageTimings.of(timings);
    }
}
