package dev.orderlens.core.resilience;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/**
 * When a remote call that failed in a way another attempt may fix is tried again, and how long to wait first. Every
 * remote adapter follows it; each decides for itself which failures are worth another attempt.
 *
 * <p>At most {@code maxRetries} retries follow the first attempt. Before each, the wait is the server's
 * {@code Retry-After} when it gave a positive one, otherwise exponential backoff: {@code initialBackoff} doubling
 * per retry up to {@code maxBackoff}, less up to a quarter of random jitter, so that clients refused together do
 * not come back together.
 *
 * <p>A {@code Retry-After} longer than {@code maxRetryAfter} ends the call at once. A server that asks for minutes
 * or a day (Azure sends 86400 when a daily quota is spent) will not answer sooner, so waiting would only hold the
 * user's request; and waiting the cap instead of what was asked would only earn another refusal. Failing at once
 * lets the caller fall back while the user is still there.
 */
public final class RetryPolicy {

    private static final RetryPolicy DEFAULTS = builder().build();

    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final DoubleSupplier jitter;

    private RetryPolicy(Builder builder) {
        this.maxRetries = builder.maxRetries;
        this.initialBackoff = builder.initialBackoff;
        this.maxBackoff = builder.maxBackoff;
        this.maxRetryAfter = builder.maxRetryAfter;
        this.jitter = builder.jitter;
    }

    /** 2 retries, backoff from 0.5 s doubling to 8 s, a {@code Retry-After} honoured up to 30 s. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int maxRetries() {
        return maxRetries;
    }

    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /**
     * What to do after an attempt failed in a way another attempt may fix.
     *
     * @param retriesMade how many retries came before the failed attempt (0 after the first attempt)
     * @param retryAfter how long the server asked to wait, if it did (see {@link #retryAfter})
     */
    public Decision afterFailure(int retriesMade, Optional<Duration> retryAfter) {
        if (retryAfter.isPresent() && retryAfter.get().compareTo(maxRetryAfter) > 0) {
            return Decision.giveUp("the server asked to wait " + describe(retryAfter.get())
                    + " before retrying, more than the " + describe(maxRetryAfter) + " allowed");
        }
        if (retriesMade >= maxRetries) {
            return Decision.giveUp(retriesMade == 0 ? "not retried"
                    : "gave up after " + retriesMade + (retriesMade == 1 ? " retry" : " retries"));
        }
        return Decision.retryIn(retryAfter.orElseGet(() -> backoff(retriesMade)));
    }

    Duration backoff(int retriesMade) {
        double exponential = initialBackoff.toMillis() * Math.pow(2, retriesMade);
        double capped = Math.min(exponential, maxBackoff.toMillis());
        return Duration.ofMillis(Math.round(capped * (1 - 0.25 * jitter.getAsDouble())));
    }

    /**
     * How long the server asked to wait: {@code retry-after-ms} (milliseconds, sent by Azure OpenAI) when present,
     * else {@code Retry-After} in seconds or as an HTTP date. A wait of zero, one in the past or one that does not
     * parse is no advice at all, so the policy's own backoff applies.
     *
     * @param header the first value of a response header by name, e.g. {@code response.headers()::firstValue}
     */
    public static Optional<Duration> retryAfter(Function<String, Optional<String>> header, Instant now) {
        Optional<Duration> millis = header.apply("retry-after-ms")
                .flatMap(RetryPolicy::number)
                .map(ms -> Duration.ofNanos(Math.round(ms * 1_000_000)));
        Optional<Duration> wait = millis.isPresent() ? millis
                : header.apply("retry-after").flatMap(value -> secondsOrDate(value, now));
        return wait.filter(duration -> !duration.isNegative() && !duration.isZero());
    }

    private static Optional<Duration> secondsOrDate(String value, Instant now) {
        Optional<Double> seconds = number(value);
        if (seconds.isPresent()) {
            return Optional.of(Duration.ofMillis(Math.round(seconds.get() * 1000)));
        }
        try {
            Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(Duration.between(now, at));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    private static Optional<Double> number(String value) {
        try {
            double parsed = Double.parseDouble(value.trim());
            return Double.isFinite(parsed) ? Optional.of(parsed) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** Wait and try again, or give up and say why. */
    public static final class Decision {
        private final Duration wait;
        private final String reason;

        private Decision(Duration wait, String reason) {
            this.wait = wait;
            this.reason = reason;
        }

        static Decision retryIn(Duration wait) {
            return new Decision(wait, "");
        }

        static Decision giveUp(String reason) {
            return new Decision(null, reason);
        }

        public boolean retries() {
            return wait != null;
        }

        /** How long to wait before the next attempt. */
        public Duration pause() {
            if (wait == null) {
                throw new IllegalStateException("no retry follows: " + reason);
            }
            return wait;
        }

        /** Why no retry follows, for the error ({@code gave up after 2 retries}); empty when one does. */
        public String reason() {
            return reason;
        }
    }

    /** Every value starts at the default of {@link #defaults()}. */
    public static final class Builder {
        private int maxRetries = 2;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(8);
        private Duration maxRetryAfter = Duration.ofSeconds(30);
        private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

        private Builder() {
        }

        /** Retries after the first attempt; 0 tries each call once. */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries cannot be negative");
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /** The wait before the first retry when the server gave none, and the most it doubles to. */
        public Builder backoff(Duration initial, Duration max) {
            Objects.requireNonNull(initial, "initial");
            Objects.requireNonNull(max, "max");
            if (initial.isNegative() || max.compareTo(initial) < 0) {
                throw new IllegalArgumentException("backoff must satisfy 0 <= initial <= max");
            }
            this.initialBackoff = initial;
            this.maxBackoff = max;
            return this;
        }

        /** The longest {@code Retry-After} worth waiting for; a longer one ends the call at once. */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            if (maxRetryAfter == null || maxRetryAfter.isNegative() || maxRetryAfter.isZero()) {
                throw new IllegalArgumentException("maxRetryAfter must be positive");
            }
            this.maxRetryAfter = maxRetryAfter;
            return this;
        }

        /** Random numbers in [0, 1) that shorten each backoff by up to a quarter; tests pass fixed ones. */
        public Builder jitter(DoubleSupplier jitter) {
            this.jitter = Objects.requireNonNull(jitter, "jitter");
            return this;
        }

        public RetryPolicy build() {
            return new RetryPolicy(this);
        }
    }
}
