package dev.orderlens.core.pipeline;

import dev.orderlens.core.routing.RoutingPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * The tunable limits of the pipeline.
 *
 * @param maxRows rows held per SQL result (for paging); the guard's row limit
 * @param sqlTimeout how long a query may run
 * @param passagesPerIndex passages asked of each vector index
 * @param passagesPerAnswer passages handed to the answer writer after merging
 * @param retrievalTimeout how long retrieval over all indexes may take
 * @param maxTurns turns of a conversation kept as context
 */
public record PipelineSettings(RoutingPolicy routing, int maxRows, Duration sqlTimeout,
        int passagesPerIndex, int passagesPerAnswer, Duration retrievalTimeout, int maxTurns) {

    public PipelineSettings {
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(sqlTimeout, "sqlTimeout");
        Objects.requireNonNull(retrievalTimeout, "retrievalTimeout");
        if (maxRows <= 0 || passagesPerIndex <= 0 || passagesPerAnswer <= 0 || maxTurns <= 0) {
            throw new IllegalArgumentException("pipeline limits must be positive");
        }
    }

    public static PipelineSettings defaults() {
        return new PipelineSettings(RoutingPolicy.defaults(), 10_000, Duration.ofSeconds(30), 5, 6,
                Duration.ofSeconds(10), 20);
    }

    public PipelineSettings withSqlTimeout(Duration timeout) {
        return new PipelineSettings(routing, maxRows, timeout, passagesPerIndex, passagesPerAnswer,
                retrievalTimeout, maxTurns);
    }

    public PipelineSettings withRouting(RoutingPolicy policy) {
        return new PipelineSettings(policy, maxRows, sqlTimeout, passagesPerIndex, passagesPerAnswer,
                retrievalTimeout, maxTurns);
    }
}
