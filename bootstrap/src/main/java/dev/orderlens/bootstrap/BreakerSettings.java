package dev.orderlens.bootstrap;

import dev.orderlens.core.resilience.CircuitBreaker;
import java.time.Duration;
import java.util.Map;

/**
 * How the circuit breakers in front of outside backends behave: how many failures in a row cut a backend off
 * ({@code ORDERLENS_BREAKER_FAILURES}, default 5) and for how long before a trial call
 * ({@code ORDERLENS_BREAKER_COOL_DOWN_SECONDS}, default 30).
 */
record BreakerSettings(int consecutiveFailures, Duration coolDown) {

    static BreakerSettings from(Map<String, String> env) {
        double failures = OrderLensSettings.number(env, "ORDERLENS_BREAKER_FAILURES", 5);
        if (failures < 1 || failures != Math.rint(failures)) {
            throw new SettingsException("ORDERLENS_BREAKER_FAILURES must be a whole number of at least 1 (was "
                    + env.get("ORDERLENS_BREAKER_FAILURES") + ")");
        }
        double coolDownSeconds = OrderLensSettings.number(env, "ORDERLENS_BREAKER_COOL_DOWN_SECONDS", 30);
        if (coolDownSeconds <= 0) {
            throw new SettingsException("ORDERLENS_BREAKER_COOL_DOWN_SECONDS must be positive");
        }
        return new BreakerSettings((int) failures, Duration.ofMillis((long) (coolDownSeconds * 1000)));
    }

    /** A breaker for one backend, named as users should read it in an error. */
    CircuitBreaker breaker(String backend) {
        return CircuitBreaker.builder(backend).consecutiveFailures(consecutiveFailures).coolDown(coolDown).build();
    }
}
