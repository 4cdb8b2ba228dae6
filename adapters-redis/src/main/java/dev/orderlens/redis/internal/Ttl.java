package dev.orderlens.redis.internal;

import java.time.Duration;

/** Redis expires keys in whole seconds. */
public final class Ttl {

    private Ttl() {
    }

    public static Duration require(Duration ttl) {
        if (ttl == null || ttl.toSeconds() < 1) {
            throw new IllegalArgumentException("ttl must be at least one second (was " + ttl + ")");
        }
        return ttl;
    }
}
