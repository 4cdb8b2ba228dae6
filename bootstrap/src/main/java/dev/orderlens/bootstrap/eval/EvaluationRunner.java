package dev.orderlens.bootstrap.eval;

import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.core.Assistant;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.RagAnswer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.domain.telemetry.Stage;
import dev.orderlens.core.pipeline.AnswerListener;
import dev.orderlens.core.pipeline.AskCommand;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Runs evaluation questions through a running OrderLens and scores them: each question in a session of its
 * own (a multi-turn item asks every turn and scores the last), SQL answers against the gold query run on the
 * same warehouse, RAG answers against the expected strings.
 */
public final class EvaluationRunner {

    /** Hears about each scored question, for a progress bar. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (outcome, done, total) -> {
        };

        void scored(EvalOutcome outcome, int done, int total);
    }

    private final Assistant assistant;
    private final Function<String, SqlResult> goldRunner;

    /** Asks through the OrderLens's assistant and runs gold queries through {@link OrderLens#runSql}. */
    public EvaluationRunner(OrderLens orderLens) {
        this(orderLens.assistant(), orderLens::runSql);
    }

    private EvaluationRunner(Assistant assistant, Function<String, SqlResult> goldRunner) {
        this.assistant = Objects.requireNonNull(assistant, "assistant");
        this.goldRunner = Objects.requireNonNull(goldRunner, "goldRunner");
    }

    public EvalReport run(List<EvalQuestion> questions, Progress progress) {
        List<EvalOutcome> outcomes = new ArrayList<>();
        Map<Stage, List<Double>> millis = new EnumMap<>(Stage.class);
        for (EvalQuestion question : questions) {
            EvalOutcome outcome = evaluate(question, millis);
            outcomes.add(outcome);
            progress.scored(outcome, outcomes.size(), questions.size());
        }
        List<StageLatency> latencies = new ArrayList<>();
        millis.forEach((stage, values) -> latencies.add(StageLatency.of(stage.label(), values)));
        return new EvalReport(outcomes, latencies);
    }

    private EvalOutcome evaluate(EvalQuestion question, Map<Stage, List<Double>> millis) {
        String sessionId = SessionId.random().value();
        Answer answer = null;
        try {
            for (String turn : question.turns()) {
                answer = assistant.ask(new AskCommand(turn, sessionId), AnswerListener.IGNORE);
                answer.timings().asMap().forEach((stage, duration) ->
                        millis.computeIfAbsent(stage, s -> new ArrayList<>()).add(toMillis(duration)));
            }
        } catch (RuntimeException e) {
            return new EvalOutcome(question.id(), question.question(), question.route(), null, false, false,
                    "asking failed: " + e.getMessage(), 0);
        }
        String wrong = question.route() == Route.SQL ? sqlMismatch(question, answer) : ragMiss(question, answer);
        double total = answer.timings().get(Stage.TOTAL).map(EvaluationRunner::toMillis).orElse(0.0);
        return new EvalOutcome(question.id(), question.question(), question.route(), decided(question, answer),
                answer.route().fallback(), wrong == null, wrong, total);
    }

    /** An answer with both rows and cited documents ("why did … go up") took both routes, whichever was labelled. */
    private static Route decided(EvalQuestion question, Answer answer) {
        if (answer instanceof SqlAnswer sql && sql.result() != null && !sql.sources().isEmpty()) {
            return question.route();
        }
        return answer.route().decided();
    }

    /** Why the answer's table does not hold the gold rows, or {@code null} when it does. */
    private String sqlMismatch(EvalQuestion question, Answer answer) {
        if (!(answer instanceof SqlAnswer sqlAnswer)) {
            return "answered from documents, not by a query";
        }
        if (sqlAnswer.result() == null) {
            return "no rows: " + (sqlAnswer.error() == null ? sqlAnswer.text() : sqlAnswer.error());
        }
        SqlResult gold;
        try {
            gold = goldRunner.apply(question.gold());
        } catch (RuntimeException e) {
            return "the gold query failed: " + e.getMessage();
        }
        ResultComparison.Verdict verdict = ResultComparison.compare(gold, sqlAnswer.result(),
                question.comparisonRules());
        return verdict.correct() ? null : verdict.reason();
    }

    /** Why no expected string is in the answer or its sources, or {@code null} when one is. */
    private static String ragMiss(EvalQuestion question, Answer answer) {
        StringBuilder haystack = new StringBuilder(answer.text());
        List<Passage> sources = answer instanceof RagAnswer rag ? rag.sources()
                : answer instanceof SqlAnswer sql ? sql.sources() : List.of();
        for (Passage source : sources) {
            haystack.append('\n').append(source.title()).append('\n').append(source.text());
        }
        String text = haystack.toString().toLowerCase(Locale.ROOT);
        boolean hit = question.expectAny().stream().anyMatch(s -> text.contains(s.toLowerCase(Locale.ROOT)));
        return hit ? null : "none of " + question.expectAny() + " in the answer or its sources";
    }

    private static double toMillis(Duration duration) {
        return duration.toNanos() / 1_000_000.0;
    }
}
