package dev.orderlens.core.domain.telemetry;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** How long each stage of one request took; stages that did not run are absent. */
public final class StageTimings {

    private final EnumMap<Stage, Duration> durations;

    private StageTimings(EnumMap<Stage, Duration> durations) {
        this.durations = durations;
    }

    public static StageTimings of(Map<Stage, Duration> durations) {
        EnumMap<Stage, Duration> copy = new EnumMap<>(Stage.class);
        copy.putAll(durations);
        return new StageTimings(copy);
    }

    public static StageTimings none() {
        return of(Map.of());
    }

    public Optional<Duration> get(Stage stage) {
        return Optional.ofNullable(durations.get(stage));
    }

    public Map<Stage, Duration> asMap() {
        return Collections.unmodifiableMap(durations);
    }

    /** Milliseconds per stage label, fractional, for JSON and telemetry. */
    public Map<String, Double> millisByLabel() {
        Map<String, Double> millis = new java.util.LinkedHashMap<>();
        durations.forEach((stage, duration) -> millis.put(stage.label(), duration.toNanos() / 1_000_000.0));
        return millis;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StageTimings t && t.durations.equals(durations);
    }

    @Override
    public int hashCode() {
        return durations.hashCode();
    }

    @Override
    public String toString() {
        return "StageTimings" + millisByLabel();
    }
}
