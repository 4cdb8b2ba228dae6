package dev.orderlens.cli;

import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.bootstrap.OrderLensWiring;
import dev.orderlens.bootstrap.StartupListener;
import dev.orderlens.core.port.FeedbackStore;
import dev.orderlens.core.port.VerifiedQuestions;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs the command line in-process with writers for output, an environment map and optional standard input.
 * Every run of one {@code CliRun} gets the same OrderLens, so conversations carry over as they would with a
 * shared conversation store.
 */
final class CliRun {

    final FakeOrderLens fake;
    final List<Map<String, String>> startedWith = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>(Map.of("ORDERLENS_HOME", "target/cli-home"));
    private String input = "";
    private OrderLens orderLens;

    CliRun(FakeOrderLens fake) {
        this.fake = fake;
    }

    CliRun input(String lines) {
        this.input = lines;
        return this;
    }

    CliRun set(String name, String value) {
        environment.put(name, value);
        return this;
    }

    Result execute(String... args) {
        OrderLensStarter starter = new OrderLensStarter() {
            @Override
            public OrderLens start(Map<String, String> settings, StartupListener listener) {
                startedWith.add(settings);
                listener.progress("generating sample data", 1, 1);
                listener.info("warehouse: a fake");
                if (orderLens == null) {
                    orderLens = fake.build(settings);
                }
                return orderLens;
            }

            @Override
            public FeedbackStore feedbackStore(Map<String, String> settings, StartupListener listener) {
                startedWith.add(settings);
                return fake.feedback;
            }

            @Override
            public VerifiedQuestions verifiedQuestions(Map<String, String> settings, StartupListener listener) {
                startedWith.add(settings);
                return fake.verified;
            }
        };
        return execute(new CliContext(environment, starter, false, new StringReader(input)), args);
    }

    /**
     * Runs a command on {@code home} with the real wiring, as a terminal command starts on its own and closes what
     * it opened.
     */
    static Result onHome(Path home, String... args) {
        return withSettings(Map.of("ORDERLENS_HOME", home.toString()), args);
    }

    /** Runs a command with the real wiring and exactly these settings (the home among them). */
    static Result withSettings(Map<String, String> settings, String... args) {
        return execute(new CliContext(settings, OrderLensWiring::start, false, new StringReader("")), args);
    }

    private static Result execute(CliContext context, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = OrderLensCommand.commandLine(context);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new Result(commandLine.execute(args), out.toString(), err.toString());
    }

    record Result(int exitCode, String out, String err) {
    }
}
