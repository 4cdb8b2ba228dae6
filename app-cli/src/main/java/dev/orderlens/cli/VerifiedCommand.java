package dev.orderlens.cli;

import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.domain.verified.VerifiedQuestion;
import dev.orderlens.core.port.VerifiedQuestions;
import dev.orderlens.core.semantic.DisplayFormats;
import dev.orderlens.web.json.VerifiedRows;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code orderlens verified add|list|remove}: questions whose query a person saved as right. Asking a saved
 * question again (in the terminal or the web app) runs the saved query and marks the answer verified.
 */
@Command(name = "verified", description = "Save, list and remove verified answers (questions with a query saved as right).",
        subcommands = {VerifiedCommand.Add.class, VerifiedCommand.ListVerified.class, VerifiedCommand.Remove.class})
final class VerifiedCommand implements Runnable {

    private static final int QUESTION_CHARS = 50;
    private static final int SQL_CHARS = 60;

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    VerifiedCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (add, list or remove)");
    }

    /** The name saves are made under when none is given: the terminal's user, as the settings hold it. */
    static String defaultSavedBy(Map<String, String> settings) {
        String user = settings.getOrDefault("USER", "").strip();
        return user.isEmpty() ? "terminal" : user;
    }

    /** Reads the store alone: a web app running on the same settings keeps the search indexes to itself. */
    private VerifiedQuestions store(CommandSpec command) {
        return context.verifiedQuestions(command.commandLine().getErr());
    }

    @Command(name = "add", description = "Ask a question and save the query that answers it as verified.")
    static final class Add implements Callable<Integer> {

        @ParentCommand
        private VerifiedCommand parent;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "QUESTION", description = "The question, as people ask it.")
        private String question;

        @Option(names = "--by", paramLabel = "NAME", description = "Who vouches for the answer (default: $USER).")
        private String savedBy;

        @Option(names = "--show-sql", description = "Also print the SQL that is saved.")
        private boolean showSql;

        @Mixin
        private ClockOption clock;

        @Override
        public Integer call() {
            String by = savedBy == null || savedBy.isBlank() ? defaultSavedBy(parent.context.settings()) : savedBy;
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (OrderLens orderLens = parent.context.start(clock.overrides(), err, false)) {
                AnswerPrinter printer = new AnswerPrinter(out, OutputFormat.TEXT, showSql,
                        DisplayFormats.of(orderLens.assistant().semanticModel()), parent.context.terminal());
                Answer answer = orderLens.assistant().ask(new dev.orderlens.core.pipeline.AskCommand(question,
                        SessionId.random().value()), printer);
                printer.finish(answer);
                if (!(answer instanceof SqlAnswer sql) || sql.sql() == null || sql.error() != null) {
                    err.println("verified add: not saved: this answer was not computed by a query that ran");
                    err.flush();
                    return ExitCodes.FAILURE;
                }
                VerifiedQuestion saved = orderLens.assistant().verify(answer.messageId(), by);
                out.println("Saved as verified by " + saved.savedBy() + " (id " + saved.id() + "): asking \""
                        + saved.question() + "\" again runs this query.");
                out.flush();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "The verified answers, newest first.")
    static final class ListVerified implements Callable<Integer> {

        @ParentCommand
        private VerifiedCommand parent;

        @Spec
        private CommandSpec spec;

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                description = "Output: an aligned table with the start of each question and query (default), or JSON.")
        private OutputFormat format;

        @Override
        public Integer call() {
            OutputFormat.require(format, spec, OutputFormat.TEXT, OutputFormat.JSON);
            List<VerifiedQuestion> saved = parent.store(spec).list();
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.JSON) {
                Json.write(out, Map.of("verified", VerifiedRows.json(saved), "count", saved.size()));
            } else {
                table(out, saved);
            }
            out.flush();
            return ExitCodes.OK;
        }

        private static void table(PrintWriter out, List<VerifiedQuestion> saved) {
            if (saved.isEmpty()) {
                out.println("No verified answers yet: orderlens verified add \"QUESTION\" saves one.");
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            for (VerifiedQuestion item : saved) {
                rows.add(List.of(item.id(), TableText.MINUTES_UTC.format(item.savedAt()), item.savedBy(),
                        TableText.start(item.question(), QUESTION_CHARS), TableText.start(item.sql(), SQL_CHARS)));
            }
            TableText.aligned(out, List.of("id", "saved (UTC)", "by", "question", "query"),
                    Collections.nCopies(5, false), rows);
            out.println("(" + saved.size() + (saved.size() == 1 ? " verified answer)" : " verified answers)"));
        }
    }

    @Command(name = "remove", description = "Remove a verified answer; its question is answered as any other again.")
    static final class Remove implements Callable<Integer> {

        @ParentCommand
        private VerifiedCommand parent;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The id that 'orderlens verified list' shows.")
        private String id;

        @Override
        public Integer call() {
            if (!parent.store(spec).remove(id.strip())) {
                throw new CommandLine.ParameterException(spec.commandLine(), "there is no verified answer " + id
                        + " (orderlens verified list shows them)");
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Removed verified answer " + id + ".");
            out.flush();
            return ExitCodes.OK;
        }
    }
}
