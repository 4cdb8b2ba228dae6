package dev.orderlens.local.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationQuestionTest {

    @TempDir
    Path directory;

    @Test
    void reads_questions_from_json_lines_skipping_blank_lines() throws IOException {
        Path file = Files.writeString(directory.resolve("questions.jsonl"),
                "{\"id\":\"q1\",\"question\":\"Why late?\",\"expect_doc\":[\"a\",\"b\"]}\n\n"
                        + "{\"id\":\"q2\",\"question\":\"Refunds?\",\"expect_doc\":[\"c\"],\"note\":\"extra\"}\n");

        assertThat(EvaluationQuestion.readJsonLines(file)).containsExactly(
                new EvaluationQuestion("q1", "Why late?", List.of("a", "b")),
                new EvaluationQuestion("q2", "Refunds?", List.of("c")));
    }

    @Test
    void names_the_line_that_lacks_expected_documents() throws IOException {
        Path file = Files.writeString(directory.resolve("questions.jsonl"),
                "{\"id\":\"q1\",\"question\":\"Why late?\",\"expect_doc\":[\"a\"]}\n{\"id\":\"q2\",\"question\":\"x\"}\n");

        assertThatIllegalArgumentException().isThrownBy(() -> EvaluationQuestion.readJsonLines(file))
                .withMessageContaining("questions.jsonl:2");
    }
}
