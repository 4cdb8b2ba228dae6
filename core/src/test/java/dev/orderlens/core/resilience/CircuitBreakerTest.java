package dev.orderlens.core.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.resilience.CircuitBreaker.State;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CircuitBreakerTest {

    private static final Duration COOL_DOWN = Duration.ofSeconds(30);

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final AtomicInteger calls = new AtomicInteger();

    private CircuitBreaker breaker(int consecutiveFailures) {
        return CircuitBreaker.builder("Databricks SQL").consecutiveFailures(consecutiveFailures).coolDown(COOL_DOWN)
                .nanoClock(now::get).build();
    }

    private String succeed(CircuitBreaker breaker) {
        return breaker.call(() -> {
            calls.incrementAndGet();
            return "rows";
        });
    }

    private RuntimeException fail(CircuitBreaker breaker, RuntimeException failure) {
        return catchThrowableOfType(RuntimeException.class, () -> breaker.call(() -> {
            calls.incrementAndGet();
            throw failure;
        }));
    }

    private static BackendException outage() {
        return new BackendException("databricks", Kind.UNAVAILABLE, "execute SQL statement answered 503");
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    @Test
    void stays_closed_while_failures_are_fewer_than_the_threshold_in_a_row() {
        CircuitBreaker breaker = breaker(3);

        fail(breaker, outage());
        fail(breaker, outage());
        succeed(breaker);
        fail(breaker, outage());
        fail(breaker, outage());

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(succeed(breaker)).isEqualTo("rows");
    }

    @Test
    void opens_after_the_threshold_of_failures_in_a_row_and_fails_fast_naming_the_backend() {
        CircuitBreaker breaker = breaker(3);
        for (int i = 0; i < 3; i++) {
            fail(breaker, outage());
        }
        int callsWhenOpened = calls.get();

        RuntimeException refused = fail(breaker, outage());

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(calls.get()).isEqualTo(callsWhenOpened);
        assertThat(refused).isInstanceOf(CircuitOpenException.class);
        CircuitOpenException open = (CircuitOpenException) refused;
        assertThat(open.backend()).isEqualTo("Databricks SQL");
        assertThat(open.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(open.getMessage()).startsWith("Databricks SQL: cut off for now after 3 failures in a row")
                .contains("answered 503").contains("the next try is in 30 s");
        assertThat(open.retryIn()).isEqualTo(COOL_DOWN);
    }

    @Test
    void opens_when_the_failure_rate_over_the_window_is_reached_even_without_a_run_of_failures() {
        CircuitBreaker breaker = CircuitBreaker.builder("OpenAI").consecutiveFailures(100)
                .failureRate(0.5, 10, 6).nanoClock(now::get).build();
        for (int i = 0; i < 3; i++) {
            succeed(breaker);
            fail(breaker, outage());
        }

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(fail(breaker, outage())).hasMessageContaining("3 failures in the last 6 calls");
    }

    @Test
    void failures_before_the_minimum_number_of_calls_keep_it_closed() {
        CircuitBreaker breaker = CircuitBreaker.builder("OpenAI").consecutiveFailures(100)
                .failureRate(0.5, 10, 6).nanoClock(now::get).build();
        for (int i = 0; i < 5; i++) {
            fail(breaker, outage());
        }

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void a_failure_rate_below_the_threshold_keeps_it_closed() {
        CircuitBreaker breaker = CircuitBreaker.builder("OpenAI").consecutiveFailures(100)
                .failureRate(0.5, 10, 6).nanoClock(now::get).build();
        for (int i = 0; i < 10; i++) {
            fail(breaker, outage());
            succeed(breaker);
            succeed(breaker);
        }

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"REJECTED", "UNAUTHORIZED", "INVALID_RESPONSE"})
    void a_request_the_backend_refused_does_not_count_as_an_outage(Kind kind) {
        CircuitBreaker breaker = breaker(1);

        RuntimeException thrown = fail(breaker, new BackendException("databricks", kind, "syntax error at FROM"));

        assertThat(thrown).hasMessageContaining("syntax error");
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"UNAVAILABLE", "TIMEOUT", "RATE_LIMITED"})
    void an_outside_failure_counts(Kind kind) {
        CircuitBreaker breaker = breaker(1);

        fail(breaker, new BackendException("databricks", kind, "down"));

        assertThat(breaker.state()).isEqualTo(State.OPEN);
    }

    @Test
    void a_refused_request_breaks_a_run_of_failures_because_the_backend_answered() {
        CircuitBreaker breaker = breaker(2);

        fail(breaker, outage());
        fail(breaker, new BackendException("databricks", Kind.REJECTED, "no such column"));
        fail(breaker, outage());

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void a_callers_own_exception_counts_as_nothing() {
        CircuitBreaker breaker = breaker(2);

        fail(breaker, outage());
        fail(breaker, new IllegalArgumentException("offset must be >= 0"));
        fail(breaker, outage());

        assertThat(breaker.state()).isEqualTo(State.OPEN);
    }

    @Test
    void after_the_cool_down_one_trial_goes_through_and_its_success_closes_the_breaker() {
        CircuitBreaker breaker = breaker(1);
        fail(breaker, outage());
        advance(COOL_DOWN.minusMillis(1));
        assertThatThrownBy(() -> succeed(breaker)).isInstanceOf(CircuitOpenException.class);

        advance(Duration.ofMillis(1));
        assertThat(succeed(breaker)).isEqualTo("rows");

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(succeed(breaker)).isEqualTo("rows");
    }

    @Test
    void a_failed_trial_opens_the_breaker_for_another_cool_down() {
        CircuitBreaker breaker = breaker(1);
        fail(breaker, outage());
        advance(COOL_DOWN);

        fail(breaker, new BackendException("databricks", Kind.TIMEOUT, "statement did not finish"));

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        CircuitOpenException open = catchThrowableOfType(CircuitOpenException.class, () -> succeed(breaker));
        assertThat(open.retryIn()).isEqualTo(COOL_DOWN);
        assertThat(open).hasMessageContaining("a failed trial call").hasMessageContaining("did not finish");
    }

    @Test
    void while_the_trial_is_under_way_other_calls_fail_fast() throws Exception {
        CircuitBreaker breaker = breaker(1);
        fail(breaker, outage());
        advance(COOL_DOWN);
        CircuitBreaker.Permit trial = breaker.acquire();

        CircuitOpenException other = catchThrowableOfType(CircuitOpenException.class, breaker::acquire);

        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
        assertThat(other.retryIn()).isZero();
        assertThat(other).hasMessageContaining("a trial call is under way");
        trial.succeeded();
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void a_trial_that_ends_without_a_verdict_lets_the_next_call_be_the_trial() {
        CircuitBreaker breaker = breaker(1);
        fail(breaker, outage());
        advance(COOL_DOWN);

        fail(breaker, new IllegalStateException("caller gave up"));

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(succeed(breaker)).isEqualTo("rows");
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void closing_forgets_the_failures_seen_before_the_outage() {
        CircuitBreaker breaker = CircuitBreaker.builder("OpenAI").consecutiveFailures(2)
                .failureRate(0.5, 10, 4).coolDown(COOL_DOWN).nanoClock(now::get).build();
        succeed(breaker);
        fail(breaker, outage());
        fail(breaker, outage());
        advance(COOL_DOWN);
        succeed(breaker);

        fail(breaker, outage());
        succeed(breaker);
        fail(breaker, outage());

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void a_report_after_the_first_is_ignored() {
        CircuitBreaker breaker = breaker(1);
        CircuitBreaker.Permit permit = breaker.acquire();

        permit.succeeded();
        permit.failed(outage());
        permit.release();

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void concurrent_failures_open_it_once_and_only_one_concurrent_trial_gets_through() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.builder("Databricks Vector Search").consecutiveFailures(50)
                .failureRate(1.0, 100, 100).coolDown(COOL_DOWN).nanoClock(now::get).build();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> hammering = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                hammering.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 1_000; i++) {
                        fail(breaker, outage());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : hammering) {
                future.get(10, TimeUnit.SECONDS);
            }
            assertThat(breaker.state()).isEqualTo(State.OPEN);
            assertThat(calls.get()).isBetween(50, 50 + threads);

            advance(COOL_DOWN);
            CountDownLatch race = new CountDownLatch(1);
            AtomicInteger trials = new AtomicInteger();
            List<Future<?>> racing = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                racing.add(pool.submit(() -> {
                    race.await();
                    try {
                        breaker.acquire();
                        trials.incrementAndGet();
                    } catch (CircuitOpenException expected) {
                        // every caller but the trial is refused
                    }
                    return null;
                }));
            }
            race.countDown();
            for (Future<?> future : racing) {
                future.get(10, TimeUnit.SECONDS);
            }
            assertThat(trials.get()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrent_successes_and_failures_keep_the_window_counts_true() throws Exception {
        OutcomeWindow window = new OutcomeWindow(64);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                boolean failure = t % 2 == 0;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 10_000; i++) {
                        window.record(failure);
                        if (i % 1_000 == 0) {
                            window.clear();
                        }
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(window.recorded()).isBetween(0, 64);
        assertThat(window.failures()).isBetween(0, window.recorded());
        window.clear();
        assertThat(window.recorded()).isZero();
        assertThat(window.failures()).isZero();
    }
}
