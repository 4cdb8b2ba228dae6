package dev.orderlens.cli;

import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.core.port.FeedbackStore;
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
        Map<String, String> merged = new LinkedHashMap<>(settings);
        merged.putAll(overrides);
        try (StartupReporter reporter = new StartupReporter(err, terminal, chatty)) {
            return starter.start(merged, reporter);
        }
    }

    /** The feedback store the settings pick, without starting the rest of OrderLens. */
    FeedbackStore feedbackStore(PrintWriter err) {
        try (StartupReporter reporter = new StartupReporter(err, terminal, false)) {
            return starter.feedbackStore(settings, reporter);
        }
    }
}
