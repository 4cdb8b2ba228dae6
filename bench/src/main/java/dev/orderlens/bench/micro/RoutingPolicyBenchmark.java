package dev.orderlens.bench.micro;

import static java.util.concurrent.TimeUnit.MICROSECONDS;

import dev.orderlens.core.domain.route.Classification;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.route.RoutePreference;
import dev.orderlens.core.routing.RoutingDecision;
import dev.orderlens.core.routing.RoutingPolicy;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The routing decision for a forced route, a confident verdict and a tentative SQL verdict (default thresholds). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class RoutingPolicyBenchmark {

    private final RoutingPolicy policy = RoutingPolicy.defaults();
    private final Optional<Classification> confidentSql =
            Optional.of(new Classification(Route.SQL, 0.93, "an aggregate over orders"));
    private final Optional<Classification> tentativeSql =
            Optional.of(new Classification(Route.SQL, 0.6, "a count, but the wording is vague"));

    @Benchmark
    public RoutingDecision forcedRoute() {
        return policy.decide(RoutePreference.RAG, confidentSql);
    }

    @Benchmark
    public RoutingDecision confidentVerdict() {
        return policy.decide(RoutePreference.AUTO, confidentSql);
    }

    @Benchmark
    public RoutingDecision tentativeSqlWithFallback() {
        return policy.decide(RoutePreference.AUTO, tentativeSql);
    }
}
