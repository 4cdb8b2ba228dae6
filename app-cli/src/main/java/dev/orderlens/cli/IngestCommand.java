package dev.orderlens.cli;

import dev.orderlens.bootstrap.OrderIngest;
import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.bootstrap.SettingsException;
import dev.orderlens.core.ingest.IngestReceipt;
import dev.orderlens.core.ingest.IngestReceipt.EventResult;
import dev.orderlens.core.ingest.IngestReceipt.Outcome;
import dev.orderlens.core.ingest.IngestStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code orderlens ingest FILE}: order events from a file, through the same validation, journal and application
 * as the {@code /api/ingest/eventbridge} endpoint. The file holds one event, a JSON array of events, or one event
 * per line (JSON lines, as an EventBridge archive replay or a log export gives them).
 */
@Command(name = "ingest", description = {"Take order events in from a file: one EventBridge event, a JSON array of "
        + "them, or one per line.", "Events are journaled, then applied to the orders table and index; the command "
        + "waits until they are applied."})
final class IngestCommand implements Callable<Integer> {

    private static final int BATCH = 500;

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The events (JSON or JSON lines).")
    private Path file;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "300",
            description = "How long to wait for the events to be applied (default ${DEFAULT-VALUE}); they stay in "
                    + "the journal and are applied on the next start if the time runs out.")
    private long waitSeconds;

    IngestCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        List<String> bodies = batches(read(file));
        PrintWriter out = spec.commandLine().getOut();
        try (OrderLens orderLens = context.start(Map.of("ORDERLENS_INGEST", "on"), spec.commandLine().getErr(),
                false)) {
            OrderIngest ingest = orderLens.ingest().orElseThrow(() -> new SettingsException("ingest is off"));
            long accepted = 0;
            long duplicates = 0;
            long last = 0;
            List<String> rejections = new ArrayList<>();
            int offset = 0;
            for (String body : bodies) {
                IngestReceipt receipt = ingest.submitJson(body);
                accepted += receipt.count(Outcome.ACCEPTED);
                duplicates += receipt.count(Outcome.DUPLICATE);
                last = Math.max(last, receipt.sequence());
                for (EventResult result : receipt.results()) {
                    if (result.outcome() == Outcome.REJECTED) {
                        rejections.add(result.rejection().describe(offset + result.index() + 1));
                    }
                }
                offset += receipt.results().size();
            }
            boolean applied = ingest.awaitApplied(last, Duration.ofSeconds(Math.max(0, waitSeconds)));
            IngestStatus status = ingest.status();
            out.println(offset + " events: " + accepted + " accepted, " + duplicates + " duplicates, "
                    + rejections.size() + " rejected");
            rejections.forEach(line -> out.println("  rejected " + line));
            out.println(applied ? "Applied to " + ingest.target() + "."
                    : status.pending() + " events are journaled but not applied yet"
                    + status.lastFailure().map(reason -> " (" + reason + ")").orElse("")
                    + "; they will be applied on the next start.");
            if (status.waitingForCreation() > 0) {
                out.println(status.waitingForCreation() + " orders wait for their Order Created event.");
            }
            out.flush();
            return rejections.isEmpty() && applied ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A JSON document goes as it is; JSON lines go as arrays of at most {@value #BATCH} events. */
    private static List<String> batches(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("the file holds no events");
        }
        List<String> lines = trimmed.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        boolean jsonLines = lines.size() > 1 && lines.stream().allMatch(line -> line.startsWith("{")
                && line.endsWith("}"));
        if (!jsonLines) {
            return List.of(trimmed);
        }
        List<String> bodies = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += BATCH) {
            bodies.add("[" + String.join(",", lines.subList(from, Math.min(lines.size(), from + BATCH))) + "]");
        }
        return bodies;
    }
}
