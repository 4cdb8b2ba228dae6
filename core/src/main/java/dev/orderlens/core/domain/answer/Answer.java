package dev.orderlens.core.domain.answer;

import dev.orderlens.core.domain.route.RouteOutcome;
import dev.orderlens.core.domain.telemetry.StageTimings;
import java.util.List;

/** The answer to one question: either a SQL answer with rows or a grounded RAG answer with sources. */
public sealed interface Answer permits SqlAnswer, RagAnswer {

    String messageId();

    String sessionId();

    String question();

    /** The answer in words (markdown). */
    String text();

    RouteOutcome route();

    List<String> followUps();

    StageTimings timings();
}
