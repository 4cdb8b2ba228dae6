package dev.orderlens.openai.internal;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads how long a server asked us to wait: {@code retry-after-ms} first, then {@code retry-after}. */
final class RetryAfter {

    private RetryAfter() {
    }

    /** The requested wait, if the server gave a positive one. */
    static Optional<Duration> from(HttpHeaders headers, Instant now) {
        Optional<Duration> millis = headers.firstValue("retry-after-ms")
                .flatMap(value -> number(value).map(ms -> Duration.ofNanos(Math.round(ms * 1_000_000))));
        Optional<Duration> wait = millis.isPresent() ? millis
                : headers.firstValue("retry-after").flatMap(value -> seconds(value, now));
        return wait.filter(duration -> !duration.isNegative() && !duration.isZero());
    }

    private static Optional<Duration> seconds(String value, Instant now) {
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
}
