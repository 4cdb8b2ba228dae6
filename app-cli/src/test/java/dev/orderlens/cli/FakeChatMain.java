package dev.orderlens.cli;

import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** Runs the command line on {@link FakeOrderLens} in a process of its own, for driving {@code chat} at a real terminal. */
public final class FakeChatMain {

    private FakeChatMain() {
    }

    public static void main(String[] args) {
        FakeOrderLens fake = new FakeOrderLens(true);
        Map<String, String> settings = Map.of("ORDERLENS_HOME", System.getProperty("orderlens.home"));
        CliContext context = new CliContext(settings, (merged, listener) -> fake.build(merged),
                System.console() != null, new InputStreamReader(System.in, StandardCharsets.UTF_8));
        CommandLine commandLine = OrderLensCommand.commandLine(context);
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(commandLine.execute(args));
    }
}
