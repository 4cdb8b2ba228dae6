package dev.orderlens.testsupport;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a throw-away {@code redis-server} child process on a free loopback port for a test class, without
 * persistence. Skips the tests when redis-server is not installed, or fails them when the system property
 * {@code orderlens.requireExternalTools} is {@code true}.
 */
public class RedisServerProcess implements BeforeAllCallback, AfterAllCallback {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(10);

    private Path executable;
    private int port;
    private Process process;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Optional<Path> found = findRedisServer();
        if (found.isEmpty()) {
            String message = "redis-server is not installed (looked on PATH and in /usr/bin, /usr/local/bin)";
            if (Boolean.getBoolean("orderlens.requireExternalTools")) {
                fail(message + "; it is required because orderlens.requireExternalTools=true");
            }
            assumeTrue(false, message + ": skipping the Redis tests");
        }
        executable = found.get();
        port = freeLoopbackPort();
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (process != null) {
            stop();
        }
    }

    /** A client URL for the running server. */
    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Starts the server (again, on the same port after {@link #stop()}) and waits until it answers PING. */
    public void start() throws IOException, InterruptedException {
        List<String> command = Arrays.asList(executable.toString(), "--port", String.valueOf(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no");
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (!answersPing()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited with " + process.exitValue() + " on port " + port);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("redis-server did not answer on port " + port + " in " + STARTUP_LIMIT);
            }
            Thread.sleep(20);
        }
    }

    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(7);
            return "+PONG\r\n".equals(new String(reply, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Path> findRedisServer() {
        String path = System.getenv().getOrDefault("PATH", "");
        List<String> dirs = new java.util.ArrayList<>(Arrays.asList(path.split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/bin", "/usr/local/bin"));
        return dirs.stream()
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "redis-server"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    public static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
