package dev.orderlens.web.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** At most N requests per client per clock minute; windows of clients gone quiet are dropped as it goes. */
public final class RateLimiter {

    private static final long MINUTE_NANOS = 60_000_000_000L;
    private static final int SWEEP_ABOVE_CLIENTS = 10_000;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /** Counts the request; the seconds to wait when the client is over its limit, else 0. */
    public long acquire(String client) {
        long now = nanoTime.getAsLong();
        if (windows.size() > SWEEP_ABOVE_CLIENTS) {
            windows.values().removeIf(w -> now - w.start >= MINUTE_NANOS);
        }
        Window window = windows.compute(client, (key, current) ->
                current == null || now - current.start >= MINUTE_NANOS ? new Window(now, 1) : current.plusOne());
        if (window.count <= perMinute) {
            return 0;
        }
        return Math.max(1, (MINUTE_NANOS - (now - window.start) + 999_999_999L) / 1_000_000_000L);
    }

    private record Window(long start, int count) {
        Window plusOne() {
            return new Window(start, count + 1);
        }
    }
}
