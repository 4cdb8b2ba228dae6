package dev.orderlens.openai.internal;

import dev.orderlens.openai.Sleeper;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before trying again, as the official OpenAI SDKs do: exponential backoff from
 * {@code initialBackoff} doubling up to {@code maxBackoff}, minus up to a quarter of random jitter; a
 * server's {@code Retry-After} is honoured up to {@code maxRetryAfter}, beyond which waiting is pointless
 * (Azure sends 86400 when a daily quota is spent) and the call fails at once.
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter,
        Sleeper sleeper, DoubleSupplier jitter) {

    public Duration backoff(int retry) {
        double exponential = initialBackoff.toMillis() * Math.pow(2, retry);
        double capped = Math.min(exponential, maxBackoff.toMillis());
        return Duration.ofMillis(Math.round(capped * (1 - 0.25 * jitter.getAsDouble())));
    }
}
