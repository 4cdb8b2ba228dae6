package dev.orderlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.bootstrap.eval.EvalQuestionFile;
import dev.orderlens.bootstrap.eval.EvalReport;
import dev.orderlens.bootstrap.eval.EvaluationRunner;
import dev.orderlens.bootstrap.eval.Thresholds;
import dev.orderlens.testsupport.SharedTestHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quality gate of answering without an LLM, on the embedded defaults: the shared evaluation questions and
 * our own (varied phrasing, typos, follow-ups, and a held-out set written without tuning the parser to it).
 */
class EvaluationGateTest {

    /** The goals, on the shared questions; every number a summary states comes from its rows. */
    private static final Thresholds SHARED_GATE = new Thresholds(0.97, 0.90, 0.95, 0, 0);
    /**
     * Our own sets ask about orders without a support note too, which the orders index does not hold (it
     * indexes the orders worth reading: those with a note or tickets), so their RAG bar is lower.
     */
    private static final Thresholds OWN_GATE = new Thresholds(0.97, 0.90, 0.80, 0, 0);
    private static final Path QUESTIONS = Path.of("../adapters-local/src/test/resources/eval");
    private static final Path REPORT = Path.of("target", "evaluation.txt");
    private static OrderLens orderLens;

    @BeforeAll
    static void start() throws IOException {
        orderLens = OrderLensWiring.start(Map.of("ORDERLENS_HOME", SharedTestHome.path().toString()),
                StartupListener.SILENT);
        Files.deleteIfExists(REPORT);
    }

    @AfterAll
    static void stop() {
        orderLens.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"questions.jsonl", "more-questions.jsonl", "held-out-questions.jsonl"})
    void reaches_the_route_sql_and_rag_thresholds_with_faithful_summaries(String file) throws IOException {
        assertThat(shortfalls(file, file.equals("questions.jsonl") ? SHARED_GATE : OWN_GATE)).isEmpty();
    }

    /**
     * The sets tuned to, each held at the figures it reached by 2026-12-07 (route, SQL, RAG, silent wrong answers;
     * the goal for silent wrong answers is 0), so that none of their answers slips back: the development sets, and
     * the clarify, fresh, blind, blind2, …, blind23 and blind24 sets, held out for one round each and tuned to since
     * (blind22 and blind21 are the furthest from 0.97), and dev6, dev7, …, dev16 and dev17, opened as soon as they were
     * written (they are held where they stand; some of dev8's questions ask for what the query form cannot write yet:
     * standard deviations, frequency distributions, first orders against repeat ones; dev14, dev15 and blind24 still
     * answer one of their questions that should be asked back, refused or named, blind23 two, dev16 four).
     */
    static Stream<Arguments> tunedSets() {
        return Stream.of(
                Arguments.of("dev-questions.jsonl", new Thresholds(0.97, 0.97, 0, 0, 0)),
                Arguments.of("dev2-questions.jsonl", new Thresholds(0.97, 0.97, 0.90, 0, 0)),
                Arguments.of("dev3-questions.jsonl", new Thresholds(0.97, 0.97, 0.85, 0, 0)),
                Arguments.of("dev4-questions.jsonl", new Thresholds(0.95, 0.96, 0.85, 0, 0)),
                Arguments.of("clarify-questions.jsonl", new Thresholds(0, 0, 0, 0, 0)),
                Arguments.of("fresh-questions.jsonl", new Thresholds(0.97, 0.98, 0.95, 0, 0)),
                Arguments.of("blind-questions.jsonl", new Thresholds(0.97, 0.97, 0.90, 0, 0)),
                Arguments.of("dev5-questions.jsonl", new Thresholds(0.97, 0.96, 0, 1, 0)),
                Arguments.of("blind2-questions.jsonl", new Thresholds(0.98, 0.96, 0.90, 0, 0)),
                Arguments.of("blind3-questions.jsonl", new Thresholds(0.98, 0.98, 0.90, 0, 0)),
                Arguments.of("blind4-questions.jsonl", new Thresholds(0.98, 1.0, 0.95, 0, 0)),
                Arguments.of("blind5-questions.jsonl", new Thresholds(0.98, 0.96, 0.95, 0, 0)),
                Arguments.of("blind6-questions.jsonl", new Thresholds(0.98, 0.96, 0.95, 0, 0)),
                Arguments.of("blind7-questions.jsonl", new Thresholds(0.98, 0.98, 0.95, 0, 0)),
                Arguments.of("blind8-questions.jsonl", new Thresholds(0.98, 0.98, 0.95, 0, 0)),
                Arguments.of("blind9-questions.jsonl", new Thresholds(0.98, 0.94, 0.90, 0, 0)),
                Arguments.of("blind10-questions.jsonl", new Thresholds(0.98, 0.94, 0.95, 0, 0)),
                Arguments.of("blind11-questions.jsonl", new Thresholds(0.98, 0.98, 0.95, 0, 0)),
                Arguments.of("blind12-questions.jsonl", new Thresholds(0.98, 0.94, 0.95, 0, 0)),
                Arguments.of("blind13-questions.jsonl", new Thresholds(0.95, 0.90, 0.95, 0, 0)),
                Arguments.of("blind14-questions.jsonl", new Thresholds(0.98, 0.98, 0.95, 0, 0)),
                Arguments.of("dev6-questions.jsonl", new Thresholds(0.98, 0.95, 0.95, 0, 0)),
                Arguments.of("blind15-questions.jsonl", new Thresholds(0.98, 0.98, 0.95, 0, 0)),
                Arguments.of("dev7-questions.jsonl", new Thresholds(0.96, 0.92, 0.95, 0, 0)),
                Arguments.of("dev8-questions.jsonl", new Thresholds(0.90, 0.74, 0.95, 0, 0)),
                Arguments.of("blind16-questions.jsonl", new Thresholds(0.98, 0.92, 0.95, 0, 0)),
                Arguments.of("dev9-questions.jsonl", new Thresholds(0.96, 0.98, 0.90, 0, 0)),
                Arguments.of("blind17-questions.jsonl", new Thresholds(0.98, 1.0, 0.95, 0, 0)),
                Arguments.of("dev10-questions.jsonl", new Thresholds(0.98, 1.0, 0.95, 0, 0)),
                Arguments.of("blind18-questions.jsonl", new Thresholds(0.98, 1.0, 0.95, 0, 0)),
                Arguments.of("dev11-questions.jsonl", new Thresholds(0.98, 0.95, 0.95, 0, 0)),
                Arguments.of("blind19-questions.jsonl", new Thresholds(0.98, 0.88, 0.95, 0, 0)),
                Arguments.of("dev12-questions.jsonl", new Thresholds(0.98, 1.0, 0.95, 0, 0)),
                Arguments.of("blind20-questions.jsonl", new Thresholds(0.98, 1.0, 0.95, 0, 0)),
                Arguments.of("dev13-questions.jsonl", new Thresholds(0.96, 0.90, 0.95, 0, 0)),
                Arguments.of("blind21-questions.jsonl", new Thresholds(0.96, 0.78, 0.90, 0, 0)),
                Arguments.of("dev14-questions.jsonl", new Thresholds(0.94, 0.70, 0.90, 1, 0)),
                Arguments.of("blind22-questions.jsonl", new Thresholds(0.98, 0.76, 0.90, 0, 0)),
                Arguments.of("dev15-questions.jsonl", new Thresholds(0.91, 0.79, 0.83, 1, 0)),
                Arguments.of("blind23-questions.jsonl", new Thresholds(0.96, 0.88, 0.90, 2, 0)),
                Arguments.of("dev16-questions.jsonl", new Thresholds(0.98, 0.94, 0.95, 4, 0)),
                Arguments.of("blind24-questions.jsonl", new Thresholds(0.98, 0.98, 0.95, 1, 0)),
                Arguments.of("dev17-questions.jsonl", new Thresholds(0.96, 0.79, 0.95, 0, 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tunedSets")
    void a_tuned_set_keeps_its_figures(String file, Thresholds gate) throws IOException {
        assertThat(shortfalls(file, gate)).isEmpty();
    }

    /** Runs one file, adds its line to the report, and says which thresholds it falls short of. */
    private static List<String> shortfalls(String file, Thresholds gate) throws IOException {
        EvalReport report = new EvaluationRunner(orderLens)
                .run(EvalQuestionFile.read(QUESTIONS.resolve(file)), EvaluationRunner.Progress.NONE);
        String line = String.format("%s: route %s, sql %s, rag %s, abstained %d, silent wrong %d, "
                + "unsupported numbers %d, misses %s%n", file, report.route(), report.sql(), report.rag(),
                report.abstentions(), report.silentWrongAnswers().size(), report.unsupportedNumbers(),
                report.misses().stream().map(miss -> miss.id() + " " + miss.missReason()).toList());
        Files.writeString(REPORT, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return report.shortfalls(gate).stream().map(shortfall -> file + ": " + shortfall + " — " + line).toList();
    }
}
