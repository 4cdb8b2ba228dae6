package dev.orderlens.cli;

import dev.orderlens.bootstrap.OrderLens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code orderlens chat}: a conversation. At a terminal it edits lines and keeps history, and Ctrl-C cancels
 * the answer being written rather than the session; with piped input it answers each line in turn.
 */
@Command(name = "chat", description = "Talk with OrderLens: follow-up questions keep their context.")
final class ChatCommand implements Callable<Integer> {

    private static final String PROMPT = "orderlens> ";

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--show-sql", description = "Also print the SQL behind each table.")
    private boolean showSql;

    @Mixin
    private ClockOption clock;

    ChatCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        try (OrderLens orderLens = context.start(clock.overrides(), spec.commandLine().getErr(), context.terminal())) {
            return context.terminal() ? interactive(orderLens) : piped(orderLens);
        }
    }

    private int interactive(OrderLens orderLens) throws IOException {
        ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "orderlens-chat-answer");
            thread.setDaemon(true);
            return thread;
        });
        // No grapheme-cluster probe: on a slow terminal its replies come after the probe gave up, as typed input.
        try (Terminal terminal = TerminalBuilder.builder().system(true).graphemeCluster(false).build()) {
            LineReader reader = lineReader(terminal, historyFile(orderLens));
            // raw for the whole chat, not only while a line is edited: Ctrl-C stays a key (see KeysWhileAnswering)
            int ctrlC = terminal.enterRawMode().getControlChar(Attributes.ControlChar.VINTR);
            KeysWhileAnswering keys = new KeysWhileAnswering(terminal.reader(), ctrlC, reader);
            PrintWriter out = terminal.writer();
            ChatSession session = new ChatSession(orderLens.assistant(), showSql, true, Clock.systemUTC(),
                    VerifiedCommand.defaultSavedBy(context.settings()));
            welcome(out, orderLens.exampleQuestions());
            while (true) {
                String line;
                try {
                    line = reader.readLine(PROMPT);
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                // a Ctrl-C that reaches the line editor only as it hands over the line becomes an interrupt of this
                // thread; the key itself is still unread, and KeysWhileAnswering cancels the answer for it
                Thread.interrupted();
                LineOutput output = new LineOutput(out);
                Future<Boolean> handled = worker.submit(() -> session.handle(line, output));
                if (!await(handled, keys, output, out)) {
                    break;
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return ExitCodes.OK;
    }

    /** The line editor of chat, which keeps late terminal replies out of the line. */
    static LineReader lineReader(Terminal terminal, Path historyFile) {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("orderlens")
                .variable(LineReader.HISTORY_FILE, historyFile).build();
        TerminalReplies.install((LineReaderImpl) reader);
        return reader;
    }

    /** Waits for a line to be handled, which Ctrl-C cancels; false when the person leaves. */
    private static boolean await(Future<Boolean> handled, KeysWhileAnswering keys, LineOutput output,
            PrintWriter out) throws IOException {
        try {
            if (keys.ctrlCBefore(handled)) {
                output.cancel();
                if (handled.cancel(true)) {
                    out.println();
                    out.println("(answer cancelled)");
                    return true;
                }
            }
            return handled.get();
        } catch (ExecutionException e) {
            out.println("Could not answer: " + ExitCodes.message(e.getCause()));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            out.flush();
        }
    }

    private int piped(OrderLens orderLens) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ChatSession session = new ChatSession(orderLens.assistant(), showSql, false, Clock.systemUTC(),
                VerifiedCommand.defaultSavedBy(context.settings()));
        int exitCode = ExitCodes.OK;
        BufferedReader lines = new BufferedReader(context.input());
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                try {
                    if (!session.handle(line, new LineOutput(out))) {
                        break;
                    }
                } catch (RuntimeException e) {
                    err.println("orderlens chat: " + ExitCodes.message(e));
                    err.flush();
                    exitCode = new ExitCodes().getExitCode(e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read standard input", e);
        }
        return exitCode;
    }

    private static void welcome(PrintWriter out, List<String> examples) {
        out.println("OrderLens chat. /help lists the commands; Ctrl-D leaves.");
        if (!examples.isEmpty()) {
            out.println("Try:");
            examples.stream().limit(3).forEach(example -> out.println("  " + example));
        }
        out.flush();
    }

    /** The history file under ORDERLENS_HOME, or none when the directory cannot be made. */
    private static Path historyFile(OrderLens orderLens) {
        Path home = orderLens.settings().home();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            return null;
        }
        return home.resolve("chat-history");
    }
}
