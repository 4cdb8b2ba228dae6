package dev.orderlens.core.memory;

import dev.orderlens.core.domain.Feedback;
import dev.orderlens.core.port.FeedbackStore;
import java.util.ArrayList;
import java.util.List;

/** Feedback kept in memory, for tests and for library users who record it elsewhere. */
public final class InMemoryFeedbackStore implements FeedbackStore {

    private final List<Feedback> feedback = new ArrayList<>();

    @Override
    public synchronized void record(Feedback item) {
        feedback.add(item);
    }

    public synchronized List<Feedback> all() {
        return List.copyOf(feedback);
    }
}
