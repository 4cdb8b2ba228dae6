package dev.orderlens.core.routing;

import dev.orderlens.core.domain.route.Route;
import java.util.Objects;

/**
 * The route chosen for a question before it is answered.
 *
 * @param route the route to try first
 * @param confidence the classifier's confidence (1.0 when forced, 0.0 without a classification)
 * @param rule the rule that decided
 * @param reason a sentence saying why, for users and telemetry
 */
public record RoutingDecision(Route route, double confidence, RoutingRule rule, String reason) {

    public RoutingDecision {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(rule, "rule");
        reason = reason == null ? "" : reason;
    }

    public boolean forced() {
        return rule == RoutingRule.FORCED;
    }

    /** Whether a failed SQL attempt (invalid, erroring or empty) should fall back to RAG. */
    public boolean mayFallBackToRag() {
        return rule == RoutingRule.TENTATIVE_SQL;
    }
}
