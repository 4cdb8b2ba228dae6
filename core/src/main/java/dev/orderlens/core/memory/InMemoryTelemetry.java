package dev.orderlens.core.memory;

import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.telemetry.RequestTelemetry;
import dev.orderlens.core.port.Telemetry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The most recent requests and feedback in memory. */
public final class InMemoryTelemetry implements Telemetry {

    public static final int DEFAULT_CAPACITY = 1_000;

    private final int capacity;
    private final Deque<RequestTelemetry> requests = new ArrayDeque<>();
    private final Deque<Feedback> feedback = new ArrayDeque<>();

    public InMemoryTelemetry() {
        this(DEFAULT_CAPACITY);
    }

    public InMemoryTelemetry(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public synchronized void recordRequest(RequestTelemetry request) {
        keep(requests, request);
    }

    @Override
    public synchronized void recordFeedback(Feedback item) {
        keep(feedback, item);
    }

    public synchronized List<RequestTelemetry> requests() {
        return List.copyOf(requests);
    }

    public synchronized List<Feedback> feedback() {
        return List.copyOf(feedback);
    }

    private <T> void keep(Deque<T> items, T item) {
        items.addLast(item);
        if (items.size() > capacity) {
            items.removeFirst();
        }
    }
}
