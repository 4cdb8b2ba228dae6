package dev.orderlens.bootstrap.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationRunnerTest {

    private static final SqlResult BY_CARRIER = SqlResult.of(
            List.of(new Column("carrier", ColumnType.STRING), new Column("n", ColumnType.INTEGER)),
            List.of(List.of("UPS", 120L), List.of("FedEx", 412L)));
    private static final SqlResult UPS_ONLY = SqlResult.of(
            List.of(new Column("carrier", ColumnType.STRING), new Column("n", ColumnType.INTEGER)),
            List.of(List.of("UPS", 120L)));

    private final OrderLens orderLens = new ScriptedOrderLens()
            .sql("Orders by carrier", "SELECT carrier, count(*) AS n FROM orders GROUP BY 1")
            .rows("count(*) AS n FROM orders GROUP BY 1", BY_CARRIER)
            .sql("Orders by carrier, miscounted", "SELECT carrier, count(*) - 1 AS n FROM orders GROUP BY 1")
            .rows("count(*) - 1 AS n", SqlResult.of(BY_CARRIER.columns(),
                    List.of(List.of("UPS", 119L), List.of("FedEx", 411L))))
            .rows("gold: by carrier", BY_CARRIER)
            .sql("Orders by carrier → only UPS", "SELECT carrier, count(*) AS n FROM orders WHERE carrier = 'UPS'")
            .routes("only UPS", Route.SQL)
            .rows("WHERE carrier = 'UPS'", UPS_ONLY)
            .rows("gold: ups", UPS_ONLY)
            .passages(new Passage("doc-7", "analytics", "Recall notice", "The Nimbus X2 earbuds were recalled.", 1.0,
                    Map.of()))
            .build();

    private final EvaluationRunner runner = new EvaluationRunner(orderLens);

    @Test
    void scores_route_sql_and_rag_answers() {
        List<EvalQuestion> questions = List.of(
                EvalQuestion.sql("right", "Orders by carrier", "SELECT 'gold: by carrier' FROM orders"),
                EvalQuestion.sql("miscounted", "Orders by carrier, miscounted", "SELECT 'gold: by carrier' FROM orders"),
                EvalQuestion.sql("sent to documents", "Why are orders late?", "SELECT 'gold: by carrier' FROM orders"),
                EvalQuestion.rag("hit in a source", "Was anything recalled?", List.of("NIMBUS")),
                EvalQuestion.rag("miss", "What is the refund policy?", List.of("refund window")));

        EvalReport report = runner.run(questions, EvaluationRunner.Progress.NONE);

        assertThat(report.route()).isEqualTo(new Score(4, 5));
        assertThat(report.sql()).isEqualTo(new Score(1, 3));
        assertThat(report.rag()).isEqualTo(new Score(1, 2));
        assertThat(report.misses()).extracting(EvalOutcome::id)
                .containsExactly("miscounted", "sent to documents", "miss");
        assertThat(report.outcomes().get(1).detail()).contains("gold row 1 of 2 [UPS, 120]");
        assertThat(report.outcomes().get(2).decided()).isEqualTo(Route.RAG);
        assertThat(report.outcomes().get(2).detail()).isEqualTo("answered from documents, not by a query");
        assertThat(report.outcomes().get(4).detail()).isEqualTo("none of [refund window] in the answer or its sources");
    }

    @Test
    void asks_every_turn_in_one_session_and_scores_the_last() {
        EvalQuestion followUp = new EvalQuestion("pf", Route.SQL, List.of("Orders by carrier", "only UPS"),
                "SELECT 'gold: ups' FROM orders", false, false, EvalQuestion.DEFAULT_TOLERANCE, List.of());

        EvalReport report = runner.run(List.of(followUp), EvaluationRunner.Progress.NONE);

        assertThat(report.sql()).isEqualTo(new Score(1, 1));
        assertThat(report.outcomes().get(0).question()).isEqualTo("only UPS");
        StageLatency total = report.latencies().stream().filter(l -> l.stage().equals("total")).findFirst()
                .orElseThrow();
        assertThat(total.count()).as("both turns were timed").isEqualTo(2);
    }

    @Test
    void reports_a_failing_gold_query_as_a_wrong_answer() {
        EvalQuestion badGold = EvalQuestion.sql("bad gold", "Orders by carrier", "DELETE FROM orders");

        EvalReport report = runner.run(List.of(badGold), EvaluationRunner.Progress.NONE);

        assertThat(report.sql()).isEqualTo(new Score(0, 1));
        assertThat(report.outcomes().get(0).routeCorrect()).isTrue();
        assertThat(report.outcomes().get(0).detail()).startsWith("the gold query failed: ");
    }

    @Test
    void reports_progress_after_each_question_and_latency_per_stage_in_pipeline_order() {
        List<String> progress = new ArrayList<>();
        List<EvalQuestion> questions = List.of(
                EvalQuestion.sql("a", "Orders by carrier", "SELECT 'gold: by carrier' FROM orders"),
                EvalQuestion.rag("b", "Was anything recalled?", List.of("recall")));

        EvalReport report = runner.run(questions,
                (outcome, done, total) -> progress.add(outcome.id() + " " + done + "/" + total));

        assertThat(progress).containsExactly("a 1/2", "b 2/2");
        assertThat(report.latencies()).extracting(StageLatency::stage)
                .startsWith("context", "classify").contains("sql_execute", "retrieval").endsWith("total");
        assertThat(report.outcomes()).allSatisfy(o -> assertThat(o.totalMillis()).isPositive());
    }

    @Test
    void names_each_score_below_its_threshold() {
        EvalReport report = runner.run(List.of(
                EvalQuestion.sql("a", "Orders by carrier", "SELECT 'gold: by carrier' FROM orders"),
                EvalQuestion.rag("b", "What is the refund policy?", List.of("refund window"))),
                EvaluationRunner.Progress.NONE);

        assertThat(report.shortfalls(new Thresholds(0.97, 0.9, 0.95)))
                .containsExactly("RAG hit rate 0.000 is below 0.950 (0 of 1)");
        assertThat(report.shortfalls(Thresholds.NONE)).isEmpty();
    }
}
