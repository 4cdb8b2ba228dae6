package dev.orderlens.web.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.route.RouteOutcome;
import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.domain.telemetry.StageTimings;
import dev.orderlens.core.semantic.DisplayFormats;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerJsonTest {

    private static final DisplayFormats SAMPLE = DisplayFormats.of(SemanticModelFile.loadDefault().model());
    private static final SqlResult RATE = SqlResult.of(List.of(new Column("late_delivery_rate", ColumnType.DOUBLE)),
            List.of(List.of(0.0739)));

    @Test
    void a_column_the_query_computes_with_the_metrics_own_expression_is_in_the_metrics_format() {
        Map<String, String> column = rateColumn("SELECT 100.0 * avg(CASE WHEN is_late THEN 1.0 ELSE 0.0 END) AS "
                + "late_delivery_rate FROM orders WHERE delivered_at IS NOT NULL");

        assertThat(column).containsEntry("format", "percent").containsEntry("unit", "%");
    }

    @Test
    void a_column_only_named_like_a_metric_has_no_format_or_unit_of_the_metrics() {
        Map<String, String> column = rateColumn("SELECT count(*) FILTER (WHERE is_late) * 1.0 / count(*) AS "
                + "late_delivery_rate FROM orders WHERE delivered_at IS NOT NULL");

        assertThat(column).containsEntry("label", "late delivery rate").containsEntry("format", null)
                .containsEntry("unit", null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> rateColumn(String sql) {
        SqlAnswer answer = new SqlAnswer("m-1", "s-1", "late rate?", "The rate.", sql, RATE, "r-1", null, List.of(),
                null, new RouteOutcome(Route.SQL, 1.0, false, false, null), List.of(), StageTimings.none());
        return ((List<Map<String, String>>) AnswerJson.of(answer, 50, SAMPLE).get("columns")).get(0);
    }
}
