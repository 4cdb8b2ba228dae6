package dev.orderlens.core.routing;

import dev.orderlens.core.domain.route.Classification;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.route.RoutePreference;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides the route of a question from the user's preference and the classifier's verdict:
 * a forced route wins; at or above {@code high} the classifier's route is taken; SQL in
 * {@code [low, high)} is tried with a fallback to RAG; anything else goes to RAG.
 */
public final class RoutingPolicy {

    public static final double DEFAULT_HIGH = 0.75;
    public static final double DEFAULT_LOW = 0.45;

    private final double high;
    private final double low;

    public RoutingPolicy(double high, double low) {
        if (!(0.0 <= low && low <= high && high <= 1.0)) {
            throw new IllegalArgumentException(
                    "routing thresholds need 0 <= low <= high <= 1 (low " + low + ", high " + high + ")");
        }
        this.high = high;
        this.low = low;
    }

    public static RoutingPolicy defaults() {
        return new RoutingPolicy(DEFAULT_HIGH, DEFAULT_LOW);
    }

    public double high() {
        return high;
    }

    public double low() {
        return low;
    }

    /**
     * @param classification the classifier's verdict, empty when no classifier could give one
     */
    public RoutingDecision decide(RoutePreference preference, Optional<Classification> classification) {
        Optional<Route> forced = preference.forcedRoute();
        if (forced.isPresent()) {
            return new RoutingDecision(forced.get(), 1.0, RoutingRule.FORCED,
                    "the user asked for " + forced.get().label());
        }
        if (classification.isEmpty()) {
            return new RoutingDecision(Route.RAG, 0.0, RoutingRule.NO_CLASSIFICATION,
                    "no classification was available, so the answer comes from the documents");
        }
        Classification verdict = classification.get();
        double confidence = verdict.confidence();
        String percent = String.format(Locale.ROOT, "%.0f%%", confidence * 100);
        if (confidence >= high) {
            return new RoutingDecision(verdict.route(), confidence, RoutingRule.CONFIDENT,
                    "the classifier chose " + verdict.route().label() + " with " + percent + " confidence");
        }
        if (verdict.route() == Route.SQL && confidence >= low) {
            return new RoutingDecision(Route.SQL, confidence, RoutingRule.TENTATIVE_SQL,
                    "the classifier leaned to sql with " + percent
                            + " confidence, so sql is tried with documents as the fallback");
        }
        return new RoutingDecision(Route.RAG, confidence, RoutingRule.UNSURE,
                "the classifier chose " + verdict.route().label() + " with only " + percent
                        + " confidence, so the answer comes from the documents");
    }
}
