package dev.orderlens.core.domain.answer;

import dev.orderlens.core.domain.route.RouteOutcome;
import dev.orderlens.core.domain.telemetry.StageTimings;
import java.util.List;

/**
 * The answer to one question: a SQL answer with rows, a grounded RAG answer with sources, or a question back (or an
 * honest refusal) when answering would mean guessing.
 */
public sealed interface Answer permits SqlAnswer, RagAnswer, ClarifyingAnswer {

    String messageId();

    String sessionId();

    String question();

    /** The answer in words (markdown). */
    String text();

    RouteOutcome route();

    List<String> followUps();

    StageTimings timings();
}
