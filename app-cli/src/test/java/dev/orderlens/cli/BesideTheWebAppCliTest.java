package dev.orderlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.bootstrap.OrderLensWiring;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The commands that only read, run on a home while {@code orderlens web} runs on it in another JVM, which owns the
 * home's search indexes and holds their write locks as it does for a user.
 */
class BesideTheWebAppCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STARTUP = Duration.ofMinutes(4);

    @TempDir
    static Path home;

    private static Process web;
    private static Path webLog;

    @BeforeAll
    static void startTheWebAppOnTheHome() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        webLog = home.resolve("web.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "web", "--port", String.valueOf(port)))
                .redirectErrorStream(true).redirectOutput(webLog.toFile());
        builder.environment().put("ORDERLENS_HOME", home.toString());
        builder.environment().put("ORDERLENS_SAMPLE_ORDERS", "2000");
        web = builder.start();
        awaitReady(port);
    }

    @AfterAll
    static void stopTheWebApp() throws InterruptedException {
        if (web != null) {
            web.destroy();
            web.waitFor();
        }
    }

    @Test
    void runs_sql_beside_the_web_app() {
        CliRun.Result sql = run("sql", "SELECT count(*) AS n FROM orders");

        assertThat(sql.exitCode()).as(sql.err()).isZero();
        assertThat(sql.out()).isEqualTo("   n\n----\n2000\n(1 row)\n");
    }

    @Test
    void asks_by_sql_and_from_documents_beside_the_web_app() throws Exception {
        CliRun.Result sql = run("ask", "--format", "json", "How many orders did we get in 2025?");
        CliRun.Result rag = run("ask", "Has any product been recalled?");

        assertThat(sql.exitCode()).as(sql.err()).isZero();
        JsonNode answer = JSON.readTree(sql.out());
        assertThat(answer.get("mode").asText()).isEqualTo("sql");
        assertThat(answer.get("rows").get(0).get(0).asLong()).isPositive();
        assertThat(rag.exitCode()).as(rag.err()).isZero();
        assertThat(rag.out().toLowerCase()).contains("recall").contains("sources:\n[1] ");
    }

    @Test
    void doctor_names_the_indexes_it_shares_read_only() {
        CliRun.Result doctor = run("doctor");

        assertThat(doctor.exitCode()).as(doctor.err()).isZero();
        assertThat(doctor.out()).doesNotContain("unreachable");
        assertThat(doctor.out().lines().filter(line -> line.startsWith("vector index ")))
                .hasSize(2).allSatisfy(line -> assertThat(line).contains("shared read-only"));
    }

    @Test
    void tells_about_the_data_beside_the_web_app() {
        CliRun.Result info = run("data", "info");

        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("rows:   2000 in orders");
    }

    /**
     * Each command starts on its own, as a terminal command does, and closes what it opened. It asks for the default
     * sample size, as a person typing a command would: the web app's smaller sample must stay as it is.
     */
    private static CliRun.Result run(String... args) {
        CliContext context = new CliContext(Map.of("ORDERLENS_HOME", home.toString()), OrderLensWiring::start, false,
                new StringReader(""));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = OrderLensCommand.commandLine(context);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new CliRun.Result(commandLine.execute(args), out.toString(), err.toString());
    }

    /** Until the web app has started OrderLens: it listens, and answers /health, from its first second. */
    private static void awaitReady(int port) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ready")).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!web.isAlive()) {
                throw new AssertionError("the web app stopped: " + Files.readString(webLog));
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the web app did not start within " + STARTUP + ": " + Files.readString(webLog));
    }
}
