package dev.orderlens.cli;

import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.feedback.FeedbackQuery;
import dev.orderlens.core.domain.feedback.Rating;
import dev.orderlens.web.json.CsvWriter;
import dev.orderlens.web.json.FeedbackRows;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine;

/** {@code orderlens feedback list|export}: what users liked and disliked, the latest verdict on each answer first. */
@Command(name = "feedback", description = "Read back the likes and dislikes given on answers.",
        subcommands = {FeedbackCommand.ListFeedback.class, FeedbackCommand.Export.class})
final class FeedbackCommand implements Runnable {

    private static final int QUESTION_CHARS = 40;
    private static final int ANSWER_CHARS = 50;
    private static final int COMMENT_CHARS = 40;

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    FeedbackCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (list or export)");
    }

    /** Reads the store alone: a web app running on the same settings keeps the search indexes to itself. */
    private List<Feedback> read(FeedbackQuery query, CommandSpec command) {
        return context.feedbackStore(command.commandLine().getErr()).list(query);
    }

    /** The filters both subcommands take; the limit's default is the subcommand's. */
    static final class Filters {
        @Option(names = "--rating", paramLabel = "like|dislike|all", defaultValue = "all",
                description = "Only likes or only dislikes (default: all).")
        private String rating;

        @Option(names = "--since", paramLabel = "DATE", converter = SinceConverter.class,
                description = "Only feedback given on or after this day (yyyy-mm-dd) or UTC time (…T09:30:00Z).")
        private Instant since;

        FeedbackQuery query(int limit, CommandSpec spec) {
            if (limit < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1 (was "
                        + limit + ")");
            }
            FeedbackQuery query = new FeedbackQuery(null, since, limit);
            if (rating.strip().equalsIgnoreCase("all")) {
                return query;
            }
            try {
                return query.withRating(Rating.parse(rating));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--rating must be like, dislike or all "
                        + "(was '" + rating + "')");
            }
        }
    }

    @Command(name = "list", description = "The latest verdict on each rated answer, newest first.")
    static final class ListFeedback implements Callable<Integer> {

        @ParentCommand
        private FeedbackCommand parent;

        @Spec
        private CommandSpec spec;

        @Mixin
        private Filters filters;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
                description = "At most this many (default ${DEFAULT-VALUE}).")
        private int limit;

        @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
                description = "Output: an aligned table with the start of each text (default), JSON or CSV.")
        private OutputFormat format;

        @Override
        public Integer call() throws IOException {
            OutputFormat.require(format, spec, OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.CSV);
            List<Feedback> feedback = parent.read(filters.query(limit, spec), spec);
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case JSON -> Json.write(out, Map.of("feedback", FeedbackRows.json(feedback), "count", feedback.size()));
                case CSV -> CsvWriter.write(FeedbackRows.table(feedback), out);
                default -> table(out, feedback);
            }
            out.flush();
            return ExitCodes.OK;
        }

        private static void table(PrintWriter out, List<Feedback> feedback) {
            if (feedback.isEmpty()) {
                out.println("No feedback matches.");
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            for (Feedback item : feedback) {
                rows.add(List.of(TableText.MINUTES_UTC.format(item.at()), item.rating().label(),
                        item.route() == null ? "" : item.route().label(),
                        TableText.start(item.question(), QUESTION_CHARS), TableText.start(item.answer(), ANSWER_CHARS),
                        TableText.start(item.comment(), COMMENT_CHARS)));
            }
            TableText.aligned(out, List.of("at (UTC)", "rating", "route", "question", "answer", "comment"),
                    Collections.nCopies(6, false), rows);
            out.println("(" + feedback.size() + (feedback.size() == 1 ? " rated answer)" : " rated answers)"));
        }
    }

    @Command(name = "export", description = "Every rated answer as CSV, in full, to a file or standard output.")
    static final class Export implements Callable<Integer> {

        @ParentCommand
        private FeedbackCommand parent;

        @Spec
        private CommandSpec spec;

        @Mixin
        private Filters filters;

        @Option(names = "--limit", paramLabel = "N", description = "At most this many (default: all).")
        private int limit = Integer.MAX_VALUE;

        @Option(names = "--out", paramLabel = "FILE.csv", description = "Write to this file instead of standard output.")
        private Path file;

        @Override
        public Integer call() {
            List<Feedback> feedback = parent.read(filters.query(limit, spec), spec);
            if (file == null) {
                write(spec.commandLine().getOut(), feedback);
                return ExitCodes.OK;
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                write(out, feedback);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot write " + file + ": " + e.getMessage(), e);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Wrote " + feedback.size() + (feedback.size() == 1 ? " rated answer" : " rated answers")
                    + " to " + file);
            out.flush();
            return ExitCodes.OK;
        }

        private static void write(Writer out, List<Feedback> feedback) {
            try {
                CsvWriter.write(FeedbackRows.table(feedback), out);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static final class SinceConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return FeedbackRows.since(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
