package dev.orderlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.bootstrap.eval.EvalQuestion;
import dev.orderlens.bootstrap.eval.EvalQuestionFile;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.pipeline.AskCommand;
import dev.orderlens.testsupport.SharedTestHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The local classifier's reliability: among answers routed with a given confidence, how often the route was
 * the labelled one. Confident routes (at or above the routing policy's high threshold) must be right.
 */
class ClassifierCalibrationTest {

    private static final Path QUESTIONS = Path.of("../adapters-local/src/test/resources/eval");
    private static final double[] BIN_EDGES = {0.0, 0.45, 0.75, 0.9, 1.0001};

    @Test
    void confident_routes_are_right_and_reliability_is_reported() throws IOException {
        int[] total = new int[BIN_EDGES.length - 1];
        int[] right = new int[BIN_EDGES.length - 1];
        try (OrderLens orderLens = OrderLensWiring.start(
                Map.of("ORDERLENS_HOME", SharedTestHome.path().toString()), StartupListener.SILENT)) {
            for (String file : List.of("questions.jsonl", "more-questions.jsonl", "held-out-questions.jsonl")) {
                for (EvalQuestion question : EvalQuestionFile.read(QUESTIONS.resolve(file))) {
                    if (question.turns().size() != 1) {
                        continue;
                    }
                    Answer answer = orderLens.assistant().ask(new AskCommand(question.turns().get(0),
                            SessionId.random().value()));
                    if (answer.route().fallback()) {
                        continue;
                    }
                    int bin = bin(answer.route().confidence());
                    total[bin]++;
                    if (answer.route().decided() == question.route()) {
                        right[bin]++;
                    }
                }
            }
        }
        List<String> table = new ArrayList<>(List.of("confidence    answers  route right"));
        for (int b = 0; b < total.length; b++) {
            table.add(String.format(Locale.ROOT, "[%.2f, %.2f)  %7d  %s", BIN_EDGES[b], Math.min(1.0, BIN_EDGES[b + 1]),
                    total[b], total[b] == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * right[b] / total[b])));
        }
        Files.write(Path.of("target", "calibration.txt"), table);

        int confident = total[2] + total[3];
        assertThat((double) (right[2] + right[3]) / confident).as(String.join("\n", table))
                .isGreaterThanOrEqualTo(0.97);
    }

    private static int bin(double confidence) {
        for (int b = BIN_EDGES.length - 2; b >= 0; b--) {
            if (confidence >= BIN_EDGES[b]) {
                return b;
            }
        }
        return 0;
    }
}
