package dev.orderlens.bootstrap.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.bootstrap.eval.EvalOutcome.Status;
import dev.orderlens.core.domain.route.Clarification;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlResult;
import java.time.LocalDateTime;
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

    private static final SqlResult TOTAL = SqlResult.of(List.of(new Column("n", ColumnType.INTEGER)),
            List.of(List.<Object>of(532L)));

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
            .sql("Orders by carrier for UPS", "SELECT carrier, count(*) AS ups FROM orders WHERE carrier = 'UPS'")
            .rows("count(*) AS ups FROM", UPS_ONLY)
            .says("AS ups FROM", "UPS only: 120 orders.")
            .sql("How many UPS orders?", "SELECT count(*) AS all_orders FROM orders")
            .rows("AS all_orders", TOTAL)
            .rows("gold: ups count", SqlResult.of(TOTAL.columns(), List.of(List.<Object>of(120L))))
            .sql("Top carrier by orders", "SELECT carrier, count(*) AS top FROM orders GROUP BY 1 LIMIT 1")
            .rows("AS top FROM", UPS_ONLY)
            .sql("How many orders in all?", "SELECT carrier, count(*) AS split FROM orders GROUP BY 1")
            .rows("AS split FROM", BY_CARRIER)
            .rows("gold: total", TOTAL)
            .says("AS split FROM", "UPS has 120 orders and FedEx 412, 532 in all; 292 more for FedEx, 77% of the "
                    + "total; the peak was 2025-01-05 with 7,000 orders.")
            .sql("Orders in 2026", "SELECT count(*) AS future FROM orders WHERE order_ts >= TIMESTAMP '2026-01-01'")
            .rows("AS future FROM", SqlResult.of(TOTAL.columns(), List.of(List.<Object>of(0L))))
            .says("AS future FROM", "The data runs from 2024-01-01 to 2025-12-31: 0 orders.")
            .rows("SELECT min(order_ts), max(order_ts) FROM orders", SqlResult.of(
                    List.of(new Column("first", ColumnType.TIMESTAMP), new Column("last", ColumnType.TIMESTAMP)),
                    List.of(List.of(LocalDateTime.of(2024, 1, 1, 0, 5), LocalDateTime.of(2025, 12, 31, 23, 50)))))
            .clarifies("How are we doing?", new Clarification(Clarification.Reason.AMBIGUOUS, "Which measure?",
                    List.of("Orders by month", "Late deliveries by carrier")))
            .clarifies("How are we doing, vaguely?", new Clarification(Clarification.Reason.AMBIGUOUS,
                    "What do you mean?", List.of()))
            .clarifies("Weather in Paris?", new Clarification(Clarification.Reason.OUT_OF_SCOPE,
                    "I answer questions about orders.", List.of()))
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
        assertThat(report.outcomes()).extracting(EvalOutcome::reason).containsExactly(null, MissReason.WRONG_VALUES,
                MissReason.WRONG_ROUTE, null, MissReason.NOT_FOUND);
        assertThat(report.outcomes().get(1).detail()).contains("gold row 1 of 2 [UPS, 120]");
        assertThat(report.outcomes().get(2).decided()).isEqualTo(Route.RAG);
        assertThat(report.outcomes().get(2).detail()).isEqualTo("answered from documents, not by a query");
        assertThat(report.outcomes().get(4).detail()).isEqualTo("none of [refund window] in the answer or its sources");
        assertThat(report.missesByReason()).as("in the reasons' order").containsExactly(
                Map.entry(MissReason.WRONG_ROUTE, 1), Map.entry(MissReason.WRONG_VALUES, 1),
                Map.entry(MissReason.NOT_FOUND, 1));
        assertThat(report.wrongAnswers()).isEqualTo(3);
    }

    @Test
    void lists_a_right_answer_reached_by_the_wrong_route_as_a_miss_of_its_route() {
        EvalReport report = runner.run(List.of(EvalQuestion.rag("by a query", "Orders by carrier", List.of("rows"))),
                EvaluationRunner.Progress.NONE);

        assertThat(report.rag()).isEqualTo(new Score(1, 1));
        assertThat(report.route()).isEqualTo(new Score(0, 1));
        assertThat(report.misses()).extracting(EvalOutcome::missReason).containsExactly(MissReason.WRONG_ROUTE);
        assertThat(report.wrongAnswers()).isZero();
    }

    @Test
    void asks_every_turn_in_one_session_and_scores_the_last() {
        EvalQuestion followUp = new EvalQuestion("pf", Route.SQL, null, null, List.of("Orders by carrier", "only UPS"),
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
        assertThat(report.outcomes().get(0).reason()).isEqualTo(MissReason.GOLD_FAILED);
        assertThat(report.outcomes().get(0).detail()).startsWith("the gold query failed: ");
        assertThat(report.errors()).isEqualTo(1);
    }

    @Test
    void tells_a_filter_the_gold_query_lacks_from_one_the_answer_lacks() {
        EvalReport report = runner.run(List.of(
                EvalQuestion.sql("extra", "Orders by carrier for UPS", "SELECT 'gold: by carrier' FROM orders"),
                EvalQuestion.sql("missing", "How many UPS orders?",
                        "SELECT 'gold: ups count' FROM orders WHERE carrier = 'UPS'")),
                EvaluationRunner.Progress.NONE);

        assertThat(report.outcomes()).extracting(EvalOutcome::reason)
                .containsExactly(MissReason.EXTRA_FILTER, MissReason.MISSING_FILTER);
        assertThat(report.outcomes().get(0).detail()).startsWith("the answer filters on carrier, the gold query does "
                + "not; gold row 2 of 2 [FedEx, 412]");
        assertThat(report.outcomes().get(1).detail()).startsWith("the answer does not filter on carrier as the gold "
                + "query does; ");
    }

    @Test
    void tells_rows_cut_short_from_rows_split_too_finely() {
        EvalReport report = runner.run(List.of(
                EvalQuestion.sql("short", "Top carrier by orders", "SELECT 'gold: by carrier' FROM orders"),
                EvalQuestion.sql("split", "How many orders in all?", "SELECT 'gold: total' FROM orders")),
                EvaluationRunner.Progress.NONE);

        assertThat(report.outcomes()).extracting(EvalOutcome::reason)
                .containsExactly(MissReason.MISSING_ROWS, MissReason.EXTRA_ROWS);
        assertThat(report.outcomes().get(0).detail()).startsWith("fewer rows than the gold query (1 rows, gold 2)");
        assertThat(report.outcomes().get(1).detail()).startsWith("more rows than the gold query (2 rows, gold 1)");
    }

    @Test
    void counts_a_question_back_on_an_in_domain_question_as_an_abstention_not_a_wrong_answer() {
        EvalReport report = runner.run(List.of(
                EvalQuestion.sql("right", "Orders by carrier", "SELECT 'gold: by carrier' FROM orders"),
                EvalQuestion.sql("asked back", "How are we doing?", "SELECT 'gold: by carrier' FROM orders"),
                EvalQuestion.rag("refused", "Weather in Paris?", List.of("recall"))),
                EvaluationRunner.Progress.NONE);

        assertThat(report.outcomes()).extracting(EvalOutcome::status).containsExactly(Status.RIGHT,
                Status.ABSTAINED, Status.ABSTAINED);
        assertThat(report.sql()).as("accuracy over the questions answered").isEqualTo(new Score(1, 1));
        assertThat(report.rag()).isEqualTo(new Score(0, 0));
        assertThat(report.route()).isEqualTo(new Score(1, 1));
        assertThat(report.abstentions()).isEqualTo(2);
        assertThat(report.abstentionRate()).isEqualTo(2.0 / 3);
        assertThat(report.wrongAnswers()).isZero();
        assertThat(report.misses()).isEmpty();
        assertThat(report.outcomes().get(1).detail()).isEqualTo("asked back: Which measure?");
    }

    @Test
    void judges_refusals_questions_back_and_mentions_and_counts_the_rest_as_silent_wrong_answers() {
        EvalReport report = runner.run(List.of(
                EvalQuestion.expecting("refused", Expectation.REFUSE, null, "Weather in Paris?"),
                EvalQuestion.expecting("asked instead of refusing", Expectation.REFUSE, null, "How are we doing?"),
                EvalQuestion.expecting("answered instead of refusing", Expectation.REFUSE, null, "Orders by carrier"),
                EvalQuestion.expecting("asked with choices", Expectation.CLARIFY, null, "How are we doing?"),
                EvalQuestion.expecting("asked without choices", Expectation.CLARIFY, null,
                        "How are we doing, vaguely?"),
                EvalQuestion.expecting("refused, not asked", Expectation.CLARIFY, null, "Weather in Paris?"),
                EvalQuestion.expecting("mentioned", Expectation.MENTION, "ups", "Orders by carrier for UPS"),
                EvalQuestion.expecting("asked about it", Expectation.MENTION, "Black Friday", "How are we doing?"),
                EvalQuestion.expecting("dropped", Expectation.MENTION, "Black Friday", "Orders by carrier")),
                EvaluationRunner.Progress.NONE);

        assertThat(report.outcomes()).extracting(EvalOutcome::status).containsExactly(Status.RIGHT,
                Status.ABSTAINED, Status.SILENT_WRONG, Status.RIGHT, Status.SILENT_WRONG, Status.SILENT_WRONG,
                Status.RIGHT, Status.RIGHT, Status.SILENT_WRONG);
        assertThat(report.outcomes()).extracting(EvalOutcome::reason).containsExactly(null, null, MissReason.GUESSED,
                null, MissReason.NO_CHOICES, MissReason.NO_CHOICES, null, null, MissReason.DROPPED_PHRASE);
        assertThat(report.silentWrongAnswers()).extracting(EvalOutcome::id).containsExactly(
                "answered instead of refusing", "asked without choices", "refused, not asked", "dropped");
        assertThat(report.outcomes().get(2).detail()).isEqualTo("answered by sql instead of refusing: 2 rows");
        assertThat(report.outcomes().get(8).detail()).isEqualTo("'Black Friday' is not in the answer: 2 rows");
        assertThat(report.expectations()).isEqualTo(new Score(4, 9));
        assertThat(report.route()).as("no labelled route to score").isEqualTo(new Score(0, 0));
        assertThat(report.abstentions()).as("abstentions count in-domain questions").isZero();
    }

    @Test
    void an_answer_owns_up_to_a_phrase_by_repeating_it_or_quoting_its_words() {
        assertThat(EvaluationRunner.names("Revenue from influencer coupons: $5.", "influencer coupons")).isTrue();
        assertThat(EvaluationRunner.names("I did not use 'influencer': the data has no such value.",
                "influencer coupons")).isTrue();
        assertThat(EvaluationRunner.names("Influencer revenue was $5.", "influencer coupons")).isFalse();
        assertThat(EvaluationRunner.names("I did not use 'by'.", "by warehouse")).isFalse();
        assertThat(EvaluationRunner.names("I did not use 'red': the data has no colours.", "red items")).isTrue();
        assertThat(EvaluationRunner.names("The passages cited do not mention 'gift wrapped'.", "gift-wrapped")).isTrue();
        assertThat(EvaluationRunner.names("The data has no column for 'gift wrapped'.", "gift-wrapped orders"))
                .isTrue();
        assertThat(EvaluationRunner.names("The data has no column for 'wrapped orders'.", "gift-wrapped")).isFalse();
    }

    @Test
    void a_phrase_the_answer_quotes_from_the_question_does_not_count_as_found() {
        String question = "Which incidents affected customers in 2025?";

        assertThat(EvaluationRunner.withoutQuotesOf(question, "Orders fell [1]. The passages cited do not mention "
                + "'incidents affected', so this answer does not cover that part.")).doesNotContain("incident");
        assertThat(EvaluationRunner.withoutQuotesOf(question, "The 'checkout incident' of May hit customers' orders."))
                .as("a quote of the documents, not of the question").contains("'checkout incident'", "customers'");
    }

    @Test
    void gates_on_silent_wrong_answers_and_unsupported_numbers() {
        EvalReport report = runner.run(List.of(
                EvalQuestion.expecting("answered instead of refusing", Expectation.REFUSE, null, "Orders by carrier"),
                EvalQuestion.sql("split", "How many orders in all?", "SELECT 'gold: total' FROM orders")),
                EvaluationRunner.Progress.NONE);

        assertThat(report.shortfalls(new Thresholds(0, 0, 0))).containsExactly("silent wrong answers 1 is above 0");
        assertThat(report.shortfalls(new Thresholds(0, 0, 0, 1, 0))).containsExactly("unsupported numbers 2 is above 0");
        assertThat(report.shortfalls(new Thresholds(0, 0, 0, 1, 2))).isEmpty();
    }

    @Test
    void lists_the_numbers_of_a_summary_its_rows_do_not_support() {
        EvalReport report = runner.run(List.of(
                EvalQuestion.sql("split", "How many orders in all?", "SELECT 'gold: total' FROM orders"),
                EvalQuestion.sql("right", "Orders by carrier", "SELECT 'gold: by carrier' FROM orders")),
                EvaluationRunner.Progress.NONE);

        assertThat(report.outcomes().get(0).unsupportedNumbers()).containsExactly("2025-01-05", "7,000");
        assertThat(report.outcomes().get(1).unsupportedNumbers()).isEmpty();
        assertThat(report.unsupportedNumbers()).isEqualTo(2);
    }

    @Test
    void lets_an_answer_say_where_the_data_begins_and_ends() {
        EvalReport report = runner.run(List.of(EvalQuestion.sql("future", "Orders in 2026",
                "SELECT 'gold: total' FROM orders")), EvaluationRunner.Progress.NONE);

        assertThat(report.outcomes().get(0).unsupportedNumbers()).isEmpty();
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
