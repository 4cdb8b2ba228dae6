package dev.orderlens.core.domain.answer;

import dev.orderlens.core.domain.route.RouteOutcome;
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
 */
public record SqlAnswer(String messageId, String sessionId, String question, String text, String sql,
        SqlResult result, String resultId, String error, RouteOutcome route, List<String> followUps,
        StageTimings timings) implements Answer {
    public SqlAnswer {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(route, "route");
        followUps = List.copyOf(followUps);
        Objects.requireNonNull(timings, "timings");
    }

    public long rowCount() {
        return result == null ? 0 : result.totalRows();
    }
}
