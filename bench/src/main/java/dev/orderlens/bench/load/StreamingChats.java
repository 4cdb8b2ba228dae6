package dev.orderlens.bench.load;

import dev.orderlens.bench.Percentiles;
import dev.orderlens.bench.load.ChatClient.Exchange;
import dev.orderlens.bench.load.ChatClient.Kind;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Many concurrent streaming (SSE) RAG chats through the real web app against the stubbed backends, all
 * started at once: completed and failed answers, latency to the first token and to the end, peak heap and
 * live platform threads of this JVM (OrderLens and the load client; the stubs run in their own process).
 *
 * <pre>JAVA_OPTS=-Xmx512m bench/run load.StreamingChats [--chats 1000] [--rounds 1] [--model-slots N]</pre>
 *
 * {@code --model-slots} sets {@code OPENAI_MAX_CONCURRENT_REQUESTS} (default: twice the chats, so that the
 * model client never queues; 8 is the adapter's own default).
 */
public final class StreamingChats {

    private StreamingChats() {
    }

    public static void main(String[] args) throws Exception {
        Args options = new Args(args, "chats", "rounds", "model-slots");
        int chats = options.integer("chats", 1000);
        int rounds = options.integer("rounds", 1);
        int modelSlots = options.integer("model-slots", 2 * chats);
        StubLatencies latencies = StubLatencies.standard();

        System.out.println("# " + chats + " concurrent streaming chats");
        System.out.println(JvmFacts.describe() + ", " + ZonedDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE)
                + ", OPENAI_MAX_CONCURRENT_REQUESTS=" + modelSlots);
        try (StubProcess stubs = StubProcess.start(2 * chats + 64);
                OrderLensUnderTest orderLens = OrderLensUnderTest.start(stubs,
                        Map.of("OPENAI_MAX_CONCURRENT_REQUESTS", Integer.toString(modelSlots)));
                ChatClient client = new ChatClient(orderLens.chatUri())) {
            LoadRun run = new LoadRun(client::ask);
            run.run(Kind.RAG, Math.min(chats, 50), 3, Duration.ZERO);
            System.gc();
            long start = System.nanoTime();
            List<Exchange> exchanges;
            String resources;
            try (ResourceSampler sampler = ResourceSampler.start()) {
                exchanges = run.run(Kind.RAG, chats, rounds, Duration.ZERO);
                resources = sampler.report();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            report(latencies, exchanges, seconds, resources);
        }
    }

    private static void report(StubLatencies latencies, List<Exchange> exchanges, double seconds, String resources) {
        List<Exchange> ok = exchanges.stream().filter(Exchange::ok).toList();
        exchanges.stream().filter(e -> !e.ok()).map(Exchange::failure).distinct().limit(5)
                .forEach(f -> System.out.println("failure: " + f));
        Percentiles total = Percentiles.of(ok, Exchange::totalNanos);
        Percentiles first = Percentiles.of(ok, Exchange::firstTokenNanos);
        double firstTokenPath = latencies.ragFirstTokenPath(true).toMillis();
        System.out.printf(Locale.ROOT, "answers %d: completed %d, failed %d, in %.1f s%n", exchanges.size(), ok.size(),
                exchanges.size() - ok.size(), seconds);
        System.out.printf(Locale.ROOT, "total latency p50 %.0f ms, p99 %.0f ms, max %.0f ms (critical path %d ms)%n",
                total.millis(50), total.millis(99), total.maxMillis(), latencies.ragPath().toMillis());
        System.out.printf(Locale.ROOT, "first token p50 %.0f ms, p99 %.0f ms, max %.0f ms (stubs' own %.0f ms)%n",
                first.millis(50), first.millis(99), first.maxMillis(), firstTokenPath);
        System.out.println(resources);
    }
}
