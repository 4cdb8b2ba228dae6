package dev.orderlens.local.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.feedback.FeedbackQuery;
import dev.orderlens.core.domain.feedback.Rating;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.FeedbackStore;
import dev.orderlens.testsupport.FeedbackStoreContract;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbFeedbackStoreTest extends FeedbackStoreContract {

    @TempDir
    Path dir;

    @Override
    protected FeedbackStore newStore() {
        return DuckDbFeedbackStore.builder().databaseFile(feedbackFile()).build();
    }

    /** Reads the table back with a connection of its own. */
    @Override
    protected List<Feedback> storedFeedback() {
        try (Connection connection = DriverManager.getConnection(DuckDbFiles.jdbcUrl(feedbackFile()));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM " + DuckDbFeedbackStore.TABLE)) {
            List<Feedback> stored = new ArrayList<>();
            while (rows.next()) {
                String route = rows.getString("route");
                stored.add(new Feedback(rows.getString("message_id"), rows.getString("session_id"),
                        Rating.parse(rows.getString("rating")), rows.getString("comment"), rows.getString("question"),
                        rows.getString("answer"), route == null ? null : Route.parse(route).orElseThrow(),
                        rows.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC)));
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
        newStore().record(second);

        assertThat(Files.exists(feedbackFile())).isTrue();
        assertThat(storedFeedback()).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void a_file_from_before_routes_were_kept_keeps_its_feedback_and_takes_routes_from_then_on() throws Exception {
        Files.createDirectories(feedbackFile().getParent());
        try (Connection connection = DriverManager.getConnection(DuckDbFiles.jdbcUrl(feedbackFile()));
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE message_feedback (message_id VARCHAR NOT NULL, session_id VARCHAR NOT NULL,"
                    + " rating VARCHAR NOT NULL, comment VARCHAR, question VARCHAR, answer VARCHAR,"
                    + " created_at TIMESTAMP NOT NULL)");
            statement.execute("INSERT INTO message_feedback VALUES ('msg-old', 's', 'dislike', 'too slow', 'q', 'a',"
                    + " TIMESTAMP '2025-12-01 10:00:00')");
        }
        Feedback later = new Feedback("msg-new", "s", Rating.LIKE, null, "q2", "a2", Route.RAG,
                Instant.parse("2026-01-02T00:00:00Z"));

        FeedbackStore store = newStore();
        store.record(later);

        assertThat(store.list(FeedbackQuery.newest(10))).containsExactly(later, new Feedback("msg-old", "s",
                Rating.DISLIKE, "too slow", "q", "a", Instant.parse("2025-12-01T10:00:00Z")));
    }

    @Test
    void waits_while_another_process_holds_the_file_instead_of_failing() throws Exception {
        FeedbackStore store = newStore();
        Process holder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), FileHolder.class.getName(), feedbackFile().toString(), "800")
                .redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(output.readLine()).isEqualTo(FileHolder.HOLDING);
            Feedback feedback = new Feedback("msg-1", "s", Rating.LIKE, null, null, null, Instant.EPOCH);

            store.record(feedback);

            assertThat(store.list(FeedbackQuery.newest(1))).containsExactly(feedback);
            assertThat(holder.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(holder.exitValue()).as("the other process held the file until it let go").isZero();
        } finally {
            holder.destroy();
        }
    }

    @Test
    void reports_a_failed_insert_as_unavailable_naming_the_table() throws Exception {
        FeedbackStore store = newStore();
        Files.writeString(feedbackFile(), "not a database");

        assertThatThrownBy(() -> store.record(new Feedback("m", "s", Rating.LIKE, null, null, null, Instant.now())))
                .isInstanceOfSatisfying(BackendException.class,
                        e -> assertThat(e.kind()).isEqualTo(BackendException.Kind.UNAVAILABLE))
                .hasMessageContaining(DuckDbFeedbackStore.TABLE);
        assertThatThrownBy(() -> store.list(FeedbackQuery.newest(1))).isInstanceOf(BackendException.class)
                .hasMessageContaining(DuckDbFeedbackStore.TABLE);
    }

    private Path feedbackFile() {
        return dir.resolve("home").resolve("feedback.duckdb");
    }

    /** Another process on the same file: opens it, says so on standard output, holds it a while, lets go. */
    public static final class FileHolder {
        static final String HOLDING = "holding";

        public static void main(String[] args) throws Exception {
            try (Connection connection = DriverManager.getConnection(DuckDbFiles.jdbcUrl(Path.of(args[0])))) {
                System.out.println(HOLDING);
                System.out.flush();
                Thread.sleep(Long.parseLong(args[1]));
            }
        }
    }
}
