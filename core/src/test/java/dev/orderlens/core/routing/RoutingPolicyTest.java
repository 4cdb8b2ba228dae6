package dev.orderlens.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.route.Classification;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.route.RoutePreference;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutingPolicyTest {

    private final RoutingPolicy policy = RoutingPolicy.defaults();

    @ParameterizedTest(name = "{0} at {1} -> {2} by {3}")
    @CsvSource({
            "SQL, 0.95, SQL, CONFIDENT",
            "SQL, 0.75, SQL, CONFIDENT",
            "RAG, 0.80, RAG, CONFIDENT",
            "SQL, 0.74, SQL, TENTATIVE_SQL",
            "SQL, 0.45, SQL, TENTATIVE_SQL",
            "SQL, 0.44, RAG, UNSURE",
            "RAG, 0.60, RAG, UNSURE",
            "RAG, 0.10, RAG, UNSURE",
            "SQL, 0.00, RAG, UNSURE"
    })
    void decides_by_confidence_band(Route classified, double confidence, Route expected, RoutingRule rule) {
        RoutingDecision decision = policy.decide(RoutePreference.AUTO,
                Optional.of(new Classification(classified, confidence, "because")));

        assertThat(decision.route()).isEqualTo(expected);
        assertThat(decision.rule()).isEqualTo(rule);
        assertThat(decision.confidence()).isEqualTo(confidence);
        assertThat(decision.forced()).isFalse();
        assertThat(decision.mayFallBackToRag()).isEqualTo(rule == RoutingRule.TENTATIVE_SQL);
    }

    @Test
    void forced_route_wins_over_a_confident_classifier() {
        RoutingDecision decision = policy.decide(RoutePreference.RAG,
                Optional.of(new Classification(Route.SQL, 0.99, "numbers")));

        assertThat(decision.route()).isEqualTo(Route.RAG);
        assertThat(decision.forced()).isTrue();
        assertThat(decision.rule()).isEqualTo(RoutingRule.FORCED);
        assertThat(decision.mayFallBackToRag()).isFalse();
        assertThat(decision.reason()).contains("asked for rag");
    }

    @Test
    void forced_sql_never_falls_back() {
        RoutingDecision decision = policy.decide(RoutePreference.SQL, Optional.empty());

        assertThat(decision.route()).isEqualTo(Route.SQL);
        assertThat(decision.mayFallBackToRag()).isFalse();
    }

    @Test
    void missing_classification_goes_to_documents() {
        RoutingDecision decision = policy.decide(RoutePreference.AUTO, Optional.empty());

        assertThat(decision.route()).isEqualTo(Route.RAG);
        assertThat(decision.rule()).isEqualTo(RoutingRule.NO_CLASSIFICATION);
        assertThat(decision.confidence()).isZero();
    }

    @Test
    void thresholds_are_configurable() {
        RoutingPolicy strict = new RoutingPolicy(0.9, 0.6);
        Optional<Classification> sql80 = Optional.of(new Classification(Route.SQL, 0.8, ""));
        Optional<Classification> sql50 = Optional.of(new Classification(Route.SQL, 0.5, ""));

        assertThat(strict.decide(RoutePreference.AUTO, sql80).rule()).isEqualTo(RoutingRule.TENTATIVE_SQL);
        assertThat(strict.decide(RoutePreference.AUTO, sql50).rule()).isEqualTo(RoutingRule.UNSURE);
    }

    @Test
    void rejects_thresholds_out_of_order() {
        assertThatThrownBy(() -> new RoutingPolicy(0.4, 0.6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("low <= high");
        assertThatThrownBy(() -> new RoutingPolicy(1.2, 0.6)).isInstanceOf(IllegalArgumentException.class);
    }
}
