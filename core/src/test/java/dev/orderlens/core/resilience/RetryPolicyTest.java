package dev.orderlens.core.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.resilience.RetryPolicy.Decision;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2025-09-12T10:00:00Z");

    private static RetryPolicy policy(double jitter) {
        return RetryPolicy.builder().maxRetries(5).backoff(Duration.ofMillis(500), Duration.ofSeconds(8))
                .maxRetryAfter(Duration.ofSeconds(30)).jitter(() -> jitter).build();
    }

    @Test
    void backs_off_from_the_initial_wait_doubling_up_to_the_maximum() {
        RetryPolicy policy = policy(0);

        assertThat(policy.backoff(0)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.backoff(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.backoff(40)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void jitter_shortens_a_backoff_by_at_most_a_quarter_and_never_lengthens_it() {
        assertThat(policy(0.999).backoff(1)).isEqualTo(Duration.ofMillis(750));
        assertThat(policy(0.5).backoff(10)).isEqualTo(Duration.ofSeconds(7));
        assertThat(RetryPolicy.defaults().backoff(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    }

    @Test
    void retries_after_the_backoff_when_the_server_gave_no_wait() {
        Decision next = policy(0).afterFailure(2, Optional.empty());

        assertThat(next.retries()).isTrue();
        assertThat(next.pause()).isEqualTo(Duration.ofSeconds(2));
        assertThat(next.reason()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"PT0.2S", "PT2S", "PT30S"})
    void waits_what_the_server_asked_up_to_the_cap(Duration asked) {
        Decision next = policy(0).afterFailure(0, Optional.of(asked));

        assertThat(next.retries()).isTrue();
        assertThat(next.pause()).isEqualTo(asked);
    }

    @Test
    void gives_up_at_once_when_the_server_asks_for_longer_than_the_cap() {
        Decision next = policy(0).afterFailure(0, Optional.of(Duration.ofDays(1)));

        assertThat(next.retries()).isFalse();
        assertThat(next.reason()).isEqualTo("the server asked to wait 86400 s before retrying, more than the 30 s "
                + "allowed");
        assertThatThrownBy(next::pause).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void gives_up_after_the_last_retry_and_says_how_many_were_made() {
        RetryPolicy policy = RetryPolicy.builder().maxRetries(2).build();

        assertThat(policy.afterFailure(1, Optional.empty()).retries()).isTrue();
        assertThat(policy.afterFailure(2, Optional.empty()).reason()).isEqualTo("gave up after 2 retries");
        assertThat(policy.afterFailure(2, Optional.of(Duration.ofSeconds(1))).retries()).isFalse();
        assertThat(RetryPolicy.builder().maxRetries(1).build().afterFailure(1, Optional.empty()).reason())
                .isEqualTo("gave up after 1 retry");
        assertThat(RetryPolicy.builder().maxRetries(0).build().afterFailure(0, Optional.empty()).reason())
                .isEqualTo("not retried");
    }

    @ParameterizedTest(name = "Retry-After \"{0}\" waits {1}")
    @CsvSource(delimiter = '|', value = {
        "2                             | PT2S",
        "' 7 '                         | PT7S",
        "1.5                           | PT1.5S",
        "86400                         | PT24H",
        "Fri, 12 Sep 2025 10:00:45 GMT | PT45S",
        "Fri, 12 Sep 2025 09:59:00 GMT | ",
        "0                             | ",
        "-3                            | ",
        "soon                          | ",
        "NaN                           | "})
    void reads_retry_after_in_seconds_or_as_an_http_date(String header, Duration expected) {
        Optional<Duration> wait = RetryPolicy.retryAfter(name -> Optional.ofNullable(
                Map.of("retry-after", header).get(name)), NOW);

        assertThat(wait).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void retry_after_ms_takes_precedence_over_retry_after() {
        Map<String, String> headers = Map.of("retry-after-ms", "500", "retry-after", "1");

        assertThat(RetryPolicy.retryAfter(name -> Optional.ofNullable(headers.get(name)), NOW))
                .contains(Duration.ofMillis(500));
    }

    @Test
    void no_retry_after_header_is_no_advice() {
        assertThat(RetryPolicy.retryAfter(name -> Optional.empty(), NOW)).isEmpty();
    }

    @Test
    void a_retry_after_too_large_for_any_clock_is_too_long_to_wait_for() {
        Optional<Duration> wait = RetryPolicy.retryAfter(name -> Optional.of("1e300").filter(
                value -> name.equals("retry-after")), NOW);

        assertThat(policy(0).afterFailure(0, wait).retries()).isFalse();
    }

    @Test
    void rejects_settings_that_make_no_sense() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxRetries(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_system_sleeper_really_waits_and_takes_a_negative_wait_as_none() throws InterruptedException {
        long started = System.nanoTime();

        Sleeper.system().sleep(Duration.ofMillis(30));
        Sleeper.system().sleep(Duration.ofMillis(-5));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(30));
    }
}
