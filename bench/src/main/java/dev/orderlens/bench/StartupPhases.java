package dev.orderlens.bench;

import dev.orderlens.bootstrap.StartupListener;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Times the long tasks of a start (generating orders, writing documents, indexing) from their progress reports:
 * a task lasts from its announcement (or else its first report) to its last report. Tasks are named as the
 * wiring names them, e.g. "Indexing orders (5123 documents)".
 */
final class StartupPhases implements StartupListener {

    private final Map<String, Long> announced = new HashMap<>();
    private final Map<String, long[]> spans = new LinkedHashMap<>();

    @Override
    public synchronized void progress(String task, long done, long total) {
        long now = System.nanoTime();
        long start = announced.getOrDefault(task, now);
        spans.computeIfAbsent(task, t -> new long[] {start, now})[1] = now;
    }

    @Override
    public synchronized void info(String message) {
        announced.putIfAbsent(message, System.nanoTime());
        System.err.println("  " + message);
    }

    /** Seconds per task, in the order the tasks started. */
    synchronized Map<String, Double> seconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        spans.forEach((task, span) -> seconds.put(task, (span[1] - span[0]) / 1e9));
        return seconds;
    }

    /** Seconds of the first task whose name starts with {@code prefix}, and its full name; null when none ran. */
    synchronized Map.Entry<String, Double> find(String prefix) {
        return seconds().entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).findFirst().orElse(null);
    }
}
