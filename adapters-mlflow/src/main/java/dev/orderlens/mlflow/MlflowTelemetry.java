package dev.orderlens.mlflow;

import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.telemetry.RequestTelemetry;
import dev.orderlens.core.port.Telemetry;
import dev.orderlens.core.resilience.RetryPolicy;
import dev.orderlens.core.resilience.Sleeper;
import dev.orderlens.mlflow.internal.BackgroundQueue;
import dev.orderlens.mlflow.internal.MlflowClient;
import dev.orderlens.mlflow.internal.RunIndex;
import dev.orderlens.mlflow.internal.RunLogger;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records each request as an MLflow run in one experiment: params (route, forced, fallback, model names), metrics
 * (stage timings, confidence, row count, lengths, token usage), tags (session, message id, failure flags); the run
 * ends FINISHED, or FAILED when the answer failed. Feedback is logged to the run of its message.
 *
 * <p>Never in a request's way: both methods only queue the event and return. A named daemon thread sends the
 * queue; when MLflow is slow or down the queue fills and further events are dropped, counted and logged.
 * {@link #close()} waits a bounded time for the queue to drain.
 */
public final class MlflowTelemetry implements Telemetry, AutoCloseable {

    /** Failure flags meaning the request produced no usable answer; the run of such a request is FAILED. */
    public static final Set<String> DEFAULT_FAILED_RUN_FLAGS = Set.of("answer_failed", "stream_failed",
            "stream_partial", "writer_failed");

    private static final Logger LOG = LoggerFactory.getLogger(MlflowTelemetry.class);

    private final RunLogger runs;
    private final BackgroundQueue queue;
    private final Duration closeWait;

    private MlflowTelemetry(Builder builder) {
        MlflowSettings settings = Objects.requireNonNull(builder.settings, "settings");
        // MLflow servers speak HTTP/1.1; HTTP/2 would only add an upgrade attempt to every plain-http connection.
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        MlflowClient client = new MlflowClient(http, settings.trackingUri(), settings.token(),
                settings.requestTimeout(), builder.retries, Sleeper.system());
        this.runs = new RunLogger(client, settings.experimentId(), settings.experimentName(), builder.failedRunFlags,
                new RunIndex(builder.knownRuns));
        this.queue = new BackgroundQueue("orderlens-mlflow-telemetry", builder.queueCapacity, LOG, "MLflow telemetry");
        this.closeWait = builder.closeWait;
        LOG.info("MLflow telemetry to {}", settings);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void recordRequest(RequestTelemetry request) {
        Objects.requireNonNull(request, "request");
        queue.submit(() -> runs.logRequest(request));
    }

    @Override
    public void recordFeedback(Feedback feedback) {
        Objects.requireNonNull(feedback, "feedback");
        queue.submit(() -> runs.logFeedback(feedback));
    }

    /**
     * Reaches MLflow now, on the caller's thread, for health checks: the experiment runs go to.
     *
     * @throws dev.orderlens.core.port.BackendException when MLflow cannot be reached or refuses the call
     */
    public String checkConnection() {
        try {
            return runs.checkExperiment();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking MLflow", e);
        }
    }

    /** Events not sent because the queue was full or closed. */
    public long droppedCount() {
        return queue.dropped();
    }

    /** Events whose sending failed (MLflow down, slow or refusing them). */
    public long failedCount() {
        return queue.failed();
    }

    /** Events sent completely. */
    public long sentCount() {
        return queue.completed();
    }

    /** Stops taking events and waits up to the close wait for the queued ones to be sent. */
    @Override
    public void close() {
        queue.close(closeWait);
    }

    public static final class Builder {
        private MlflowSettings settings;
        private int queueCapacity = 1_000;
        private Duration closeWait = Duration.ofSeconds(5);
        private RetryPolicy retries = RetryPolicy.builder().backoff(Duration.ofMillis(250), Duration.ofSeconds(8))
                .build();
        private int knownRuns = 10_000;
        private Set<String> failedRunFlags = DEFAULT_FAILED_RUN_FLAGS;

        private Builder() {
        }

        /** Where MLflow is and which experiment to use; see {@link MlflowSettings#from}. */
        public Builder settings(MlflowSettings settings) {
            this.settings = settings;
            return this;
        }

        /** How many events may wait to be sent; more are dropped. */
        public Builder queueCapacity(int queueCapacity) {
            this.queueCapacity = atLeastOne("queueCapacity", queueCapacity);
            return this;
        }

        /** How long {@link MlflowTelemetry#close()} waits for queued events. */
        public Builder closeWait(Duration closeWait) {
            this.closeWait = Objects.requireNonNull(closeWait, "closeWait");
            return this;
        }

        /**
         * Retries of a call answered 429 or 502-504, or refused. Default: core's policy, pausing from 250 ms up to
         * 8 s, since telemetry waits in the background.
         */
        public Builder retryPolicy(RetryPolicy retries) {
            this.retries = Objects.requireNonNull(retries, "retries");
            return this;
        }

        /** How many recent message → run links are kept for feedback; older messages' runs are searched. */
        public Builder knownRuns(int knownRuns) {
            this.knownRuns = atLeastOne("knownRuns", knownRuns);
            return this;
        }

        /** The failure flags that make a request's run FAILED (an empty answer always does). */
        public Builder failedRunFlags(Set<String> failedRunFlags) {
            this.failedRunFlags = Set.copyOf(failedRunFlags);
            return this;
        }

        public MlflowTelemetry build() {
            return new MlflowTelemetry(this);
        }

        private static int atLeastOne(String name, int value) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1 (was " + value + ")");
            }
            return value;
        }
    }
}
