package dev.orderlens.cli;

import java.io.IOException;
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

/**
 * {@code orderlens web} on a home, in its own JVM as a person starts it, owning the home's indexes and their write
 * locks; ready once {@code /ready} says every backend answers.
 */
final class WebAppProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(4);

    private final Process process;
    private final Path log;
    private final int port;

    private WebAppProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the web app on {@code home} with the settings given and waits until it is ready. */
    static WebAppProcess startOn(Path home, Map<String, String> settings) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = home.resolve("web.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "web", "--port", String.valueOf(port)))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("ORDERLENS_HOME", home.toString());
        builder.environment().putAll(settings);
        WebAppProcess web = new WebAppProcess(builder.start(), log, port);
        web.awaitReady();
        return web;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private void awaitReady() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(uri("/ready")).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the web app stopped: " + Files.readString(log));
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
        throw new AssertionError("the web app was not ready within " + STARTUP + ": " + Files.readString(log));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
