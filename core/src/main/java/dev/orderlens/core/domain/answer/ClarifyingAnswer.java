package dev.orderlens.core.domain.answer;

import dev.orderlens.core.domain.route.Clarification;
import dev.orderlens.core.domain.route.RouteOutcome;
import dev.orderlens.core.domain.telemetry.StageTimings;
import java.util.List;
import java.util.Objects;

/**
 * An answer that computes nothing on purpose: it asks the user to choose what they meant, or says that the
 * question is outside what OrderLens can answer. Its follow-ups are the clarification's choices.
 */
public record ClarifyingAnswer(String messageId, String sessionId, String question, Clarification clarification,
        RouteOutcome route, List<String> followUps, StageTimings timings) implements Answer {
    public ClarifyingAnswer {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(clarification, "clarification");
        Objects.requireNonNull(route, "route");
        followUps = List.copyOf(followUps);
        Objects.requireNonNull(timings, "timings");
    }

    @Override
    public String text() {
        return clarification.text();
    }
}
