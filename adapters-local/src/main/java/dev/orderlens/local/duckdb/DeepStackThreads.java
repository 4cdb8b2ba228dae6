package dev.orderlens.local.duckdb;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs DuckDB calls on platform threads with a deep stack. DuckDB parses, binds and plans a query recursively on
 * the calling thread's native stack; on a pool thread's default stack of 1 MB a deeply nested query ends the
 * whole process with SIGSEGV, which no Java code can catch. The guard bounds nesting well below what these
 * stacks hold; the stacks are the margin under that bound. They also keep virtual threads from being pinned to
 * their carrier for the length of a native call.
 */
final class DeepStackThreads {

    /** Reserved address space, not memory: a thread only touches the pages its calls use. */
    static final long STACK_BYTES = 256L * 1024 * 1024;

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final ThreadPoolExecutor THREADS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30,
            TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
                Thread thread = new Thread(null, task, "duckdb-call-" + NEXT.incrementAndGet(), STACK_BYTES);
                thread.setDaemon(true);
                return thread;
            });

    private DeepStackThreads() {
    }

    /**
     * Runs {@code call} on a deep-stack thread and waits for it, rethrowing what it throws. An interrupted caller
     * stops waiting; the call itself ends by its own timeout.
     */
    static <T> T call(Callable<T> call) throws Exception {
        Future<T> result = THREADS.submit(call);
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
