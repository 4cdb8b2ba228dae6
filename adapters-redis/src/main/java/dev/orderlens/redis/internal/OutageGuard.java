package dev.orderlens.redis.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * Remembers that a backend failed, so that callers skip it for a short back-off instead of paying a connection
 * timeout on every request, and try it again afterwards. Logs once when an outage starts and once when it ends,
 * and counts every failure.
 */
public final class OutageGuard {

    private final Logger log;
    private final String backend;
    private final long backoffNanos;
    private final AtomicLong failures = new AtomicLong();
    private final Object lock = new Object();
    private boolean down;
    private long retryAtNanos;

    public OutageGuard(Logger log, String backend, Duration backoff) {
        this.log = log;
        this.backend = backend;
        this.backoffNanos = backoff.toNanos();
    }

    /** Whether the backend is worth a try: it is up, or its back-off has passed. */
    public boolean shouldTry() {
        synchronized (lock) {
            return !down || System.nanoTime() - retryAtNanos >= 0;
        }
    }

    /** Records a failure; {@code consequence} says what is done instead, for the log. */
    public void failed(RuntimeException failure, String consequence) {
        failures.incrementAndGet();
        boolean started;
        synchronized (lock) {
            started = !down;
            down = true;
            retryAtNanos = System.nanoTime() + backoffNanos;
        }
        if (started) {
            log.warn("{} failed, {} (retrying after {} ms): {}", backend, consequence, backoffNanos / 1_000_000,
                    failure.getMessage());
        } else {
            log.debug("{} still failing: {}", backend, failure.getMessage());
        }
    }

    public void succeeded() {
        boolean ended;
        synchronized (lock) {
            ended = down;
            down = false;
        }
        if (ended) {
            log.info("{} answers again after {} failures in all", backend, failures.get());
        }
    }

    public boolean isDown() {
        synchronized (lock) {
            return down;
        }
    }

    public long failures() {
        return failures.get();
    }
}
