package dev.orderlens.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@link StubBackends} in a JVM of their own, stopped when this one closes it (or exits). */
final class StubProcess implements AutoCloseable {

    private final Process process;
    private final String openAiBaseUrl;
    private final String databricksHost;

    private StubProcess(Process process, String openAiBaseUrl, String databricksHost) {
        this.process = process;
        this.openAiBaseUrl = openAiBaseUrl;
        this.databricksHost = databricksHost;
    }

    /** Starts the stubs with enough threads for {@code threads} calls in flight. */
    static StubProcess start(int threads) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx1g", "-XX:+UseParallelGC",
                "-cp", System.getProperty("java.class.path"), StubBackends.class.getName(), Integer.toString(threads)))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("stubs ")) {
            process.destroy();
            throw new IOException("the stub backends did not start: " + line);
        }
        String[] parts = line.split(" ");
        return new StubProcess(process, parts[1], parts[2]);
    }

    /** CPU time the stubs have used so far. */
    long cpuNanos() {
        return process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    String openAiBaseUrl() {
        return openAiBaseUrl;
    }

    String databricksHost() {
        return databricksHost;
    }

    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            if (process.waitFor(10, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy();
    }
}
