package dev.orderlens.core.pipeline;

import dev.orderlens.core.domain.route.RouteOutcome;
import dev.orderlens.core.domain.search.Passage;
import java.util.List;

/** Receives an answer as it is produced, for streaming it to a user. Every method may be left out. */
public interface AnswerListener {

    AnswerListener IGNORE = new AnswerListener() {
    };

    /** The route is settled and answering begins. */
    default void onStart(String messageId, RouteOutcome route) {
    }

    /** A piece of a RAG answer's text. */
    default void onToken(String token) {
    }

    /** The sources a RAG answer cites, {@code [1]} first. */
    default void onSources(List<Passage> sources) {
    }

    default void onFollowUps(List<String> followUps) {
    }
}
