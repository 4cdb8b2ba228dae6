package dev.orderlens.bootstrap.eval;

import dev.orderlens.bootstrap.eval.EvalOutcome.Status;
import dev.orderlens.core.domain.route.Route;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The outcome of an evaluation: every question's result, the scores, the misses by reason, abstentions and
 * silent wrong answers counted apart, the numbers summaries state without support, and latency per stage.
 * Accuracy is over the questions answered: a question back on an in-domain question is an abstention, counted
 * on its own, not a wrong answer.
 *
 * @param latencies per stage, in pipeline order, over every answer given (earlier turns included)
 */
public record EvalReport(List<EvalOutcome> outcomes, List<StageLatency> latencies) {

    public EvalReport {
        outcomes = List.copyOf(outcomes);
        latencies = List.copyOf(latencies);
    }

    /** Route accuracy over the in-domain questions answered: the scored answer took the labelled route. */
    public Score route() {
        List<EvalOutcome> answered = answered(null);
        return new Score((int) answered.stream().filter(EvalOutcome::routeCorrect).count(), answered.size());
    }

    /** SQL execution accuracy over the SQL questions answered: the answer's table held the gold rows. */
    public Score sql() {
        return answers(Route.SQL);
    }

    /** RAG hit rate over the RAG questions answered: an expected string was in the answer or its sources. */
    public Score rag() {
        return answers(Route.RAG);
    }

    /** The questions that expect a refusal, a question back or a mention, and how many got what they expect. */
    public Score expectations() {
        List<EvalOutcome> expecting = outcomes.stream().filter(o -> !o.inDomain()).toList();
        return new Score((int) expecting.stream().filter(o -> o.status() == Status.RIGHT).count(), expecting.size());
    }

    private Score answers(Route route) {
        List<EvalOutcome> ofRoute = answered(route);
        return new Score((int) ofRoute.stream().filter(o -> o.status() == Status.RIGHT).count(), ofRoute.size());
    }

    /** In-domain questions not abstained from, of one route or of all when {@code route} is {@code null}. */
    private List<EvalOutcome> answered(Route route) {
        return outcomes.stream().filter(EvalOutcome::inDomain).filter(o -> o.status() != Status.ABSTAINED)
                .filter(o -> route == null || o.expected() == route).toList();
    }

    public int inDomainQuestions() {
        return (int) outcomes.stream().filter(EvalOutcome::inDomain).count();
    }

    /** In-domain questions answered with a question back or a refusal instead of a figure or passages. */
    public int abstentions() {
        return count(o -> o.inDomain() && o.status() == Status.ABSTAINED);
    }

    /** The share of in-domain questions abstained from, 0..1 (0 without in-domain questions). */
    public double abstentionRate() {
        int inDomain = inDomainQuestions();
        return inDomain == 0 ? 0 : (double) abstentions() / inDomain;
    }

    /** In-domain questions answered wrongly (a wrong route, wrong rows, passages without the expected words). */
    public int wrongAnswers() {
        return count(o -> o.status() == Status.WRONG);
    }

    /** Questions without an answer: asking failed, the query did not run, or the gold query failed. */
    public int errors() {
        return count(o -> o.status() == Status.ERROR);
    }

    /** Questions that expected a refusal, a question back or a mention and were answered without one. */
    public List<EvalOutcome> silentWrongAnswers() {
        return outcomes.stream().filter(o -> o.status() == Status.SILENT_WRONG).toList();
    }

    /** How many misses there were for each reason, in the reasons' order, reasons without a miss left out. */
    public Map<MissReason, Integer> missesByReason() {
        Map<MissReason, Integer> counts = new EnumMap<>(MissReason.class);
        for (EvalOutcome miss : misses()) {
            counts.merge(miss.missReason(), 1, Integer::sum);
        }
        return counts;
    }

    /** The numbers all SQL answers together state without their rows holding or computing them. */
    public int unsupportedNumbers() {
        return outcomes.stream().mapToInt(o -> o.unsupportedNumbers().size()).sum();
    }

    /** The questions with a miss, or with a right answer on the wrong route. */
    public List<EvalOutcome> misses() {
        return outcomes.stream().filter(EvalOutcome::isMiss).toList();
    }

    /** One line per score below its threshold or count above its limit; empty when the evaluation passes. */
    public List<String> shortfalls(Thresholds thresholds) {
        List<String> shortfalls = new ArrayList<>();
        addShortfall(shortfalls, "route accuracy", route(), thresholds.minRoute());
        addShortfall(shortfalls, "SQL execution accuracy", sql(), thresholds.minSql());
        addShortfall(shortfalls, "RAG hit rate", rag(), thresholds.minRag());
        addExcess(shortfalls, "silent wrong answers", silentWrongAnswers().size(), thresholds.maxSilentWrong());
        addExcess(shortfalls, "unsupported numbers", unsupportedNumbers(), thresholds.maxUnsupportedNumbers());
        return shortfalls;
    }

    private int count(Predicate<EvalOutcome> which) {
        return (int) outcomes.stream().filter(which).count();
    }

    private static void addShortfall(List<String> shortfalls, String name, Score score, double minimum) {
        if (!score.meets(minimum)) {
            shortfalls.add(String.format(Locale.ROOT, "%s %.3f is below %.3f (%d of %d)", name, score.rate(), minimum,
                    score.correct(), score.total()));
        }
    }

    private static void addExcess(List<String> shortfalls, String name, int count, int maximum) {
        if (count > maximum) {
            shortfalls.add(name + " " + count + " is above " + maximum);
        }
    }
}
