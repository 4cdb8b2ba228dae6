package dev.orderlens.local.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.Feedback;
import dev.orderlens.core.domain.Rating;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.FeedbackStore;
import dev.orderlens.testsupport.FeedbackStoreContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbFeedbackStoreTest extends FeedbackStoreContract {

    @TempDir
    Path dir;

    private DuckDbFeedbackStore store;

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Override
    protected FeedbackStore newStore() {
        store = DuckDbFeedbackStore.builder().databaseFile(feedbackFile()).build();
        return store;
    }

    /** Reads the table back once the store has let go of the file. */
    @Override
    protected List<Feedback> storedFeedback() {
        store.close();
        try (Connection connection = DriverManager.getConnection(DuckDbFiles.jdbcUrl(feedbackFile()));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM " + DuckDbFeedbackStore.TABLE)) {
            List<Feedback> stored = new ArrayList<>();
            while (rows.next()) {
                stored.add(new Feedback(rows.getString("message_id"), rows.getString("session_id"),
                        Rating.parse(rows.getString("rating")), rows.getString("comment"), rows.getString("question"),
                        rows.getString("answer"), rows.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC)));
            }
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void creates_the_file_and_its_directory_and_keeps_earlier_feedback_when_reopened() {
        Feedback first = new Feedback("msg-1", "s", Rating.LIKE, null, null, null, Instant.parse("2026-01-01T00:00:00Z"));
        Feedback second = new Feedback("msg-2", "s", Rating.DISLIKE, "no", null, null, Instant.parse("2026-01-02T00:00:00Z"));

        newStore().record(first);
        store.close();
        newStore().record(second);

        assertThat(Files.exists(feedbackFile())).isTrue();
        assertThat(storedFeedback()).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void reports_a_failed_insert_as_unavailable_naming_the_table() {
        FeedbackStore closed = newStore();
        store.close();

        assertThatThrownBy(() -> closed.record(new Feedback("m", "s", Rating.LIKE, null, null, null, Instant.now())))
                .isInstanceOfSatisfying(BackendException.class,
                        e -> assertThat(e.kind()).isEqualTo(BackendException.Kind.UNAVAILABLE))
                .hasMessageContaining(DuckDbFeedbackStore.TABLE);
    }

    private Path feedbackFile() {
        return dir.resolve("home").resolve("feedback.duckdb");
    }
}
