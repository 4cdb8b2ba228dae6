package dev.orderlens.local.duckdb;

import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.feedback.FeedbackQuery;
import dev.orderlens.core.domain.feedback.Rating;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.FeedbackStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps feedback in table {@value #TABLE} of its own DuckDB database file, created with the table when
 * missing. The file must not be the orders database: that one is opened read-only for queries. Times are
 * stored as UTC timestamps.
 *
 * <p>DuckDB lets one process at a time open a file for writing, so the file is opened for each insert or read
 * and closed right after: a web app and a terminal command on the same home then take turns, each waiting a
 * moment when the other holds the file. Within a process, operations run one at a time.
 */
public final class DuckDbFeedbackStore implements FeedbackStore {

    /** The table feedback goes to. */
    public static final String TABLE = "message_feedback";

    private static final String BACKEND = "duckdb";
    private static final String CREATE_TABLE = "CREATE TABLE IF NOT EXISTS " + TABLE + " ("
            + "message_id VARCHAR NOT NULL, session_id VARCHAR NOT NULL, rating VARCHAR NOT NULL, "
            + "comment VARCHAR, question VARCHAR, answer VARCHAR, created_at TIMESTAMP NOT NULL, route VARCHAR)";
    /** Files made before answers' routes were kept have no route column. */
    private static final String ADD_ROUTE = "ALTER TABLE " + TABLE + " ADD COLUMN IF NOT EXISTS route VARCHAR";
    private static final String INSERT = "INSERT INTO " + TABLE
            + " (message_id, session_id, rating, comment, question, answer, route, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LATEST_PER_ANSWER = "SELECT message_id, session_id, rating, comment, question, "
            + "answer, route, created_at FROM (SELECT *, row_number() OVER (PARTITION BY session_id, message_id "
            + "ORDER BY created_at DESC) AS newest FROM " + TABLE + ") WHERE newest = 1";
    private static final String LOCK_CONFLICT = "Could not set lock";
    private static final Duration LOCK_WAIT = Duration.ofSeconds(3);
    private static final Duration LOCK_RETRY = Duration.ofMillis(50);

    private final Path databaseFile;

    private DuckDbFeedbackStore(Path databaseFile) {
        this.databaseFile = databaseFile;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** @throws BackendException {@link Kind#UNAVAILABLE} when the insert fails */
    @Override
    public synchronized void record(Feedback feedback) {
        try (Connection connection = open(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, feedback.messageId());
            insert.setString(2, feedback.sessionId());
            insert.setString(3, feedback.rating().label());
            insert.setString(4, feedback.comment());
            insert.setString(5, feedback.question());
            insert.setString(6, feedback.answer());
            insert.setString(7, feedback.route() == null ? null : feedback.route().label());
            insert.setObject(8, LocalDateTime.ofInstant(feedback.at(), ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw failure("insert into", e);
        }
    }

    /** @throws BackendException {@link Kind#UNAVAILABLE} when the table cannot be read */
    @Override
    public synchronized List<Feedback> list(FeedbackQuery query) {
        StringBuilder sql = new StringBuilder(LATEST_PER_ANSWER);
        List<Object> values = new ArrayList<>();
        if (query.rating() != null) {
            sql.append(" AND rating = ?");
            values.add(query.rating().label());
        }
        if (query.since() != null) {
            sql.append(" AND created_at >= ?");
            values.add(LocalDateTime.ofInstant(query.since(), ZoneOffset.UTC));
        }
        sql.append(" ORDER BY created_at DESC LIMIT ?");
        values.add(query.limit());
        try (Connection connection = open(); PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            List<Feedback> feedback = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    feedback.add(feedback(rows));
                }
            }
            return feedback;
        } catch (SQLException e) {
            throw failure("read from", e);
        }
    }

    private static Feedback feedback(ResultSet row) throws SQLException {
        String route = row.getString("route");
        return new Feedback(row.getString("message_id"), row.getString("session_id"),
                Rating.parse(row.getString("rating")), row.getString("comment"), row.getString("question"),
                row.getString("answer"), route == null ? null : Route.parse(route).orElse(null),
                row.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }

    private Connection open() throws SQLException {
        return open(databaseFile);
    }

    /** Opens the file, waiting up to {@link #LOCK_WAIT} while another process holds it. */
    private static Connection open(Path databaseFile) throws SQLException {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        while (true) {
            try {
                return DriverManager.getConnection(DuckDbFiles.jdbcUrl(databaseFile));
            } catch (SQLException e) {
                if (!String.valueOf(e.getMessage()).contains(LOCK_CONFLICT) || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(LOCK_RETRY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while another process held " + databaseFile, e);
            }
        }
    }

    private BackendException failure(String operation, SQLException e) {
        return new BackendException(BACKEND, Kind.UNAVAILABLE,
                operation + " " + TABLE + " of " + databaseFile + " failed: " + e.getMessage(), e);
    }

    /** Builds a {@link DuckDbFeedbackStore}. */
    public static final class Builder {
        private Path databaseFile;

        private Builder() {
        }

        /** The feedback database file; it and its directory are created when missing. */
        public Builder databaseFile(Path databaseFile) {
            this.databaseFile = databaseFile;
            return this;
        }

        /** @throws BackendException {@link Kind#UNAVAILABLE} when the file cannot be opened or the table made */
        public DuckDbFeedbackStore build() {
            Objects.requireNonNull(databaseFile, "databaseFile");
            try {
                Path parent = databaseFile.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try (Connection connection = open(databaseFile); Statement statement = connection.createStatement()) {
                    statement.execute(CREATE_TABLE);
                    statement.execute(ADD_ROUTE);
                }
                return new DuckDbFeedbackStore(databaseFile);
            } catch (SQLException | IOException e) {
                throw new BackendException(BACKEND, Kind.UNAVAILABLE,
                        "cannot open feedback database " + databaseFile + ": " + e.getMessage(), e);
            }
        }
    }
}
