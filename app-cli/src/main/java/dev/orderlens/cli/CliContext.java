package dev.orderlens.cli;

import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.bootstrap.StartupListener;
import dev.orderlens.core.port.FeedbackStore;
import dev.orderlens.core.port.VerifiedQuestions;
import java.io.PrintWriter;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What every command shares: the settings read once by {@link Main}, the way to start OrderLens from them,
 * whether a person is at a terminal (progress bars and line editing only then), and standard input.
 */
public record CliContext(Map<String, String> settings, OrderLensStarter starter, boolean terminal, Reader input) {

    public CliContext {
        settings = Map.copyOf(settings);
        Objects.requireNonNull(starter, "starter");
        Objects.requireNonNull(input, "input");
    }

    /**
     * Starts OrderLens with the settings, {@code overrides} laid over them, reporting long start-up work on
     * {@code err}.
     *
     * @param chatty whether to tell which backends were picked (interactive commands) or stay quiet (one-shots)
     */
    OrderLens start(Map<String, String> overrides, PrintWriter err, boolean chatty) {
        return start(overrides, err, chatty, StartupListener.SILENT);
    }

    /** As {@link #start(Map, PrintWriter, boolean)}, telling {@code alsoTold} (the web page) the same progress. */
    OrderLens start(Map<String, String> overrides, PrintWriter err, boolean chatty, StartupListener alsoTold) {
        Map<String, String> merged = new LinkedHashMap<>(settings);
        merged.putAll(overrides);
        try (StartupReporter reporter = new StartupReporter(err, terminal, chatty)) {
            return starter.start(merged, new Both(reporter, alsoTold));
        }
    }

    /** The feedback store the settings pick, without starting the rest of OrderLens. */
    FeedbackStore feedbackStore(PrintWriter err) {
        try (StartupReporter reporter = new StartupReporter(err, terminal, false)) {
            return starter.feedbackStore(settings, reporter);
        }
    }

    /** The verified questions the settings keep, without starting the rest of OrderLens. */
    VerifiedQuestions verifiedQuestions(PrintWriter err) {
        try (StartupReporter reporter = new StartupReporter(err, terminal, false)) {
            return starter.verifiedQuestions(settings, reporter);
        }
    }

    private record Both(StartupListener first, StartupListener second) implements StartupListener {
        @Override
        public void progress(String task, long done, long total) {
            first.progress(task, done, total);
            second.progress(task, done, total);
        }

        @Override
        public void info(String message) {
            first.info(message);
            second.info(message);
        }
    }
}
