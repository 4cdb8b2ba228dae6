package dev.orderlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.feedback.FeedbackQuery;
import dev.orderlens.core.domain.feedback.Rating;
import dev.orderlens.core.port.FeedbackStore;
import dev.orderlens.local.duckdb.DuckDbFeedbackStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackStoreWiringTest {

    @TempDir
    Path home;

    @Test
    void the_feedback_store_alone_is_the_embedded_table_in_the_home_and_nothing_else_is_made() throws Exception {
        Map<String, String> env = Map.of("ORDERLENS_HOME", home.toString());
        Feedback feedback = new Feedback("msg-1", "session-1", Rating.DISLIKE, "wrong month", "q", "a",
                Instant.parse("2026-01-01T00:00:00Z"));

        OrderLensWiring.feedbackStore(env, StartupListener.SILENT).record(feedback);
        FeedbackStore reopened = OrderLensWiring.feedbackStore(env, StartupListener.SILENT);

        assertThat(reopened).isInstanceOf(DuckDbFeedbackStore.class);
        assertThat(reopened.list(FeedbackQuery.newest(5))).containsExactly(feedback);
        assertThat(Files.exists(home.resolve("feedback").resolve("feedback.duckdb"))).isTrue();
        try (var made = Files.list(home)) {
            assertThat(made.map(path -> path.getFileName().toString()).toList()).isEqualTo(List.of("feedback"));
        }
    }
}
