package dev.orderlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.verified.VerifiedQuestion;
import dev.orderlens.core.port.VerifiedQuestions;
import dev.orderlens.local.verified.FileVerifiedQuestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifiedQuestionsWiringTest {

    @TempDir
    Path home;

    @Test
    void the_verified_questions_alone_are_a_file_in_the_home_and_nothing_else_is_made() throws Exception {
        Map<String, String> env = Map.of("ORDERLENS_HOME", home.toString());
        VerifiedQuestion saved = new VerifiedQuestion("v-1", "Orders in 2025", "SELECT count(*) FROM orders", null,
                "Ana", Instant.parse("2026-12-04T09:00:00Z"), null);

        OrderLensWiring.verifiedQuestions(env, StartupListener.SILENT).save(saved);
        VerifiedQuestions reopened = OrderLensWiring.verifiedQuestions(env, StartupListener.SILENT);

        assertThat(reopened).isInstanceOf(FileVerifiedQuestions.class);
        assertThat(reopened.list()).containsExactly(saved);
        assertThat(Files.exists(home.resolve("verified").resolve("questions.json"))).isTrue();
        try (var made = Files.list(home)) {
            assertThat(made.map(path -> path.getFileName().toString()).toList()).isEqualTo(List.of("verified"));
        }
    }
}
