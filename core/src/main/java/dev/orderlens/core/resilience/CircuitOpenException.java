package dev.orderlens.core.resilience;

import dev.orderlens.core.port.BackendException;
import java.time.Duration;

/** A call was not made because the backend's circuit breaker is open: it failed recently and is cut off for now. */
public final class CircuitOpenException extends BackendException {

    private static final long serialVersionUID = 1L;

    private final Duration retryIn;

    CircuitOpenException(String backend, String reason, Duration retryIn) {
        super(backend, Kind.UNAVAILABLE, "cut off for now after " + reason + "; "
                + (retryIn.isZero() ? "a trial call is under way" : "the next try is in " + seconds(retryIn)));
        this.retryIn = retryIn;
    }

    /** How long until a trial call may go through; zero when one is already under way. */
    public Duration retryIn() {
        return retryIn;
    }

    private static String seconds(Duration duration) {
        long tenths = Math.max(1, (duration.toMillis() + 99) / 100);
        return tenths % 10 == 0 ? tenths / 10 + " s" : tenths / 10 + "." + tenths % 10 + " s";
    }
}
