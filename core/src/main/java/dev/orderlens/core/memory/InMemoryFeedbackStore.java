package dev.orderlens.core.memory;

import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.feedback.FeedbackQuery;
import dev.orderlens.core.port.FeedbackStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Feedback kept in memory, for tests and for library users who record it elsewhere. */
public final class InMemoryFeedbackStore implements FeedbackStore {

    private final List<Feedback> feedback = new ArrayList<>();

    @Override
    public synchronized void record(Feedback item) {
        feedback.add(item);
    }

    @Override
    public synchronized List<Feedback> list(FeedbackQuery query) {
        Map<List<String>, Feedback> latest = new LinkedHashMap<>();
        for (Feedback item : feedback) {
            latest.merge(List.of(item.sessionId(), item.messageId()), item,
                    (kept, next) -> next.at().isBefore(kept.at()) ? kept : next);
        }
        return latest.values().stream().filter(query::matches)
                .sorted(Comparator.comparing(Feedback::at).reversed())
                .limit(query.limit())
                .toList();
    }

    /** Every feedback recorded, in the order it came. */
    public synchronized List<Feedback> all() {
        return List.copyOf(feedback);
    }
}
