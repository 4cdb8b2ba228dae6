package dev.orderlens.core.domain.answer;

import dev.orderlens.core.domain.route.RouteOutcome;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.domain.telemetry.StageTimings;
import java.util.List;
import java.util.Objects;

/**
 * An answer computed by a SQL query.
 *
 * @param sql the query that ran ({@code null} when none could be written)
 * @param result the rows held for the answer ({@code null} when the query did not run)
 * @param resultId the handle for paging through {@code result}, or {@code null}
 * @param error why no rows could be shown, or {@code null}
 * @param sources passages that explain the numbers ("why did … change"), cited in {@code text}; usually empty
 * @param verification set when the query is one a person saved as right for this question, else {@code null}
 */
public record SqlAnswer(String messageId, String sessionId, String question, String text, String sql,
        SqlResult result, String resultId, String error, List<Passage> sources, Verification verification,
        RouteOutcome route, List<String> followUps, StageTimings timings) implements Answer {
    public SqlAnswer {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        Objects.requireNonNull(route, "route");
        followUps = List.copyOf(followUps);
        Objects.requireNonNull(timings, "timings");
    }

    public long rowCount() {
        return result == null ? 0 : result.totalRows();
    }
}
