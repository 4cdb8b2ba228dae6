package dev.orderlens.bench;

import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.bootstrap.OrderLensWiring;
import dev.orderlens.core.Assistant;
import dev.orderlens.local.sample.SampleDataGenerator;
import dev.orderlens.local.sample.SampleDataset;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Embedded-mode throughput: starts OrderLens as a user would on the embedded defaults (DuckDB, Lucene, MiniLM,
 * no LLM) for each sample size, timing a first start (generating the data and building the indexes) and a second
 * one (reusing them), then asks a fixed mix of SQL and RAG questions from several threads and prints, per
 * answering mode, questions per second and latency percentiles as a markdown table.
 *
 * <p>Only {@code ORDERLENS_HOME} and {@code ORDERLENS_SAMPLE_ORDERS} are set, so settings in the environment
 * (an LLM, Databricks, Redis) never change what is measured. Run: {@code bench/run EmbeddedThroughput
 * --orders 60000,250000 --threads 2 --seconds 30}.
 */
public final class EmbeddedThroughput {

    private EmbeddedThroughput() {
    }

    public static void main(String[] args) throws IOException {
        ThroughputOptions options;
        try {
            options = ThroughputOptions.parse(args, defaultHome());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(ThroughputOptions.USAGE);
            System.exit(2);
            return;
        }
        List<String> header = List.of(
                "date " + LocalDate.now() + "; " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.runtime.version") + "; "
                        + Runtime.getRuntime().availableProcessors() + " cores; max heap "
                        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB",
                options.threads() + " threads, " + options.warmupSeconds() + " s warm-up, " + options.seconds()
                        + " s measured per sample size" + (options.withoutOrdersIndex() ? ", without the orders index" : "")
                        + "; load average before: " + loadAverage());
        header.forEach(line -> System.err.println("# " + line));
        List<ScaleResult> results = new ArrayList<>();
        for (int orders : options.orderCounts()) {
            results.add(measure(orders, options));
        }
        System.out.println();
        header.forEach(System.out::println);
        System.out.println("load average after: " + loadAverage());
        System.out.println();
        printStartTable(results, options);
        System.out.println();
        printThroughputTable(results, options);
    }

    private record ScaleResult(int orders, double firstStart, StartupPhases phases, double secondStart,
            LoadRun.Result load) {
    }

    private static ScaleResult measure(int orders, ThroughputOptions options) throws IOException {
        Path home = options.home().resolve("orders-" + orders);
        if (!options.keepData()) {
            BenchFiles.deleteRecursively(home);
        }
        Map<String, String> env = Map.of("ORDERLENS_HOME", home.toString(),
                "ORDERLENS_SAMPLE_ORDERS", Integer.toString(orders));
        System.err.printf(Locale.ROOT, "# %,d orders: first start in %s%n", orders, home);
        StartupPhases phases = new StartupPhases();
        long started = System.nanoTime();
        start(env, options, phases).close();
        double firstStart = secondsSince(started);
        System.err.printf(Locale.ROOT, "# first start %.1f s %s; second start%n", firstStart, phases.seconds());

        started = System.nanoTime();
        try (Running running = start(env, options, new StartupPhases())) {
            double secondStart = secondsSince(started);
            LoadRun load = new LoadRun(running.assistant(), ThroughputQuestions.mix(), options.threads());
            System.err.printf(Locale.ROOT, "# second start %.1f s; warming up%n", secondStart);
            load.askEachOnce();
            load.run(options.warmupSeconds());
            System.err.printf(Locale.ROOT, "# measuring for %d s%n", options.seconds());
            LoadRun.Result result = load.run(options.seconds());
            return new ScaleResult(orders, firstStart, phases, secondStart, result);
        }
    }

    /** A started assistant and what to close when done with it. */
    private record Running(Assistant assistant, Runnable closer) implements AutoCloseable {
        @Override
        public void close() {
            closer.run();
        }
    }

    private static Running start(Map<String, String> env, ThroughputOptions options, StartupPhases phases) {
        if (options.withoutOrdersIndex()) {
            WithoutOrdersIndex started = WithoutOrdersIndex.start(Path.of(env.get("ORDERLENS_HOME")),
                    Integer.parseInt(env.get("ORDERLENS_SAMPLE_ORDERS")), phases);
            return new Running(started.assistant(), started::close);
        }
        OrderLens orderLens = OrderLensWiring.start(env, phases);
        return new Running(orderLens.assistant(), orderLens::close);
    }

    private static void printStartTable(List<ScaleResult> results, ThroughputOptions options) {
        System.out.println("| orders | sample orders | analytics documents | orders index | analytics index | first start "
                + "| second start |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (ScaleResult r : results) {
            System.out.printf(Locale.ROOT, "| %,d | %s | %s | %s | %s | %.1f s | %.1f s |%n", r.orders(),
                    phase(r.phases(), SampleDataGenerator.TASK), phase(r.phases(), SampleDataset.DOCUMENTS_TASK),
                    options.withoutOrdersIndex() ? "not built" : phase(r.phases(), "Indexing orders"),
                    phase(r.phases(), "Indexing analytics"), r.firstStart(), r.secondStart());
        }
    }

    private static void printThroughputTable(List<ScaleResult> results, ThroughputOptions options) {
        System.out.println("| orders | mode | answers | answers/s | p50 ms | p95 ms | p99 ms | failed |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|");
        for (ScaleResult r : results) {
            for (LoadRun.Mode mode : LoadRun.Mode.values()) {
                Latencies latencies = r.load().latencies().get(mode);
                System.out.printf(Locale.ROOT, "| %,d | %s | %d | %.1f | %.1f | %.1f | %.1f | %s |%n", r.orders(),
                        mode, latencies.count(), r.load().perSecond(mode), latencies.percentileMillis(50),
                        latencies.percentileMillis(95), latencies.percentileMillis(99),
                        mode == LoadRun.Mode.SQL ? r.load().failures() : "");
            }
        }
        System.out.printf(Locale.ROOT, "(%d threads; a question's mode is the one that answered it)%n",
                options.threads());
    }

    /** "12.3 s (5,120 docs)" from a task named like "Indexing orders (5120 documents)"; "reused" when it did not run. */
    private static String phase(StartupPhases phases, String prefix) {
        Map.Entry<String, Double> task = phases.find(prefix);
        if (task == null) {
            return "reused";
        }
        String name = task.getKey();
        int open = name.indexOf('(');
        String count = open < 0 ? "" : " " + name.substring(open).replace(" documents)", " docs)");
        return String.format(Locale.ROOT, "%.1f s%s", task.getValue(), count);
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
    }

    /** {@code bench/target/embedded-home}, found from where this class was loaded. */
    private static Path defaultHome() {
        try {
            Path classes = Path.of(EmbeddedThroughput.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.getParent().resolve("embedded-home");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the bench classes", e);
        }
    }

    private static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
