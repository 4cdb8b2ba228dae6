package dev.orderlens.openai.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A response body that fails with {@link HttpTimeoutException} when the server sends nothing for too long.
 * The JDK client's request timeout stops counting once the headers arrive, so without this a server that
 * stalls mid-body (or mid-stream) would block the reader forever. Closing the JDK's body stream wakes a
 * blocked read, which is how the alarm interrupts it.
 */
public final class IdleTimeoutInputStream extends FilterInputStream {

    private static final ScheduledExecutorService ALARMS = alarmThread();

    private final Duration idleTimeout;
    private volatile boolean expired;

    public IdleTimeoutInputStream(InputStream in, Duration idleTimeout) {
        super(in);
        this.idleTimeout = idleTimeout;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        ScheduledFuture<?> alarm = ALARMS.schedule(this::expire, idleTimeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            int n = super.read(buffer, offset, length);
            if (expired) {
                throw timeout();
            }
            return n;
        } catch (IOException e) {
            if (expired) {
                throw timeout();
            }
            throw e;
        } finally {
            alarm.cancel(false);
        }
    }

    private void expire() {
        expired = true;
        try {
            in.close();
        } catch (IOException ignored) {
            // the reader is woken either way and reports the timeout
        }
    }

    private HttpTimeoutException timeout() {
        return new HttpTimeoutException("no data received for " + idleTimeout.toMillis() + " ms");
    }

    private static ScheduledExecutorService alarmThread() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "openai-read-timeout");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
