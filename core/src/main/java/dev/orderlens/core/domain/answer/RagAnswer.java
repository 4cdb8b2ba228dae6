package dev.orderlens.core.domain.answer;

import dev.orderlens.core.domain.route.RouteOutcome;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.telemetry.StageTimings;
import java.util.List;
import java.util.Objects;

/**
 * An answer written from retrieved passages.
 *
 * @param sources the passages the answer cites, in citation order ({@code [1]} is the first)
 * @param partial whether the answer was cut off before it was complete
 * @param error what went wrong when {@code partial} or when retrieval failed, or {@code null}
 */
public record RagAnswer(String messageId, String sessionId, String question, String text, List<Passage> sources,
        boolean partial, String error, RouteOutcome route, List<String> followUps, StageTimings timings)
        implements Answer {
    public RagAnswer {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        Objects.requireNonNull(route, "route");
        followUps = List.copyOf(followUps);
        Objects.requireNonNull(timings, "timings");
    }
}
