package dev.orderlens.mlflow.internal;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * Runs tasks one after another on a named daemon thread, from a bounded queue, so that callers never wait: a task
 * that does not fit is dropped and counted. Failures are counted and logged when they start and when they stop,
 * not once per task. {@link #close(Duration)} lets the queue drain for a bounded time.
 */
public final class BackgroundQueue {

    /** Work that may fail or be interrupted. */
    @FunctionalInterface
    public interface Task {
        void run() throws InterruptedException;
    }

    private static final int DROP_LOG_INTERVAL = 100;

    private final BlockingQueue<Task> tasks;
    private final Logger log;
    private final String what;
    private final Thread worker;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private volatile boolean failing;

    public BackgroundQueue(String threadName, int capacity, Logger log, String what) {
        this.tasks = new ArrayBlockingQueue<>(capacity);
        this.log = log;
        this.what = what;
        this.worker = new Thread(this::work, threadName);
        worker.setDaemon(true);
        worker.start();
    }

    /** Queues the task, or drops it when the queue is full or closed; never blocks. */
    public void submit(Task task) {
        if (closed.get() || !tasks.offer(task)) {
            long count = dropped.incrementAndGet();
            if (count == 1 || count % DROP_LOG_INTERVAL == 0) {
                log.warn("{}: queue {}, {} events dropped so far", what, closed.get() ? "closed" : "full", count);
            }
        }
    }

    public long dropped() {
        return dropped.get();
    }

    public long failed() {
        return failed.get();
    }

    public long completed() {
        return completed.get();
    }

    /** Stops taking tasks, waits up to {@code wait} for the queued ones, then drops what is left. */
    public void close(Duration wait) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.join(Math.max(1, wait.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            worker.interrupt();
            int left = tasks.size();
            tasks.clear();
            dropped.addAndGet(left);
            log.warn("{}: {} events were still queued after waiting {} ms on close; dropped", what, left,
                    wait.toMillis());
        }
    }

    private void work() {
        while (!(closed.get() && tasks.isEmpty())) {
            Task task;
            try {
                task = tasks.poll(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (task != null && !runOne(task)) {
                return;
            }
        }
    }

    /** False when the worker was interrupted and must stop. */
    private boolean runOne(Task task) {
        try {
            task.run();
            completed.incrementAndGet();
            if (failing) {
                failing = false;
                log.info("{}: sending works again ({} events failed in all)", what, failed.get());
            }
            return true;
        } catch (InterruptedException e) {
            failed.incrementAndGet();
            return false;
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            if (!failing) {
                failing = true;
                log.warn("{}: sending failed, events are lost until it works again: {}", what, e.getMessage());
            } else {
                log.debug("{}: sending still fails: {}", what, e.getMessage());
            }
            return true;
        }
    }
}
