package dev.orderlens.core.domain.route;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A classifier's verdict on a question.
 *
 * @param route the route it recommends
 * @param confidence how sure it is, 0..1
 * @param reasoning a short human-readable justification
 * @param sql SQL the classifier already wrote for the question, or {@code null}
 * @param clarification what to say instead of answering when the question is too vague or outside the data, or
 *     {@code null} when it can be answered
 * @param caveats sentences an answer from the documents must open with, because the answer cannot cover part of
 *     the question (words neither the data nor the documents know); empty when it covers all of it
 * @param unread phrases of the question, as written, that no part of the data model reads: an answer from the
 *     documents whose cited passages do not mention one of them says so
 */
public record Classification(Route route, double confidence, String reasoning, String sql,
        Clarification clarification, List<String> caveats, List<String> unread) {

    public Classification {
        Objects.requireNonNull(route, "route");
        if (Double.isNaN(confidence) || confidence < 0.0 || confidence > 1.0) {
            throw new IllegalArgumentException("confidence must be within 0..1 (was " + confidence + ")");
        }
        reasoning = reasoning == null ? "" : reasoning;
        sql = sql == null || sql.isBlank() ? null : sql;
        caveats = caveats == null ? List.of() : List.copyOf(caveats);
        unread = unread == null ? List.of() : List.copyOf(unread);
    }

    public Classification(Route route, double confidence, String reasoning, String sql,
            Clarification clarification, List<String> caveats) {
        this(route, confidence, reasoning, sql, clarification, caveats, List.of());
    }

    public Classification(Route route, double confidence, String reasoning, String sql,
            Clarification clarification) {
        this(route, confidence, reasoning, sql, clarification, List.of());
    }

    public Classification(Route route, double confidence, String reasoning, String sql) {
        this(route, confidence, reasoning, sql, null, List.of());
    }

    public Classification(Route route, double confidence, String reasoning) {
        this(route, confidence, reasoning, null, null, List.of());
    }

    public Optional<String> suggestedSql() {
        return Optional.ofNullable(sql);
    }

    /** The question back or refusal to give instead of an answer, when the classifier found one is needed. */
    public Optional<Clarification> askBack() {
        return Optional.ofNullable(clarification);
    }
}
