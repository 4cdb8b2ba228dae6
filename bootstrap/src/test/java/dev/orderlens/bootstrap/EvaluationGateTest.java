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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
    /**
     * The development set (tuned to): its 90 SQL questions at the bar, and its refuse/ask-back/own-up
     * questions held at the silent wrong answers they still get (3 of 20 on 2026-12-04; the goal is 0), so that
     * none comes back.
     */
    private static final Thresholds DEVELOPMENT_GATE = new Thresholds(0.97, 0.97, 0, 3, 0);
    /** The clarify set, held out for one round and tuned to since: no more than its 3 silent wrong answers of 36. */
    private static final Thresholds CLARIFY_GATE = new Thresholds(0, 0, 0, 3, 0);
    /**
     * The second development set (tuned to): held at today's figures (route 96%, SQL 92%, RAG 87%, 3 silent wrong
     * answers of 30 on 2026-12-04) so that none of it slips back.
     */
    private static final Thresholds SECOND_DEVELOPMENT_GATE = new Thresholds(0.95, 0.91, 0.85, 3, 0);
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

    @Test
    void the_development_set_keeps_its_sql_accuracy_and_gets_no_more_silent_wrong_answers() throws IOException {
        assertThat(shortfalls("dev-questions.jsonl", DEVELOPMENT_GATE)).isEmpty();
    }

    @Test
    void the_second_development_set_keeps_its_figures() throws IOException {
        assertThat(shortfalls("dev2-questions.jsonl", SECOND_DEVELOPMENT_GATE)).isEmpty();
    }

    @Test
    void the_clarify_set_gets_no_more_silent_wrong_answers() throws IOException {
        assertThat(shortfalls("clarify-questions.jsonl", CLARIFY_GATE)).isEmpty();
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
