package dev.orderlens.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies one shared component to many inputs at once, as the web app does when several people ask at the same
 * moment: every call starts together, on its own thread.
 */
final class Concurrently {

    private static final long TIMEOUT_SECONDS = 60;

    private Concurrently() {
    }

    /** The results in the order of {@code inputs}; the first failure of any call is thrown. */
    static <T, R> List<R> map(List<T> inputs, Function<T, R> call) throws Exception {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(inputs.size(),
                task -> new Thread(task, "contract-caller-" + threads.incrementAndGet()));
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<R>> calls = new ArrayList<>();
            for (T input : inputs) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return call.apply(input);
                }));
            }
            start.countDown();
            List<R> results = new ArrayList<>();
            for (Future<R> future : calls) {
                results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
