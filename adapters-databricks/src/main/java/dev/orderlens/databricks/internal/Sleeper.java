package dev.orderlens.databricks.internal;

import java.time.Duration;

/** Waits between attempts; tests pass one that records the waits instead of sleeping through them. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;
}
