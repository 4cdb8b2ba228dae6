package dev.orderlens.mlflow.internal;

import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.feedback.Rating;
import dev.orderlens.core.domain.telemetry.RequestTelemetry;
import dev.orderlens.core.domain.telemetry.Stage;
import dev.orderlens.mlflow.internal.Wire.KeyValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns requests and feedback into MLflow runs: one run per request, FINISHED or FAILED; feedback goes to the run
 * of its message, found in the index of recent runs, else by searching the message id tag, else to a run of its
 * own so that it is never lost. Runs on the telemetry thread only.
 */
public final class RunLogger {

    public static final String MESSAGE_ID_TAG = "orderlens.message_id";
    public static final String SESSION_ID_TAG = "orderlens.session_id";
    public static final String KIND_TAG = "orderlens.kind";
    /** Ids that can be put in a search filter between single quotes as they are. */
    private static final Pattern SEARCHABLE_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,200}");

    private final MlflowClient client;
    private final String configuredExperimentId;
    private final String experimentName;
    private final Set<String> failedRunFlags;
    private final RunIndex runIndex;
    private String experimentId;

    public RunLogger(MlflowClient client, String experimentId, String experimentName, Set<String> failedRunFlags,
            RunIndex runIndex) {
        this.client = client;
        this.configuredExperimentId = experimentId;
        this.experimentName = experimentName;
        this.failedRunFlags = Set.copyOf(failedRunFlags);
        this.runIndex = runIndex;
    }

    public void logRequest(RequestTelemetry request) throws InterruptedException {
        long start = epochMillis(request.at());
        long end = saturatedSum(start, request.timings().get(Stage.TOTAL).map(RunLogger::millis).orElse(0L));
        String runId = client.createRun(experimentId(), "request-" + request.messageId(), start, List.of(
                new KeyValue(MESSAGE_ID_TAG, request.messageId()),
                new KeyValue(SESSION_ID_TAG, request.sessionId()),
                new KeyValue(KIND_TAG, "request")));
        runIndex.put(request.messageId(), runId);
        for (LogBatches.Batch batch : entries(request, start).batches()) {
            client.logBatch(runId, batch);
        }
        client.updateRun(runId, answerFailed(request) ? "FAILED" : "FINISHED", end);
    }

    public void logFeedback(Feedback feedback) throws InterruptedException {
        long at = epochMillis(feedback.at());
        RunEntries entries = new RunEntries(at)
                .metric("feedback.like", feedback.rating() == Rating.LIKE ? 1 : 0)
                .metric("feedback.comment_present", feedback.hasComment() ? 1 : 0)
                .tag("feedback.rating", feedback.rating().label())
                .tag("feedback.comment_present", String.valueOf(feedback.hasComment()));
        Optional<String> runId = runOf(feedback.messageId());
        if (runId.isPresent()) {
            for (LogBatches.Batch batch : entries.batches()) {
                client.logBatch(runId.get(), batch);
            }
            return;
        }
        String feedbackRun = client.createRun(experimentId(), "feedback-" + feedback.messageId(), at, List.of(
                new KeyValue(MESSAGE_ID_TAG, feedback.messageId()),
                new KeyValue(SESSION_ID_TAG, feedback.sessionId()),
                new KeyValue(KIND_TAG, "feedback")));
        for (LogBatches.Batch batch : entries.batches()) {
            client.logBatch(feedbackRun, batch);
        }
        client.updateRun(feedbackRun, "FINISHED", at);
    }

    /** MLflow keeps times as milliseconds in a long: a time beyond its range is held at the nearest end. */
    static long epochMillis(Instant at) {
        try {
            return at.toEpochMilli();
        } catch (ArithmeticException beyondRange) {
            return at.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private static long millis(Duration duration) {
        try {
            return duration.toMillis();
        } catch (ArithmeticException beyondRange) {
            return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private static long saturatedSum(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException beyondRange) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** Whether the request's run is FAILED: its answer is empty, or a flag says the answer failed. */
    boolean answerFailed(RequestTelemetry request) {
        return request.answerLength() == 0 || request.failures().stream().anyMatch(failedRunFlags::contains);
    }

    private RunEntries entries(RequestTelemetry request, long timestamp) {
        RunEntries entries = new RunEntries(timestamp)
                .param("route", request.route().decided().label())
                .param("forced", String.valueOf(request.route().forced()))
                .param("fallback", String.valueOf(request.route().fallback()));
        request.models().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(model -> entries.param("model." + model.getKey(), model.getValue()));
        request.timings().millisByLabel().forEach((stage, millis) -> entries.metric(stage + "_ms", millis));
        entries.metric("confidence", request.route().confidence())
                .metric("row_count", request.rowCount())
                .metric("question_length", request.questionLength())
                .metric("answer_length", request.answerLength())
                .metric("tokens.prompt", request.tokenUsage().promptTokens())
                .metric("tokens.completion", request.tokenUsage().completionTokens())
                .metric("tokens.total", request.tokenUsage().totalTokens())
                .metric("failure_count", request.failures().size());
        Set<String> failures = new TreeSet<>(request.failures());
        entries.tag("orderlens.failures", String.join(",", failures));
        failures.forEach(flag -> entries.tag("orderlens.failure." + flag, "true"));
        return entries;
    }

    private Optional<String> runOf(String messageId) throws InterruptedException {
        Optional<String> known = runIndex.get(messageId);
        if (known.isPresent() || !SEARCHABLE_ID.matcher(messageId).matches()) {
            return known;
        }
        Optional<String> found = client.findRunByTag(experimentId(), MESSAGE_ID_TAG, messageId);
        found.ifPresent(runId -> runIndex.put(messageId, runId));
        return found;
    }

    /** Reaches the server for the experiment runs go to (creating it when configured by name) and names it. */
    public String checkExperiment() throws InterruptedException {
        String id = experimentId();
        return "experiment " + id + " (" + client.experimentName(id) + ")";
    }

    private String experimentId() throws InterruptedException {
        if (experimentId == null) {
            experimentId = configuredExperimentId != null ? configuredExperimentId : experimentByName();
        }
        return experimentId;
    }

    private String experimentByName() throws InterruptedException {
        Optional<String> existing = client.experimentIdByName(experimentName);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return client.createExperiment(experimentName);
        } catch (MlflowApiException e) {
            if (e.errorCode().equals("RESOURCE_ALREADY_EXISTS")) {
                // Another instance created it between our read and our create.
                return client.experimentIdByName(experimentName).orElseThrow(() -> e);
            }
            throw e;
        }
    }
}
