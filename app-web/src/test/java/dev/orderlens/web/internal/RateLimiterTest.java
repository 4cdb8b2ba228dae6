package dev.orderlens.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void a_client_over_its_limit_waits_for_the_rest_of_its_minute_and_others_are_not_affected() {
        AtomicLong now = new AtomicLong(0);
        RateLimiter limiter = new RateLimiter(2, now::get);

        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        now.set(20 * SECOND);
        assertThat(limiter.acquire("a")).isEqualTo(40);
        assertThat(limiter.acquire("b")).isZero();
        now.set(60 * SECOND);
        assertThat(limiter.acquire("a")).isZero();
    }
}
