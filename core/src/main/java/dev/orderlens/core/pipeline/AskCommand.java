package dev.orderlens.core.pipeline;

import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.domain.route.RoutePreference;
import java.util.List;
import java.util.Objects;

/**
 * A question to answer.
 *
 * @param sessionId the conversation it belongs to (see {@link SessionId})
 * @param route the route the user asked for, AUTO to let the router decide
 * @param history turns the client remembers, used when the server keeps none for the session
 */
public record AskCommand(String question, String sessionId, RoutePreference route, List<Turn> history) {

    public static final int MAX_QUESTION_CHARS = 2_000;

    public AskCommand {
        Objects.requireNonNull(question, "question");
        question = question.strip();
        if (question.isEmpty()) {
            throw new IllegalArgumentException("question must not be empty");
        }
        if (question.length() > MAX_QUESTION_CHARS) {
            throw new IllegalArgumentException("question must be at most " + MAX_QUESTION_CHARS + " characters");
        }
        SessionId.of(sessionId);
        route = route == null ? RoutePreference.AUTO : route;
        history = history == null ? List.of() : List.copyOf(history);
    }

    public AskCommand(String question, String sessionId) {
        this(question, sessionId, RoutePreference.AUTO, List.of());
    }
}
