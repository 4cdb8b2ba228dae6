package dev.orderlens.bootstrap;

import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.domain.route.RoutePreference;
import dev.orderlens.core.domain.telemetry.Stage;
import dev.orderlens.core.pipeline.AskCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded defaults' performance goals, measured: first start (generation and indexing) and a later
 * start, and warm answer latency for SQL and RAG questions. Opt-in, since a first start takes a minute or
 * more: {@code ./mvnw -pl bootstrap -am test -Dtest=EmbeddedDefaultsBenchmark -Dorderlens.benchmarks=true
 * -Dsurefire.failIfNoSpecifiedTests=false}. Figures go to {@code bootstrap/target/benchmarks.txt}.
 */
@EnabledIfSystemProperty(named = "orderlens.benchmarks", matches = "true")
class EmbeddedDefaultsBenchmark {

    private static final int ROUNDS = 20;
    private static final List<String> SQL_QUESTIONS = List.of(
            "Which carrier was late most often in September 2025?", "Revenue by month in 2024",
            "Top 3 states by revenue in 2025", "Average order value in Q4 2025",
            "How many orders were cancelled last month?", "Refunds by return reason in 2025");
    private static final List<String> RAG_QUESTIONS = List.of(
            "Why were Southeast deliveries late in September?", "Has any product been recalled?",
            "How should I handle a customer who wants a refund for a damaged item?",
            "Why did cancellations spike on March 14, 2025?", "What did the December 2025 monthly review say?");

    @Test
    void measures_start_up_and_warm_latency(@TempDir Path home) throws IOException {
        Map<String, String> env = Map.of("ORDERLENS_HOME", home.toString());
        List<String> report = new ArrayList<>();

        long firstStart = System.nanoTime();
        OrderLensWiring.start(env, StartupListener.SILENT).close();
        report.add(String.format(Locale.ROOT, "first start (generate + index): %.1f s", seconds(firstStart)));

        long laterStart = System.nanoTime();
        try (OrderLens orderLens = OrderLensWiring.start(env, StartupListener.SILENT)) {
            report.add(String.format(Locale.ROOT, "later start: %.1f s", seconds(laterStart)));
            warmUp(orderLens);
            report.add(latencies("SQL answer", orderLens, SQL_QUESTIONS, RoutePreference.AUTO));
            report.add(latencies("RAG answer", orderLens, RAG_QUESTIONS, RoutePreference.AUTO));
        }
        Files.write(Path.of("target", "benchmarks.txt"), report);
        report.forEach(System.out::println);
    }

    private static void warmUp(OrderLens orderLens) {
        for (String question : SQL_QUESTIONS) {
            orderLens.assistant().ask(new AskCommand(question, SessionId.random().value()));
        }
        for (String question : RAG_QUESTIONS) {
            orderLens.assistant().ask(new AskCommand(question, SessionId.random().value()));
        }
    }

    private static String latencies(String label, OrderLens orderLens, List<String> questions,
            RoutePreference route) {
        List<Double> totals = new ArrayList<>();
        List<Double> retrieval = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String question : questions) {
                Answer answer = orderLens.assistant().ask(new AskCommand(question, SessionId.random().value(), route,
                        List.of()));
                totals.add(millis(answer.timings().get(Stage.TOTAL).orElseThrow()));
                answer.timings().get(Stage.RETRIEVAL).ifPresent(d -> retrieval.add(millis(d)));
            }
        }
        String line = String.format(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms over %d answers", label,
                percentile(totals, 50), percentile(totals, 95), totals.size());
        return retrieval.isEmpty() ? line : line + String.format(Locale.ROOT,
                "; retrieval over both indexes p50 %.1f ms", percentile(retrieval, 50));
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
