package dev.orderlens.local.duckdb;

import dev.orderlens.core.domain.Feedback;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.FeedbackStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Keeps feedback in table {@value #TABLE} of its own DuckDB database file, created with the table when
 * missing. The file must not be the orders database: that one is opened read-only for queries. Times are
 * stored as UTC timestamps.
 *
 * <p>Records are parameterised inserts on one connection, one at a time, so concurrent callers are safe.
 */
public final class DuckDbFeedbackStore implements FeedbackStore, AutoCloseable {

    /** The table feedback goes to. */
    public static final String TABLE = "message_feedback";

    private static final String BACKEND = "duckdb";
    private static final String CREATE_TABLE = "CREATE TABLE IF NOT EXISTS " + TABLE + " ("
            + "message_id VARCHAR NOT NULL, session_id VARCHAR NOT NULL, rating VARCHAR NOT NULL, "
            + "comment VARCHAR, question VARCHAR, answer VARCHAR, created_at TIMESTAMP NOT NULL)";
    private static final String INSERT = "INSERT INTO " + TABLE
            + " (message_id, session_id, rating, comment, question, answer, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final Path databaseFile;
    private final Connection connection;

    private DuckDbFeedbackStore(Path databaseFile, Connection connection) {
        this.databaseFile = databaseFile;
        this.connection = connection;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** @throws BackendException {@link Kind#UNAVAILABLE} when the insert fails */
    @Override
    public synchronized void record(Feedback feedback) {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, feedback.messageId());
            insert.setString(2, feedback.sessionId());
            insert.setString(3, feedback.rating().label());
            insert.setString(4, feedback.comment());
            insert.setString(5, feedback.question());
            insert.setString(6, feedback.answer());
            insert.setObject(7, LocalDateTime.ofInstant(feedback.at(), ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new BackendException(BACKEND, Kind.UNAVAILABLE,
                    "insert into " + TABLE + " of " + databaseFile + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing at shutdown: every insert has already been committed.
        }
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
                Connection connection = DriverManager.getConnection(DuckDbFiles.jdbcUrl(databaseFile));
                try (Statement statement = connection.createStatement()) {
                    statement.execute(CREATE_TABLE);
                } catch (SQLException e) {
                    connection.close();
                    throw e;
                }
                return new DuckDbFeedbackStore(databaseFile, connection);
            } catch (SQLException | IOException e) {
                throw new BackendException(BACKEND, Kind.UNAVAILABLE,
                        "cannot open feedback database " + databaseFile + ": " + e.getMessage(), e);
            }
        }
    }
}
