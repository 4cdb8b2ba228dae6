package dev.orderlens.cli;

import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.web.Startup;
import dev.orderlens.web.WebServer;
import dev.orderlens.web.WebSettings;
import java.io.PrintWriter;
import java.time.Duration;
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

    /** How long a failed start stays on the page before the process exits: a page polling it sees it by then. */
    private static final Duration FAILURE_SHOWN_FOR = Duration.ofSeconds(10);

    private final CliContext context;
    private final Duration failureShownFor;
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
        this(context, FAILURE_SHOWN_FOR, null);
    }

    /** @param awaitStop returns when the server should stop (tests stop it at once) */
    WebCommand(CliContext context, Consumer<WebServer> awaitStop) {
        this(context, Duration.ZERO, awaitStop);
    }

    private WebCommand(CliContext context, Duration failureShownFor, Consumer<WebServer> awaitStop) {
        this.context = context;
        this.failureShownFor = failureShownFor;
        this.awaitStop = awaitStop == null ? server -> untilTheProcessStops() : awaitStop;
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
        Startup startup = new Startup();
        OrderLens orderLens = null;
        // The server listens first so that the page can show the start-up (a first start takes minutes); it stops
        // before OrderLens closes, letting open answers finish.
        try (WebServer server = WebServer.start(startup, settings)) {
            out.println("OrderLens is starting at " + server.url() + " (the page shows its progress)");
            out.flush();
            orderLens = startOrShowFailure(startup);
            startup.ready(orderLens);
            out.println("OrderLens is running at " + server.url() + " (Ctrl-C stops it)");
            out.flush();
            awaitStop.accept(server);
        } finally {
            if (orderLens != null) {
                orderLens.close();
            }
            closed.countDown();
        }
        return ExitCodes.OK;
    }

    /** A failed start is shown on the page for a while, so that a page already open tells why, then rethrown. */
    private OrderLens startOrShowFailure(Startup startup) {
        try {
            return context.start(Map.of(), spec.commandLine().getErr(), true, startup);
        } catch (RuntimeException | Error e) {
            startup.failed(e);
            try {
                Thread.sleep(failureShownFor.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            throw e;
        }
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
