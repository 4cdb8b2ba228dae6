package dev.orderlens.bench.load;

import dev.orderlens.bench.Percentiles;
import dev.orderlens.bench.load.ChatClient.Exchange;
import dev.orderlens.bench.load.ChatClient.Kind;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * OrderLens's own cost against stubbed backends of fixed latency: end-to-end latency of {@code POST /api/chat}
 * divided by the critical path of the stubbed calls, at p50 and p99, for 1, 50 and 200 concurrent sessions.
 * The same sequence of calls made straight to the stubs is measured alongside, as the control.
 *
 * <pre>bench/run load.OverheadRatio [--sessions 1,50,200] [--requests 30] [--kinds sql,rag] [--model-slots N]</pre>
 *
 * Each session count runs {@code max(requests, 3 × sessions)} questions of each kind; kinds are {@code sql},
 * {@code rag} (routed by the classifier), {@code forced-sql} and {@code forced-rag}. {@code --model-slots} sets
 * {@code OPENAI_MAX_CONCURRENT_REQUESTS} (default: twice the most sessions; 8 is the adapter's own default).
 */
public final class OverheadRatio {

    private static final double GOAL_P50 = 1.05;
    private static final double GOAL_P99 = 1.15;
    private static final double GOAL_FIRST_TOKEN_MS = 25;

    private OverheadRatio() {
    }

    public static void main(String[] args) throws Exception {
        Args options = new Args(args, "sessions", "requests", "kinds", "model-slots");
        List<Integer> sessionCounts = options.list("sessions", "1,50,200").stream().map(Integer::parseInt).toList();
        int requests = options.integer("requests", 30);
        List<Kind> kinds = options.list("kinds", "sql,rag").stream()
                .map(k -> Kind.valueOf(k.toUpperCase(Locale.ROOT).replace('-', '_'))).toList();
        int maxSessions = sessionCounts.stream().max(Integer::compare).orElse(1);
        int modelSlots = options.integer("model-slots", 2 * maxSessions);
        StubLatencies latencies = StubLatencies.standard();

        System.out.println("# Overhead against stubbed backends");
        System.out.println(JvmFacts.describe() + ", " + ZonedDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE));
        System.out.println("stub latencies: " + latencies + ", OPENAI_MAX_CONCURRENT_REQUESTS=" + modelSlots);
        try (StubProcess stubs = StubProcess.start(4 * maxSessions + 64);
                BackendsAlone alone = new BackendsAlone(stubs);
                OrderLensUnderTest orderLens = OrderLensUnderTest.start(stubs,
                        Map.of("OPENAI_MAX_CONCURRENT_REQUESTS", Integer.toString(modelSlots)));
                ChatClient client = new ChatClient(orderLens.chatUri())) {
            LoadRun direct = new LoadRun(alone);
            LoadRun chats = new LoadRun(client::ask);
            warmUp(kinds, direct, chats, Math.min(maxSessions, 50));
            System.out.println();
            System.out.println("| kind | sessions | answers | failed | critical path | p50 ms | p99 ms | ratio p50 | ratio p99"
                    + " | control ratio p50 / p99 | first token beyond model p50 / p99 | CPU ms per answer: OrderLens / stubs |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
            List<String> stageLines = new ArrayList<>();
            for (int sessions : sessionCounts) {
                int rounds = (int) Math.ceil(Math.max(requests, 3.0 * sessions) / sessions);
                for (Kind kind : kinds) {
                    Duration path = criticalPath(latencies, kind);
                    List<Exchange> control = direct.run(kind, sessions, rounds, path);
                    long cpuBefore = JvmFacts.processCpuNanos();
                    long stubCpuBefore = stubs.cpuNanos();
                    List<Exchange> measured = chats.run(kind, sessions, rounds, path);
                    double cpuPerAnswer = (JvmFacts.processCpuNanos() - cpuBefore) / 1e6 / measured.size();
                    double stubCpuPerAnswer = (stubs.cpuNanos() - stubCpuBefore) / 1e6 / measured.size();
                    System.out.println(row(latencies, kind, sessions, path, measured, control,
                            String.format(Locale.ROOT, "%.1f / %.1f", cpuPerAnswer, stubCpuPerAnswer)));
                    stageLines.add(stages(kind, sessions, measured));
                }
            }
            System.out.println();
            System.out.println("Server-side stage times, p50 / p99 ms (each includes its stubbed calls):");
            stageLines.forEach(System.out::println);
        }
    }

    private static void warmUp(List<Kind> kinds, LoadRun direct, LoadRun chats, int sessions) {
        for (Kind kind : kinds) {
            direct.run(kind, sessions, 2, Duration.ZERO);
            List<Exchange> warm = chats.run(kind, sessions, 3, Duration.ZERO);
            warm.stream().filter(e -> !e.ok()).findFirst().ifPresent(e -> System.out.println(
                    "warm-up " + kind.label() + " failed: " + e.failure()));
        }
    }

    static Duration criticalPath(StubLatencies latencies, Kind kind) {
        return switch (kind) {
            case SQL -> latencies.sqlPath();
            case RAG -> latencies.ragPath();
            case FORCED_SQL -> latencies.forcedSqlPath();
            case FORCED_RAG -> latencies.forcedRagPath();
        };
    }

    private static String row(StubLatencies latencies, Kind kind, int sessions, Duration path, List<Exchange> measured,
            List<Exchange> control, String cpuPerAnswer) {
        List<Exchange> ok = measured.stream().filter(Exchange::ok).toList();
        long failed = measured.size() - ok.size();
        measured.stream().filter(e -> !e.ok()).map(Exchange::failure).distinct().limit(3)
                .forEach(f -> System.out.println("  failure: " + f));
        Percentiles total = Percentiles.of(ok, Exchange::totalNanos);
        Percentiles controlTotal = Percentiles.of(control.stream().filter(Exchange::ok).toList(), Exchange::totalNanos);
        double pathMs = path.toMillis();
        String firstToken = "–";
        if (kind.streamed) {
            Percentiles first = Percentiles.of(ok, Exchange::firstTokenNanos);
            double modelPath = latencies.ragFirstTokenPath(kind == Kind.RAG).toMillis();
            Percentiles controlFirst = Percentiles.of(control, Exchange::firstTokenNanos);
            firstToken = String.format(Locale.ROOT, "%+.1f / %+.1f ms %s (control %+.1f / %+.1f)",
                    first.millis(50) - modelPath, first.millis(99) - modelPath,
                    mark(first.millis(50) - modelPath <= GOAL_FIRST_TOKEN_MS
                            && first.millis(99) - modelPath <= GOAL_FIRST_TOKEN_MS),
                    controlFirst.millis(50) - modelPath, controlFirst.millis(99) - modelPath);
        }
        double p50 = total.millis(50) / pathMs;
        double p99 = total.millis(99) / pathMs;
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.0f ms | %.0f | %.0f | %.3f %s | %.3f %s | %.3f / %.3f | %s | %s |",
                kind.label(), sessions, measured.size(), failed, pathMs, total.millis(50), total.millis(99),
                p50, mark(p50 <= GOAL_P50), p99, mark(p99 <= GOAL_P99),
                controlTotal.millis(50) / pathMs, controlTotal.millis(99) / pathMs, firstToken, cpuPerAnswer);
    }

    private static String stages(Kind kind, int sessions, List<Exchange> measured) {
        List<Exchange> ok = measured.stream().filter(Exchange::ok).toList();
        StringBuilder line = new StringBuilder("- " + kind.label() + ", " + sessions + " sessions:");
        ok.stream().findFirst().ifPresent(first -> first.stages().keySet().forEach(stage -> {
            Percentiles times = Percentiles.of(ok, e -> (long) (e.stages().getOrDefault(stage, -1.0) * 1e6));
            line.append(String.format(Locale.ROOT, " %s %.1f / %.1f;", stage, times.millis(50), times.millis(99)));
        }));
        return line.toString();
    }

    private static String mark(boolean met) {
        return met ? "✓" : "✗";
    }
}
