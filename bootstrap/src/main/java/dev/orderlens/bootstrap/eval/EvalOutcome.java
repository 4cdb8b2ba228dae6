package dev.orderlens.bootstrap.eval;

import dev.orderlens.core.domain.route.Route;
import java.util.List;
import java.util.Objects;

/**
 * How the assistant did on one question.
 *
 * @param expected the labelled route; {@code null} for a question with an {@link Expectation}
 * @param expect what the question expected instead of an answer; {@code null} for an in-domain question
 * @param decided the route of the scored answer, {@code null} when asking failed
 * @param fallback whether the scored answer fell back from SQL to RAG
 * @param status right, wrong, silently wrong, abstained or failed
 * @param reason why it was not right, {@code null} when it was or the assistant abstained
 * @param detail the reason in words, with the values that differ; empty when right
 * @param unsupportedNumbers numbers of the answer's text that its result neither holds nor computes
 * @param totalMillis how long the scored answer took
 */
public record EvalOutcome(String id, String question, Route expected, Expectation expect, Route decided,
        boolean fallback, Status status, MissReason reason, String detail, List<String> unsupportedNumbers,
        double totalMillis) {

    public enum Status {
        RIGHT,
        /** An in-domain question answered wrongly. */
        WRONG,
        /** A question that should have been refused or asked back about, answered with figures instead. */
        SILENT_WRONG,
        /** A question back or a refusal where an answer was due, or a question back where a refusal was. */
        ABSTAINED,
        /** No answer at all: asking failed or its query did not run. */
        ERROR
    }

    public EvalOutcome {
        Objects.requireNonNull(id, "id");
        if ((expected == null) == (expect == null)) {
            throw new IllegalArgumentException("an outcome has either an expected route or an expectation");
        }
        Objects.requireNonNull(status, "status");
        if ((reason == null) != (status == Status.RIGHT || status == Status.ABSTAINED)) {
            throw new IllegalArgumentException("a reason goes with every miss and only with misses");
        }
        detail = detail == null ? "" : detail;
        unsupportedNumbers = List.copyOf(unsupportedNumbers);
    }

    /** Whether the question is one a figure or a passage answers (it has a labelled route). */
    public boolean inDomain() {
        return expected != null;
    }

    public boolean routeCorrect() {
        return expected == decided;
    }

    /** Whether the answer was wrong, or right but reached by the wrong route. */
    public boolean isMiss() {
        return missReason() != null;
    }

    /** Why this is a miss: the answer's reason, or the wrong route it took to a right answer; else {@code null}. */
    public MissReason missReason() {
        if (reason != null) {
            return reason;
        }
        return inDomain() && status == Status.RIGHT && !routeCorrect() ? MissReason.WRONG_ROUTE : null;
    }
}
