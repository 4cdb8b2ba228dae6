package dev.orderlens.cli;

import dev.orderlens.bootstrap.EnvFile;
import dev.orderlens.bootstrap.OrderLensWiring;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** The {@code orderlens} launcher's entry point: reads the settings once and runs one command. */
public final class Main {

    /** The pipeline logs each degraded stage; at the terminal the answer itself says what went wrong. */
    private static final Logger PIPELINE_LOG = Logger.getLogger("dev.orderlens");

    private Main() {
    }

    public static void main(String[] args) {
        if (!List.of(args).contains("--debug")) {
            PIPELINE_LOG.setLevel(Level.SEVERE);
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Map<String, String> settings;
        try {
            settings = EnvFile.merged(System.getenv(), Path.of("").toAbsolutePath());
        } catch (RuntimeException e) {
            err.println("orderlens: " + ExitCodes.message(e));
            System.exit(ExitCodes.USAGE);
            return;
        }
        CliContext context = new CliContext(settings, OrderLensWiring::start, System.console() != null,
                new InputStreamReader(System.in, Charset.defaultCharset()));
        CommandLine commandLine = OrderLensCommand.commandLine(context);
        commandLine.setOut(out);
        commandLine.setErr(err);
        System.exit(commandLine.execute(args));
    }
}
