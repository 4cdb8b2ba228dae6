package dev.orderlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.web.WebSettings;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class WebCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(WebCommand command, String... args) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static CliContext context() {
        return new CliContext(Map.of("ORDERLENS_HOME", "target/cli-home"),
                (settings, listener) -> new FakeOrderLens(true).build(settings), false, new StringReader(""));
    }

    @Test
    void serves_the_app_on_the_given_port_until_stopped() {
        AtomicReference<HttpResponse<String>> health = new AtomicReference<>();
        WebCommand web = new WebCommand(context(), server -> {
            try {
                health.set(HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(server.url() + "health")).build(),
                        HttpResponse.BodyHandlers.ofString()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        int exitCode = run(web, "--port", "0");

        assertThat(exitCode).isZero();
        assertThat(out.toString()).startsWith("OrderLens is starting at http://").contains("OrderLens is running at http://");
        assertThat(health.get().statusCode()).isEqualTo(200);
    }

    @Test
    void listens_on_loopback_unless_given_a_host_and_takes_allowed_host_names() {
        AtomicReference<WebSettings> byDefault = new AtomicReference<>();
        AtomicReference<WebSettings> opened = new AtomicReference<>();

        run(new WebCommand(context(), server -> byDefault.set(server.settings())), "--port", "0");
        int exitCode = run(new WebCommand(context(), server -> opened.set(server.settings())), "--port", "0",
                "--host", "0.0.0.0", "--allowed-hosts", "orders.example,orders.intranet");

        assertThat(exitCode).isZero();
        assertThat(byDefault.get().host()).isEqualTo("127.0.0.1");
        assertThat(byDefault.get().allowedHosts()).isEmpty();
        assertThat(opened.get().host()).isEqualTo("0.0.0.0");
        assertThat(opened.get().allowedHosts()).containsExactly("orders.example", "orders.intranet");
    }

    @Test
    void takes_the_number_of_answers_in_flight() {
        AtomicReference<Integer> inFlight = new AtomicReference<>();

        int exitCode = run(new WebCommand(context(), server -> inFlight.set(server.settings().maxAnswersInFlight())),
                "--port", "0", "--max-answers-in-flight", "12");

        assertThat(exitCode).isZero();
        assertThat(inFlight.get()).isEqualTo(12);
    }

    @Test
    void refuses_no_answers_in_flight() {
        int exitCode = run(new WebCommand(context(), server -> { }), "--port", "0", "--max-answers-in-flight", "0");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("--max-answers-in-flight must be at least 1");
    }

    @Test
    void refuses_a_port_out_of_range() {
        int exitCode = run(new WebCommand(context(), server -> { }), "--port", "70000");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("--port must be between 0 and 65535");
    }

    @Test
    void listens_before_orderlens_has_started_and_shows_its_progress() throws Exception {
        int port = freePort();
        AtomicReference<String> whileStarting = new AtomicReference<>();
        AtomicReference<HttpResponse<String>> apiWhileStarting = new AtomicReference<>();
        CliContext slowStart = new CliContext(Map.of("ORDERLENS_HOME", "target/cli-home"), (settings, listener) -> {
            listener.progress("Generating orders", 500, 1_000);
            whileStarting.set(get(port, "/startup").body());
            apiWhileStarting.set(get(port, "/api/examples"));
            return new FakeOrderLens(true).build(settings);
        }, false, new StringReader(""));
        AtomicReference<Integer> examplesWhenRunning = new AtomicReference<>();

        int exitCode = run(new WebCommand(slowStart, server -> examplesWhenRunning.set(
                get(port, "/api/examples").statusCode())), "--port", Integer.toString(port));

        assertThat(exitCode).isZero();
        assertThat(whileStarting.get()).startsWith("{\"state\":\"starting\"")
                .contains("{\"task\":\"Generating orders\",\"done\":500,\"total\":1000,\"percent\":50}");
        assertThat(apiWhileStarting.get().statusCode()).isEqualTo(503);
        assertThat(apiWhileStarting.get().body()).contains("\"code\":\"starting\"");
        assertThat(examplesWhenRunning.get()).isEqualTo(200);
        assertThat(out.toString()).contains("OrderLens is starting at http://localhost:" + port + "/");
    }

    @Test
    void a_start_that_fails_stops_the_server_and_exits_with_its_error() {
        CliContext failing = new CliContext(Map.of("ORDERLENS_HOME", "target/cli-home"), (settings, listener) -> {
            throw new IllegalStateException("cannot write the index: No space left on device");
        }, false, new StringReader(""));
        AtomicReference<WebSettings> reached = new AtomicReference<>();

        int exitCode = run(new WebCommand(failing, server -> reached.set(server.settings())), "--port", "0");

        assertThat(exitCode).isNotZero();
        assertThat(err.toString()).contains("cannot write the index: No space left on device");
        assertThat(reached.get()).as("never serves the chat").isNull();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static HttpResponse<String> get(int port, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
