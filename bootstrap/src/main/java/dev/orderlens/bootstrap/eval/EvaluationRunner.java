package dev.orderlens.bootstrap.eval;

import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.core.Assistant;
import dev.orderlens.bootstrap.eval.EvalOutcome.Status;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.ClarifyingAnswer;
import dev.orderlens.core.domain.answer.RagAnswer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.domain.route.Clarification;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.domain.telemetry.Stage;
import dev.orderlens.core.pipeline.AnswerListener;
import dev.orderlens.core.pipeline.AskCommand;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs evaluation questions through a running OrderLens and scores them: each question in a session of its
 * own (a multi-turn item asks every turn and scores the last), SQL answers against the gold query run on the
 * same warehouse, RAG answers against the expected strings, and questions that expect a refusal or a question
 * back against what they expect. A miss gets its reason; a question back on an in-domain question is an
 * abstention; every SQL answer's numbers are checked against its rows.
 */
public final class EvaluationRunner {

    /** Hears about each scored question, for a progress bar. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (outcome, done, total) -> {
        };

        void scored(EvalOutcome outcome, int done, int total);
    }

    private static final int EXCERPT = 100;
    private static final Pattern QUOTED = Pattern.compile("'([^'\\n]+)'");

    private final Assistant assistant;
    private final Function<String, SqlResult> goldRunner;
    private final SqlMissDiagnosis diagnosis;
    private final FaithfulnessCheck faithfulness;
    private String dataRange;

    /** Asks through the OrderLens's assistant and runs gold queries through {@link OrderLens#runSql}. */
    public EvaluationRunner(OrderLens orderLens) {
        this(orderLens.assistant(), orderLens::runSql);
    }

    private EvaluationRunner(Assistant assistant, Function<String, SqlResult> goldRunner) {
        this.assistant = Objects.requireNonNull(assistant, "assistant");
        this.goldRunner = Objects.requireNonNull(goldRunner, "goldRunner");
        SemanticModel model = assistant.semanticModel();
        this.diagnosis = new SqlMissDiagnosis(model.columns().stream().map(SemanticColumn::name)
                .collect(Collectors.toSet()));
        this.faithfulness = new FaithfulnessCheck(model.locale());
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

    /** A verdict on one answer before it becomes an outcome. */
    private record Judgement(Status status, MissReason reason, String detail) {

        static final Judgement RIGHT = new Judgement(Status.RIGHT, null, "");

        static Judgement abstained(Answer answer) {
            return new Judgement(Status.ABSTAINED, null, "asked back: " + excerpt(answer.text()));
        }

        static Judgement miss(Status status, MissReason reason, String detail) {
            return new Judgement(status, reason, detail);
        }
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
            return new EvalOutcome(question.id(), question.question(), question.route(), question.expect(), null,
                    false, Status.ERROR, MissReason.NO_ANSWER, "asking failed: " + e.getMessage(), List.of(), 0);
        }
        Judgement judgement = question.expect() != null ? expectation(question, answer)
                : question.route() == Route.SQL ? sql(question, answer) : rag(question, answer);
        double total = answer.timings().get(Stage.TOTAL).map(EvaluationRunner::toMillis).orElse(0.0);
        return new EvalOutcome(question.id(), question.question(), question.route(), question.expect(),
                decided(question, answer), answer.route().fallback(), judgement.status(), judgement.reason(),
                judgement.detail(), unsupportedNumbers(question, answer), total);
    }

    /** An answer with both rows and cited documents ("why did … go up") took both routes, whichever was labelled. */
    private static Route decided(EvalQuestion question, Answer answer) {
        if (answer instanceof SqlAnswer sql && sql.result() != null && !sql.sources().isEmpty()
                && question.route() != null) {
            return question.route();
        }
        return answer.route().decided();
    }

    /** Whether the answer's table holds the gold rows, and why not when it does not. */
    private Judgement sql(EvalQuestion question, Answer answer) {
        if (answer instanceof ClarifyingAnswer) {
            return Judgement.abstained(answer);
        }
        if (!(answer instanceof SqlAnswer sqlAnswer)) {
            return Judgement.miss(Status.WRONG, MissReason.WRONG_ROUTE, "answered from documents, not by a query");
        }
        if (sqlAnswer.result() == null) {
            return Judgement.miss(Status.ERROR, MissReason.NO_ANSWER,
                    "no rows: " + (sqlAnswer.error() == null ? sqlAnswer.text() : sqlAnswer.error()));
        }
        SqlResult gold;
        try {
            gold = goldRunner.apply(question.gold());
        } catch (RuntimeException e) {
            return Judgement.miss(Status.ERROR, MissReason.GOLD_FAILED, "the gold query failed: " + e.getMessage());
        }
        ResultComparison.Verdict verdict = ResultComparison.compare(gold, sqlAnswer.result(),
                question.comparisonRules());
        if (verdict.correct()) {
            return Judgement.RIGHT;
        }
        SqlMissDiagnosis.Diagnosis why = diagnosis.diagnose(question.gold(), sqlAnswer.sql(), gold,
                sqlAnswer.result(), question.keyTop(), verdict.reason());
        return Judgement.miss(Status.WRONG, why.reason(), why.detail());
    }

    /**
     * The answer without the phrases it quotes from the question ("do not mention 'incidents affected'"): naming
     * what was asked is not finding it.
     */
    static String withoutQuotesOf(String question, String answer) {
        String asked = question.toLowerCase(Locale.ROOT);
        return QUOTED.matcher(answer).replaceAll(quote -> asked.contains(quote.group(1).toLowerCase(Locale.ROOT))
                ? "" : Matcher.quoteReplacement(quote.group()));
    }

    /** Whether an expected string is in the answer or its sources. */
    private static Judgement rag(EvalQuestion question, Answer answer) {
        if (answer instanceof ClarifyingAnswer) {
            return Judgement.abstained(answer);
        }
        StringBuilder haystack = new StringBuilder(withoutQuotesOf(question.question(), answer.text()));
        List<Passage> sources = answer instanceof RagAnswer rag ? rag.sources()
                : answer instanceof SqlAnswer sql ? sql.sources() : List.of();
        for (Passage source : sources) {
            haystack.append('\n').append(source.title()).append('\n').append(source.text());
        }
        String text = haystack.toString().toLowerCase(Locale.ROOT);
        if (question.expectAny().stream().anyMatch(s -> text.contains(s.toLowerCase(Locale.ROOT)))) {
            return Judgement.RIGHT;
        }
        String detail = "none of " + question.expectAny() + " in the answer or its sources";
        return answer.route().decided() == Route.RAG ? Judgement.miss(Status.WRONG, MissReason.NOT_FOUND, detail)
                : Judgement.miss(Status.WRONG, MissReason.WRONG_ROUTE, "answered by a query; " + detail);
    }

    /** A question that should be refused, asked back about, or answered with the phrase owned up to. */
    private static Judgement expectation(EvalQuestion question, Answer answer) {
        if (answer instanceof ClarifyingAnswer clarifying) {
            Clarification clarification = clarifying.clarification();
            return switch (question.expect()) {
                case REFUSE -> clarification.reason() == Clarification.Reason.OUT_OF_SCOPE ? Judgement.RIGHT
                        : Judgement.abstained(answer);
                case CLARIFY -> clarification.choices().isEmpty()
                        ? Judgement.miss(Status.SILENT_WRONG, MissReason.NO_CHOICES,
                                "asked back without a choice to pick: " + excerpt(answer.text()))
                        : Judgement.RIGHT;
                case MENTION -> Judgement.RIGHT;
            };
        }
        if (answer instanceof SqlAnswer sqlAnswer && sqlAnswer.result() == null) {
            return Judgement.miss(Status.ERROR, MissReason.NO_ANSWER,
                    "no rows: " + (sqlAnswer.error() == null ? sqlAnswer.text() : sqlAnswer.error()));
        }
        if (question.expect() == Expectation.MENTION) {
            if (names(answer.text(), question.phrase())) {
                return Judgement.RIGHT;
            }
            return Judgement.miss(Status.SILENT_WRONG, MissReason.DROPPED_PHRASE,
                    "'" + question.phrase() + "' is not in the answer: " + excerpt(answer.text()));
        }
        return Judgement.miss(Status.SILENT_WRONG, MissReason.GUESSED, "answered by " + answer.route().decided().label()
                + " instead of " + (question.expect() == Expectation.REFUSE ? "refusing" : "asking back") + ": "
                + excerpt(answer.text()));
    }

    /**
     * Whether an answer owns up to a phrase: it repeats the phrase, or quotes one of its words or a run of them as
     * left out ("I did not use 'influencer'" for "influencer coupons", "'gift wrapped'" for "gift-wrapped orders"), a
     * hyphen being a space; words of one or two letters ("by", "in") name nothing on their own.
     */
    static boolean names(String text, String phrase) {
        String lower = text.toLowerCase(Locale.ROOT).replace('-', ' ');
        String wanted = phrase.toLowerCase(Locale.ROOT).replace('-', ' ');
        if (lower.contains(wanted)) {
            return true;
        }
        // "'gift wrapped'" names the part of "gift-wrapped orders" nothing holds
        Matcher quoted = QUOTED.matcher(lower);
        while (quoted.find()) {
            String part = quoted.group(1).strip();
            if (Arrays.stream(part.split("\\s+")).anyMatch(word -> word.length() >= 3)
                    && (" " + wanted + " ").contains(" " + part + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The numbers of a SQL answer's text that its rows do not support (the question and cited passages do too). */
    private List<String> unsupportedNumbers(EvalQuestion question, Answer answer) {
        if (!(answer instanceof SqlAnswer sqlAnswer) || sqlAnswer.result() == null) {
            return List.of();
        }
        List<String> given = new ArrayList<>(question.turns());
        given.add(sqlAnswer.sql());
        given.add(dataRange());
        sqlAnswer.sources().forEach(source -> given.add(source.text()));
        return faithfulness.unsupported(sqlAnswer.text(), sqlAnswer.result(), given);
    }

    /**
     * The first and last time of the data, which an answer states when the period asked about has no rows ("the
     * data ends on 2025-12-31"); read once, empty when the model has no time column or the query fails.
     */
    private String dataRange() {
        if (dataRange == null) {
            dataRange = "";
            SemanticModel model = assistant.semanticModel();
            if (model.timeColumn() != null) {
                String time = model.timeColumn();
                try {
                    SqlResult range = goldRunner.apply("SELECT min(" + time + "), max(" + time + ") FROM "
                            + model.table());
                    dataRange = range.rows().stream().flatMap(List::stream).map(String::valueOf)
                            .collect(Collectors.joining(" "));
                } catch (RuntimeException e) {
                    // Without the range, dates stated about it count as unsupported, which the report shows.
                }
            }
        }
        return dataRange;
    }

    /** The first line of a text, cut to a length that fits a report line. */
    private static String excerpt(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1) + "…";
    }

    private static double toMillis(Duration duration) {
        return duration.toNanos() / 1_000_000.0;
    }
}
