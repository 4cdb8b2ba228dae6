package dev.orderlens.cli;

import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.web.WebServer;
import dev.orderlens.web.WebSettings;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code orderlens web}: serves the chat page and the HTTP API until the process is stopped. */
@Command(name = "web", description = "Start the web app (the chat page and the HTTP API).")
final class WebCommand implements Callable<Integer> {

    private final CliContext context;
    private final Consumer<WebServer> awaitStop;
    /** Released once the server and OrderLens are closed, so that a shutdown hook can wait for it. */
    private final CountDownLatch closed = new CountDownLatch(1);

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "Port to listen on (default 7070).")
    private int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = WebSettings.DEFAULT_HOST,
            description = "Address to listen on (default 127.0.0.1, this machine only; 0.0.0.0 for every interface).")
    private String host;

    @Option(names = "--allowed-hosts", paramLabel = "NAME", split = ",",
            description = "Other names the server is called by (Host header), besides localhost, IP addresses and"
                    + " --host; comma-separated.")
    private List<String> allowedHosts = List.of();

    @Option(names = "--max-answers-in-flight", paramLabel = "N",
            description = "Questions answered at once; more wait their turn (default 256).")
    private Integer maxAnswersInFlight;

    WebCommand(CliContext context) {
        this.context = context;
        this.awaitStop = server -> untilTheProcessStops();
    }

    /** @param awaitStop returns when the server should stop (tests stop it at once) */
    WebCommand(CliContext context, Consumer<WebServer> awaitStop) {
        this.context = context;
        this.awaitStop = awaitStop;
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65_535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--port must be between 0 and 65535 (was " + port + ")");
        }
        if (maxAnswersInFlight != null && maxAnswersInFlight < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-answers-in-flight must be at least 1 (was " + maxAnswersInFlight + ")");
        }
        WebSettings settings = WebSettings.defaults().withHost(host).withPort(port).withAllowedHosts(allowedHosts);
        if (maxAnswersInFlight != null) {
            settings = settings.withMaxAnswersInFlight(maxAnswersInFlight);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (OrderLens orderLens = context.start(Map.of(), spec.commandLine().getErr(), true);
                WebServer server = WebServer.start(orderLens, settings)) {
            out.println("OrderLens is running at " + server.url() + " (Ctrl-C stops it)");
            out.flush();
            awaitStop.accept(server);
        } finally {
            closed.countDown();
        }
        return ExitCodes.OK;
    }

    /**
     * Waits for Ctrl-C or a TERM signal. The shutdown hook holds the JVM until the server has finished its open
     * streams and OrderLens is closed.
     */
    private void untilTheProcessStops() {
        CountDownLatch stopping = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.countDown();
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "orderlens-web-shutdown"));
        try {
            stopping.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
