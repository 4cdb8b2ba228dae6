package dev.orderlens.bootstrap;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A configured backend and the way to check it: the probe returns a short detail when the backend
 * answered and throws when it did not.
 */
public record BackendCheck(BackendStatus status, Supplier<String> probe) {

    public BackendCheck {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(probe, "probe");
    }

    public static BackendCheck unchecked(BackendStatus status) {
        return new BackendCheck(status, () -> "not checked");
    }

    BackendStatus run() {
        try {
            return status.reachable(probe.get());
        } catch (RuntimeException e) {
            return status.unreachable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
