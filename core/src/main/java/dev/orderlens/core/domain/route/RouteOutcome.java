package dev.orderlens.core.domain.route;

import java.util.Objects;

/**
 * How the route of an answer was chosen, as shown to users and recorded in telemetry.
 *
 * @param decided the route that produced the answer
 * @param confidence the classifier's confidence (1.0 when forced)
 * @param forced whether the user forced the route
 * @param fallback whether the answer fell back from SQL to RAG
 * @param reasoning why: the classifier's reasoning and the routing rule applied, plus the fallback cause
 */
public record RouteOutcome(Route decided, double confidence, boolean forced, boolean fallback, String reasoning) {
    public RouteOutcome {
        Objects.requireNonNull(decided, "decided");
        reasoning = reasoning == null ? "" : reasoning;
    }
}
