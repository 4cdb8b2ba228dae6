package dev.orderlens.cli;

import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.bootstrap.eval.EvalOutcome;
import dev.orderlens.bootstrap.eval.EvalQuestion;
import dev.orderlens.bootstrap.eval.EvalQuestionFile;
import dev.orderlens.bootstrap.eval.EvalReport;
import dev.orderlens.bootstrap.eval.EvaluationRunner;
import dev.orderlens.bootstrap.eval.MissReason;
import dev.orderlens.bootstrap.eval.Score;
import dev.orderlens.bootstrap.eval.StageLatency;
import dev.orderlens.bootstrap.eval.Thresholds;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code orderlens eval FILE}: scores the assistant on labelled questions and gates on thresholds. */
@Command(name = "eval", description = {"Run an evaluation file (JSON lines: id, question or turns, then route with "
        + "gold or expect_any, or expect: refuse|clarify|mention) and report route accuracy, SQL execution accuracy, "
        + "RAG hit rate, abstentions, silent wrong answers, unsupported numbers, each miss's reason and latency per "
        + "stage.",
    "Exits 1 when a score is below its threshold or a count above its limit."})
final class EvalCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The questions, one JSON object a line.")
    private Path file;

    @Option(names = "--min-route", paramLabel = "RATE", defaultValue = "0",
            description = "Least route accuracy, 0..1 (e.g. 0.97).")
    private double minRoute;

    @Option(names = "--min-sql", paramLabel = "RATE", defaultValue = "0",
            description = "Least SQL execution accuracy, 0..1 (e.g. 0.90).")
    private double minSql;

    @Option(names = "--min-rag", paramLabel = "RATE", defaultValue = "0",
            description = "Least RAG hit rate, 0..1 (e.g. 0.95).")
    private double minRag;

    @Option(names = "--max-silent-wrong", paramLabel = "N", defaultValue = "0",
            description = "Most questions expecting a refusal or a question back that may be answered anyway "
                    + "(default 0).")
    private int maxSilentWrong;

    @Option(names = "--max-unsupported", paramLabel = "N",
            description = "Most numbers the SQL answers may state without their rows supporting them (no limit "
                    + "by default).")
    private Integer maxUnsupported;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output: summary tables (default) or json.")
    private OutputFormat format;

    @Option(names = "--scores-only",
            description = "Print the scores and counts only, never a question or its answer: for a held-out set "
                    + "that must not be read while the parser changes.")
    private boolean scoresOnly;

    @Mixin
    private ClockOption clock;

    EvalCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        OutputFormat.require(format, spec, OutputFormat.TEXT, OutputFormat.JSON);
        Thresholds thresholds;
        try {
            thresholds = new Thresholds(minRoute, minSql, minRag, maxSilentWrong,
                    maxUnsupported == null ? Thresholds.UNLIMITED : maxUnsupported);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--min-route, --min-sql and --min-rag are rates "
                    + "between 0 and 1 (e.g. 0.95); --max-silent-wrong and --max-unsupported are counts (0 or more)");
        }
        List<EvalQuestion> questions = EvalQuestionFile.read(file);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EvalReport report;
        try (OrderLens orderLens = context.start(clock.overrides(), err, false);
                ProgressDisplay progress = ProgressDisplay.start(err, context.terminal(), "eval", questions.size())) {
            report = new EvaluationRunner(orderLens).run(questions,
                    (outcome, done, total) -> progress.stepTo(done, total));
        }
        List<String> shortfalls = report.shortfalls(thresholds);
        if (format == OutputFormat.JSON) {
            Json.write(out, json(report, thresholds, shortfalls));
        } else {
            text(out, report, thresholds);
        }
        if (!shortfalls.isEmpty()) {
            err.println("orderlens eval: " + String.join("; ", shortfalls));
            err.flush();
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    private void text(PrintWriter out, EvalReport report, Thresholds thresholds) {
        out.println("Evaluated " + report.outcomes().size() + " questions from " + file);
        out.println();
        List<List<String>> scores = new ArrayList<>(List.of(
                scoreRow("route accuracy", report.route(), thresholds.minRoute()),
                scoreRow("SQL execution accuracy", report.sql(), thresholds.minSql()),
                scoreRow("RAG hit rate", report.rag(), thresholds.minRag())));
        if (report.expectations().total() > 0) {
            scores.add(scoreRow("refused or asked back", report.expectations(), 0));
        }
        TableText.aligned(out, List.of("SCORE", "RESULT", "RIGHT", "MINIMUM", "STATUS"),
                List.of(false, true, true, true, false), scores);
        out.println();
        out.println("Accuracy is over the in-domain questions answered: " + answeredLine(report));
        out.println("silent wrong answers: " + report.silentWrongAnswers().size()
                + limit(thresholds.maxSilentWrong()));
        out.println("unsupported numbers: " + report.unsupportedNumbers() + limit(thresholds.maxUnsupportedNumbers()));
        if (!report.missesByReason().isEmpty()) {
            out.println("misses by reason: " + reasonCounts(report));
        }
        out.println();
        List<List<String>> latencies = new ArrayList<>();
        for (StageLatency latency : report.latencies()) {
            latencies.add(List.of(latency.stage(), String.valueOf(latency.count()), millis(latency.p50()),
                    millis(latency.p90()), millis(latency.p99()), millis(latency.max())));
        }
        TableText.aligned(out, List.of("STAGE", "N", "P50 MS", "P90 MS", "P99 MS", "MAX MS"),
                List.of(false, true, true, true, true, true), latencies);
        if (!scoresOnly) {
            printMisses(out, report.misses());
            printUnsupported(out, report.outcomes());
        }
        out.flush();
    }

    private static String answeredLine(EvalReport report) {
        int inDomain = report.inDomainQuestions();
        return (inDomain - report.abstentions()) + " of " + inDomain + "; abstained " + report.abstentions() + " ("
                + percent(report.abstentionRate()) + "), wrong " + report.wrongAnswers() + ", errors "
                + report.errors();
    }

    private static String limit(int maximum) {
        return maximum == Thresholds.UNLIMITED ? "" : " (at most " + maximum + ")";
    }

    private static String reasonCounts(EvalReport report) {
        List<String> counts = new ArrayList<>();
        report.missesByReason().forEach((reason, count) -> counts.add(reason.label() + " " + count));
        return String.join(", ", counts);
    }

    private static void printMisses(PrintWriter out, List<EvalOutcome> misses) {
        if (misses.isEmpty()) {
            return;
        }
        out.println();
        out.println("Misses:");
        for (EvalOutcome miss : misses) {
            String expected = miss.inDomain() ? miss.expected().label() : miss.expect().label();
            String routes = expected + " → " + (miss.decided() == null ? "none" : miss.decided().label());
            out.println("  " + miss.id() + "  " + routes + "  " + miss.question());
            MissReason reason = miss.missReason();
            String silent = miss.status() == EvalOutcome.Status.SILENT_WRONG ? " (silent wrong answer)" : "";
            out.println("      " + reason.label().toUpperCase(Locale.ROOT) + silent
                    + (miss.detail().isEmpty() ? "" : ": " + miss.detail()));
        }
    }

    private static void printUnsupported(PrintWriter out, List<EvalOutcome> outcomes) {
        List<EvalOutcome> unsupported = outcomes.stream().filter(o -> !o.unsupportedNumbers().isEmpty()).toList();
        if (unsupported.isEmpty()) {
            return;
        }
        out.println();
        out.println("Numbers the rows do not support:");
        for (EvalOutcome outcome : unsupported) {
            out.println("  " + outcome.id() + "  " + String.join(", ", outcome.unsupportedNumbers()) + "  "
                    + outcome.question());
        }
    }

    private static List<String> scoreRow(String name, Score score, double minimum) {
        boolean none = score.total() == 0;
        return List.of(name, none ? "-" : percent(score.rate()), score.correct() + "/" + score.total(),
                minimum > 0 ? percent(minimum) : "-", score.meets(minimum) ? "ok" : "BELOW");
    }

    private Map<String, Object> json(EvalReport report, Thresholds thresholds, List<String> shortfalls) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.put("questions", report.outcomes().size());
        json.put("passed", shortfalls.isEmpty());
        json.put("shortfalls", shortfalls);
        json.put("route", scoreJson(report.route(), thresholds.minRoute()));
        json.put("sql", scoreJson(report.sql(), thresholds.minSql()));
        json.put("rag", scoreJson(report.rag(), thresholds.minRag()));
        json.put("expectations", scoreJson(report.expectations(), 0));
        json.put("inDomain", report.inDomainQuestions());
        json.put("abstentions", report.abstentions());
        json.put("abstentionRate", report.abstentionRate());
        json.put("wrongAnswers", report.wrongAnswers());
        json.put("errors", report.errors());
        json.put("silentWrong", countJson(report.silentWrongAnswers().size(), thresholds.maxSilentWrong()));
        json.put("unsupportedNumbers", countJson(report.unsupportedNumbers(), thresholds.maxUnsupportedNumbers()));
        Map<String, Integer> reasons = new LinkedHashMap<>();
        report.missesByReason().forEach((reason, count) -> reasons.put(reason.name(), count));
        json.put("missReasons", reasons);
        json.put("latency", report.latencies());
        if (!scoresOnly) {
            json.put("outcomes", report.outcomes().stream().map(EvalCommand::outcomeJson).toList());
        }
        return json;
    }

    private static Map<String, Object> scoreJson(Score score, double minimum) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("correct", score.correct());
        json.put("total", score.total());
        json.put("rate", score.total() == 0 ? null : score.rate());
        json.put("minimum", minimum);
        json.put("passed", score.meets(minimum));
        return json;
    }

    private static Map<String, Object> countJson(int count, int maximum) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("count", count);
        json.put("maximum", maximum == Thresholds.UNLIMITED ? null : maximum);
        json.put("passed", count <= maximum);
        return json;
    }

    private static Map<String, Object> outcomeJson(EvalOutcome outcome) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", outcome.id());
        json.put("question", outcome.question());
        json.put("expected", outcome.inDomain() ? outcome.expected().label() : null);
        json.put("expect", outcome.inDomain() ? null : outcome.expect().label());
        json.put("decided", outcome.decided() == null ? null : outcome.decided().label());
        json.put("fallback", outcome.fallback());
        json.put("routeCorrect", outcome.inDomain() ? outcome.routeCorrect() : null);
        json.put("status", outcome.status().name());
        json.put("reason", outcome.missReason() == null ? null : outcome.missReason().name());
        json.put("detail", outcome.detail());
        json.put("unsupportedNumbers", outcome.unsupportedNumbers());
        json.put("totalMillis", outcome.totalMillis());
        return json;
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    private static String millis(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }
}
