package dev.orderlens.core.pipeline;

import dev.orderlens.core.port.AnswerWriter;
import dev.orderlens.core.port.ConversationStore;
import dev.orderlens.core.port.EmbeddingCache;
import dev.orderlens.core.port.EmbeddingModel;
import dev.orderlens.core.port.FollowUpSuggester;
import dev.orderlens.core.port.QuestionClassifier;
import dev.orderlens.core.port.SqlGenerator;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.core.port.Telemetry;
import dev.orderlens.core.port.VectorIndex;
import dev.orderlens.core.resilience.Fallback;
import dev.orderlens.core.sql.ReadOnlySqlGuard;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * What the pipeline is made of. Each answering component may have a fallback (the local one behind an
 * LLM-backed one) that takes over when it fails.
 *
 * @param recordIndexes names of the indexes whose passages each describe one record: not searched for the reasons
 *     of a change while another index is there
 * @param embeddingModel may be {@code null} when the indexes embed queries themselves
 * @param wallClock when things happen (turns, telemetry): the real time, whatever "today" questions are asked on
 * @param models the model or engine behind each component, for telemetry
 */
public record PipelineParts(
        Fallback<QuestionClassifier> classifiers, Fallback<SqlGenerator> sqlGenerators,
        Fallback<AnswerWriter> answerWriters,
        FollowUpSuggester followUps,
        SqlWarehouse warehouse, ReadOnlySqlGuard guard,
        List<VectorIndex> indexes, Set<String> recordIndexes, EmbeddingModel embeddingModel, EmbeddingCache embeddingCache,
        ConversationStore conversations, Telemetry telemetry, SqlResultStore results, VerifiedAnswers verified,
        ExecutorService executor, Clock wallClock, Map<String, String> models) {

    public PipelineParts {
        Objects.requireNonNull(classifiers, "classifiers");
        Objects.requireNonNull(sqlGenerators, "sqlGenerators");
        Objects.requireNonNull(answerWriters, "answerWriters");
        Objects.requireNonNull(followUps, "followUps");
        Objects.requireNonNull(warehouse, "warehouse");
        Objects.requireNonNull(guard, "guard");
        indexes = List.copyOf(indexes);
        if (indexes.isEmpty()) {
            throw new IllegalArgumentException("at least one vector index is needed");
        }
        recordIndexes = Set.copyOf(recordIndexes);
        Objects.requireNonNull(embeddingCache, "embeddingCache");
        Objects.requireNonNull(conversations, "conversations");
        Objects.requireNonNull(telemetry, "telemetry");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(verified, "verified");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(wallClock, "wallClock");
        models = Map.copyOf(models);
    }
}
