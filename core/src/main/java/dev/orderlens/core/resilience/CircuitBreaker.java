package dev.orderlens.core.resilience;

import dev.orderlens.core.port.BackendException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Cuts a failing backend off for a while, so that a dead backend costs one fast failure instead of a timeout per
 * request, and lets it back in by itself.
 *
 * <p>Closed, calls go through. After {@code consecutiveFailures} failures in a row, or when at least
 * {@code failureRate} of the last {@code window} calls failed (once {@code minimumCalls} were seen), it opens:
 * calls fail at once with a {@link CircuitOpenException} naming the backend. After the cool-down it is half-open:
 * one trial call goes through while others still fail fast; the trial's success closes it, its failure opens it
 * for another cool-down.
 *
 * <p>Only failures of the outside system count: a {@link BackendException} whose kind is transient (unavailable,
 * timeout, rate limited). A backend that refused the request (bad SQL, refused credentials, an answer we could not
 * read) did answer, so that counts as a success; any other exception is the caller's and counts as nothing.
 *
 * <p>Thread-safe without a lock: the state is one immutable value swapped by compare-and-set, the counts are atomic.
 */
public final class CircuitBreaker {

    private static final Logger LOG = Logger.getLogger(CircuitBreaker.class.getName());

    /** Where the breaker stands. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    /** The state with what the open states need: when it opened and why. */
    private record Circuit(State state, long openedAt, String reason) {
        static final Circuit CLOSED = new Circuit(State.CLOSED, 0, "");
    }

    private final String backend;
    private final int consecutiveFailures;
    private final double failureRate;
    private final int minimumCalls;
    private final long coolDownNanos;
    private final LongSupplier nanoClock;
    private final AtomicReference<Circuit> circuit = new AtomicReference<>(Circuit.CLOSED);
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private final OutcomeWindow window;

    private CircuitBreaker(Builder builder) {
        this.backend = builder.backend;
        this.consecutiveFailures = builder.consecutiveFailures;
        this.failureRate = builder.failureRate;
        this.minimumCalls = builder.minimumCalls;
        this.coolDownNanos = builder.coolDown.toNanos();
        this.nanoClock = builder.nanoClock;
        this.window = new OutcomeWindow(builder.window);
    }

    /** A breaker for the named backend, as users should read it in an error ("Databricks SQL"). */
    public static Builder builder(String backend) {
        return new Builder(backend);
    }

    public String backend() {
        return backend;
    }

    /** The state now; an open breaker whose cool-down has passed reports OPEN until a call tries it. */
    public State state() {
        return circuit.get().state();
    }

    /**
     * Runs {@code call} unless the breaker is open, and records how it went.
     *
     * @throws CircuitOpenException when the backend is cut off for now
     */
    public <T> T call(Supplier<T> call) {
        Permit permit = acquire();
        try {
            T result = call.get();
            permit.succeeded();
            return result;
        } catch (RuntimeException e) {
            permit.failed(e);
            throw e;
        } finally {
            permit.release();
        }
    }

    /**
     * Asks to make one call; the caller must report it through the permit (for calls whose success shows before
     * they end, such as a stream's first token).
     *
     * @throws CircuitOpenException when the backend is cut off for now
     */
    public Permit acquire() {
        while (true) {
            Circuit current = circuit.get();
            switch (current.state()) {
                case CLOSED:
                    return new Permit(false);
                case HALF_OPEN:
                    throw new CircuitOpenException(backend, current.reason(), Duration.ZERO);
                default:
                    long waited = nanoClock.getAsLong() - current.openedAt();
                    if (waited < coolDownNanos) {
                        throw new CircuitOpenException(backend, current.reason(),
                                Duration.ofNanos(coolDownNanos - waited));
                    }
                    if (circuit.compareAndSet(current, new Circuit(State.HALF_OPEN, current.openedAt(),
                            current.reason()))) {
                        LOG.info(() -> backend + ": cool-down over, letting one trial call through");
                        return new Permit(true);
                    }
            }
        }
    }

    /** Whether the failure is the outside system's own (and so counts toward opening). */
    public static boolean isOutsideFailure(Throwable failure) {
        return failure instanceof BackendException backendFailure && backendFailure.isTransient()
                && !(failure instanceof CircuitOpenException);
    }

    private void onSuccess(boolean trial) {
        if (trial) {
            failuresInARow.set(0);
            window.clear();
            circuit.set(Circuit.CLOSED);
            LOG.info(() -> backend + ": the trial call succeeded, calls go through again");
            return;
        }
        failuresInARow.set(0);
        window.record(false);
    }

    private void onFailure(boolean trial, Throwable failure) {
        if (trial) {
            open(circuit.get(), "a failed trial call (" + failure.getMessage() + ")");
            return;
        }
        int inARow = failuresInARow.incrementAndGet();
        window.record(true);
        Circuit current = circuit.get();
        if (current.state() != State.CLOSED) {
            return;
        }
        if (inARow >= consecutiveFailures) {
            open(current, inARow + (inARow == 1 ? " failure" : " failures in a row") + " (last: "
                    + failure.getMessage() + ")");
        } else if (rateReached()) {
            open(current, window.failures() + " failures in the last " + window.recorded() + " calls (last: "
                    + failure.getMessage() + ")");
        }
    }

    /** A call that ended for a reason that says nothing about the backend: a trial makes way for another. */
    private void onNeither(boolean trial) {
        if (trial) {
            Circuit current = circuit.get();
            circuit.compareAndSet(current, new Circuit(State.OPEN, nanoClock.getAsLong() - coolDownNanos,
                    current.reason()));
        }
    }

    private boolean rateReached() {
        int recorded = window.recorded();
        return recorded >= minimumCalls && window.failures() >= failureRate * recorded;
    }

    private void open(Circuit from, String reason) {
        if (circuit.compareAndSet(from, new Circuit(State.OPEN, nanoClock.getAsLong(), reason))) {
            LOG.log(Level.WARNING, () -> backend + ": cut off for " + coolDownNanos / 1_000_000 + " ms after "
                    + reason);
        }
    }

    /** One call's permission to go through; the first report counts, later ones are ignored. */
    public final class Permit {
        private final boolean trial;
        private final AtomicBoolean reported = new AtomicBoolean();

        private Permit(boolean trial) {
            this.trial = trial;
        }

        /** The backend answered. */
        public void succeeded() {
            if (reported.compareAndSet(false, true)) {
                onSuccess(trial);
            }
        }

        /** The call failed; whether that counts is decided by {@link #isOutsideFailure}. */
        public void failed(Throwable failure) {
            if (!reported.compareAndSet(false, true)) {
                return;
            }
            if (isOutsideFailure(failure)) {
                onFailure(trial, failure);
            } else if (failure instanceof BackendException && !(failure instanceof CircuitOpenException)) {
                onSuccess(trial);
            } else {
                onNeither(trial);
            }
        }

        /** Ends the permit without a verdict when nothing was reported (an {@link Error}, say). */
        public void release() {
            if (reported.compareAndSet(false, true)) {
                onNeither(trial);
            }
        }
    }

    /** Thresholds and cool-down; the defaults suit a remote service called a few times per request. */
    public static final class Builder {
        private final String backend;
        private int consecutiveFailures = 5;
        private double failureRate = 0.5;
        private int window = 20;
        private int minimumCalls = 10;
        private Duration coolDown = Duration.ofSeconds(30);
        private LongSupplier nanoClock = System::nanoTime;

        private Builder(String backend) {
            this.backend = Objects.requireNonNull(backend, "backend");
        }

        /** Opens after this many failures in a row (default 5). */
        public Builder consecutiveFailures(int failures) {
            if (failures < 1) {
                throw new IllegalArgumentException("consecutiveFailures must be at least 1");
            }
            this.consecutiveFailures = failures;
            return this;
        }

        /**
         * Opens when at least {@code rate} of the last {@code window} calls failed, once {@code minimumCalls} of
         * them were seen (default 0.5 of 20, from 10).
         */
        public Builder failureRate(double rate, int window, int minimumCalls) {
            if (!(rate > 0 && rate <= 1) || window < 1 || minimumCalls < 1 || minimumCalls > window) {
                throw new IllegalArgumentException("failureRate needs 0 < rate <= 1 and 1 <= minimumCalls <= window");
            }
            this.failureRate = rate;
            this.window = window;
            this.minimumCalls = minimumCalls;
            return this;
        }

        /** How long an open breaker fails fast before it lets a trial call through (default 30 s). */
        public Builder coolDown(Duration coolDown) {
            if (coolDown.isNegative()) {
                throw new IllegalArgumentException("coolDown must not be negative");
            }
            this.coolDown = coolDown;
            return this;
        }

        /** The monotonic clock in nanoseconds (default {@link System#nanoTime}); tests pass their own. */
        public Builder nanoClock(LongSupplier nanoClock) {
            this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
            return this;
        }

        public CircuitBreaker build() {
            return new CircuitBreaker(this);
        }
    }
}
