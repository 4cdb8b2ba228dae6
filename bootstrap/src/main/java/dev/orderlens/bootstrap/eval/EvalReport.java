package dev.orderlens.bootstrap.eval;

import dev.orderlens.core.domain.route.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of an evaluation: every question's result, the three scores and latency per stage.
 *
 * @param latencies per stage, in pipeline order, over every answer given (earlier turns included)
 */
public record EvalReport(List<EvalOutcome> outcomes, List<StageLatency> latencies) {

    public EvalReport {
        outcomes = List.copyOf(outcomes);
        latencies = List.copyOf(latencies);
    }

    /** Route accuracy: the scored answer took the labelled route. */
    public Score route() {
        return new Score((int) outcomes.stream().filter(EvalOutcome::routeCorrect).count(), outcomes.size());
    }

    /** SQL execution accuracy over the SQL questions: the answer's table held the gold rows. */
    public Score sql() {
        return answers(Route.SQL);
    }

    /** RAG hit rate over the RAG questions: an expected string was in the answer or its sources. */
    public Score rag() {
        return answers(Route.RAG);
    }

    private Score answers(Route route) {
        List<EvalOutcome> ofRoute = outcomes.stream().filter(o -> o.expected() == route).toList();
        return new Score((int) ofRoute.stream().filter(EvalOutcome::answerCorrect).count(), ofRoute.size());
    }

    /** The questions with a wrong route or a wrong answer. */
    public List<EvalOutcome> misses() {
        return outcomes.stream().filter(o -> !o.routeCorrect() || !o.answerCorrect()).toList();
    }

    /** One line per score below its threshold; empty when the evaluation passes. */
    public List<String> shortfalls(Thresholds thresholds) {
        List<String> shortfalls = new ArrayList<>();
        addShortfall(shortfalls, "route accuracy", route(), thresholds.minRoute());
        addShortfall(shortfalls, "SQL execution accuracy", sql(), thresholds.minSql());
        addShortfall(shortfalls, "RAG hit rate", rag(), thresholds.minRag());
        return shortfalls;
    }

    private static void addShortfall(List<String> shortfalls, String name, Score score, double minimum) {
        if (!score.meets(minimum)) {
            shortfalls.add(String.format(Locale.ROOT, "%s %.3f is below %.3f (%d of %d)", name, score.rate(), minimum,
                    score.correct(), score.total()));
        }
    }
}
