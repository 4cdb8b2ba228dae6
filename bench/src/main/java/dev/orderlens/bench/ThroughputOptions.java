package dev.orderlens.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@link EmbeddedThroughput}.
 *
 * @param orderCounts the sample sizes to measure, one OrderLens home each
 * @param threads how many threads ask at once
 * @param warmupSeconds how long the threads ask before measuring starts
 * @param seconds how long the measurement lasts per sample size
 * @param home the directory holding one {@code orders-N} home per sample size
 * @param keepData whether to reuse data and indexes left by an earlier run (the first start is then not a first)
 * @param withoutOrdersIndex whether to start without the orders index (see {@link WithoutOrdersIndex})
 */
record ThroughputOptions(List<Integer> orderCounts, int threads, int warmupSeconds, int seconds, Path home,
        boolean keepData, boolean withoutOrdersIndex) {

    static final String USAGE = """
            usage: bench/run EmbeddedThroughput [--orders N[,N...]] [--threads T] [--seconds S] [--warmup S]
                                                [--home DIR] [--keep-data] [--without-orders-index]
              --orders     sample sizes (ORDERLENS_SAMPLE_ORDERS), default 60000
              --threads    threads asking at once, default 2
              --seconds    measured seconds per sample size, default 30
              --warmup     seconds of asking before measuring, default 10
              --home       where the orders-N homes go, default bench/target/embedded-home
              --keep-data  reuse data and indexes of an earlier run instead of starting from scratch
              --without-orders-index
                           the embedded wiring without the orders index: data generation and the SQL path
                           at sizes whose orders index takes too long to build; RAG from the analytics
                           documents alone""";

    static ThroughputOptions parse(String[] args, Path defaultHome) {
        List<Integer> orders = List.of(60_000);
        int threads = 2;
        int warmup = 10;
        int seconds = 30;
        Path home = defaultHome;
        boolean keepData = false;
        boolean withoutOrdersIndex = false;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--keep-data")) {
                keepData = true;
                continue;
            }
            if (flag.equals("--without-orders-index")) {
                withoutOrdersIndex = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String value = args[++i];
            switch (flag) {
                case "--orders" -> orders = orderCounts(value);
                case "--threads" -> threads = positive(flag, value);
                case "--seconds" -> seconds = positive(flag, value);
                case "--warmup" -> warmup = positive(flag, value);
                case "--home" -> home = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        return new ThroughputOptions(orders, threads, warmup, seconds, home.toAbsolutePath(), keepData,
                withoutOrdersIndex);
    }

    private static List<Integer> orderCounts(String value) {
        List<Integer> counts = new ArrayList<>();
        for (String part : value.split(",")) {
            counts.add(positive("--orders", part.strip().replace("_", "")));
        }
        return List.copyOf(counts);
    }

    private static int positive(String flag, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the flag's name
        }
        throw new IllegalArgumentException(flag + " must be a positive whole number (was '" + value + "')");
    }
}
