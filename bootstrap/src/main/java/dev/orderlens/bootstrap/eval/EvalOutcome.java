package dev.orderlens.bootstrap.eval;

import dev.orderlens.core.domain.route.Route;
import java.util.Objects;

/**
 * How the assistant did on one question.
 *
 * @param decided the route of the scored answer, {@code null} when asking failed
 * @param fallback whether the scored answer fell back from SQL to RAG
 * @param answerCorrect for SQL questions whether the table held the gold rows; for RAG whether an expected
 *     string was found
 * @param detail why it was wrong, or empty
 * @param totalMillis how long the scored answer took
 */
public record EvalOutcome(String id, String question, Route expected, Route decided, boolean fallback,
        boolean answerCorrect, String detail, double totalMillis) {

    public EvalOutcome {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expected, "expected");
        detail = detail == null ? "" : detail;
    }

    public boolean routeCorrect() {
        return expected == decided;
    }
}
