package dev.orderlens.cli;

import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.domain.route.RoutePreference;
import dev.orderlens.core.semantic.DisplayFormats;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code orderlens ask "QUESTION"}: one answer, streamed when it is written from documents. */
@Command(name = "ask", description = "Answer one question: a summary and a table (SQL) or a cited answer (documents).")
final class AskCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "QUESTION", description = "The question, in plain language.")
    private String question;

    @Option(names = "--route", paramLabel = "auto|sql|rag", defaultValue = "auto",
            description = "Let the router decide (default) or force SQL or documents.")
    private RoutePreference route;

    @Option(names = "--session", paramLabel = "ID",
            description = "Continue this conversation (the id printed after an earlier answer).")
    private String sessionId;

    @Option(names = "--format", paramLabel = "text|json|csv|markdown", defaultValue = "text",
            description = "Output: text (default), json (the HTTP API's shape), csv (the rows), markdown.")
    private OutputFormat format;

    @Option(names = "--show-sql", description = "Also print the SQL behind a table.")
    private boolean showSql;

    @Mixin
    private ClockOption clock;

    AskCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String session = sessionId == null ? SessionId.random().value() : SessionId.of(sessionId).value();
        dev.orderlens.core.pipeline.AskCommand command = new dev.orderlens.core.pipeline.AskCommand(question, session,
                route, List.of());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (OrderLens orderLens = context.start(clock.overrides(), err, false)) {
            AnswerPrinter printer = new AnswerPrinter(out, format, showSql,
                    DisplayFormats.of(orderLens.assistant().semanticModel()), context.terminal());
            Answer answer = orderLens.assistant().ask(command, printer);
            printer.finish(answer);
            if (format == OutputFormat.TEXT) {
                err.println("(" + AnswerPrinter.routeLine(answer) + " · session " + session + ")");
                err.flush();
            }
        }
        return ExitCodes.OK;
    }
}
