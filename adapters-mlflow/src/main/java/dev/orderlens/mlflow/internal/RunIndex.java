package dev.orderlens.mlflow.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The runs of the most recent messages, so that feedback finds its run without a search. */
public final class RunIndex {

    private final Map<String, String> runIdsByMessage;

    public RunIndex(int capacity) {
        this.runIdsByMessage = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized void put(String messageId, String runId) {
        runIdsByMessage.put(messageId, runId);
    }

    public synchronized Optional<String> get(String messageId) {
        return Optional.ofNullable(runIdsByMessage.get(messageId));
    }
}
