package dev.orderlens.core.pipeline;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Executors for the pipeline's parallel work: virtual threads when the JVM has them, named daemon threads otherwise. */
public final class TaskExecutors {

    private TaskExecutors() {
    }

    /** One new thread per task (virtual on JDK 21+), so blocking calls to outside systems cost no pool slot. */
    public static ExecutorService perTask(String name) {
        if (Runtime.version().feature() >= 21) {
            try {
                return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
            } catch (ReflectiveOperationException e) {
                // The JDK reports 21+ but lacks the method: use platform threads below.
            }
        }
        return Executors.newCachedThreadPool(named(name));
    }

    static ThreadFactory named(String name) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
