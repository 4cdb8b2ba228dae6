package dev.orderlens.databricks;

import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.feedback.FeedbackQuery;
import dev.orderlens.core.domain.feedback.Rating;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.FeedbackStore;
import dev.orderlens.databricks.internal.Authorizer;
import dev.orderlens.databricks.internal.FeedbackOutbox.Entry;
import dev.orderlens.databricks.internal.FeedbackOutbox;
import dev.orderlens.databricks.internal.Parameters;
import dev.orderlens.databricks.internal.Statement;
import dev.orderlens.databricks.internal.StatementApi.Parameter;
import dev.orderlens.databricks.internal.StatementRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link FeedbackStore} that inserts into a Databricks table with a parameterised statement. When the
 * warehouse cannot take it, the feedback is kept in a local outbox file (forced to disk) and inserted later:
 * after the next successful insert, or by {@link #replayOutbox()}. The insert skips a row already present for
 * the same message and time, so a retried insert whose first attempt did land is not stored twice.
 *
 * <p>The table's columns are the deployment's own (see {@code docs/databricks.md}), without one for the answer's
 * route, so feedback read back has no route.
 */
public final class DatabricksFeedbackStore implements FeedbackStore {

    private static final Logger LOG = LoggerFactory.getLogger(DatabricksFeedbackStore.class);

    /** Room for the longest answers a page of feedback may carry; the warehouse's own default is far smaller. */
    private static final long MAX_READ_BYTES = 64L * 1024 * 1024;

    private final StatementRunner runner;
    private final DatabricksSqlWarehouse reader;
    private final String insertSql;
    private final String latestSql;
    private final Duration timeout;
    private final FeedbackOutbox outbox;
    private final ReentrantLock replaying = new ReentrantLock();

    private DatabricksFeedbackStore(Builder builder) {
        DatabricksWorkspace workspace = Objects.requireNonNull(builder.workspace, "workspace");
        this.runner = new StatementRunner(workspace.client(), workspace.sleeper(),
                Objects.requireNonNull(builder.warehouseId, "warehouseId"), Duration.ofSeconds(10),
                Duration.ofMillis(250), Duration.ofSeconds(2));
        this.reader = DatabricksSqlWarehouse.builder().workspace(workspace).warehouseId(builder.warehouseId).build();
        String table = TableName.quoted(Objects.requireNonNull(builder.table, "table"));
        this.insertSql = insertSql(table);
        this.latestSql = latestSql(table);
        this.timeout = builder.timeout;
        this.outbox = new FeedbackOutbox(Objects.requireNonNull(builder.outboxDirectory, "outboxDirectory"));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The statement run for each feedback; values are bound as named parameters. */
    static String insertSql(String quotedTable) {
        return "INSERT INTO " + quotedTable
                + " (message_id, session_id, rating, comment, question, answer, created_at)"
                + " SELECT :message_id, :session_id, :rating, :comment, :question, :answer, :created_at"
                + " WHERE NOT EXISTS (SELECT 1 FROM " + quotedTable
                + " WHERE message_id = :message_id AND created_at = :created_at)";
    }

    /** The latest feedback on each answer; the read adds its filters, order and limit to it. */
    static String latestSql(String quotedTable) {
        return "SELECT message_id, session_id, rating, comment, question, answer, created_at FROM ("
                + "SELECT message_id, session_id, rating, comment, question, answer, created_at, row_number() OVER "
                + "(PARTITION BY session_id, message_id ORDER BY created_at DESC) AS newest FROM " + quotedTable
                + ") latest WHERE newest = 1";
    }

    /**
     * Inserts the feedback, or keeps it in the outbox when the warehouse cannot take it now.
     *
     * @throws BackendException only when the feedback could be neither inserted nor written to the outbox
     */
    @Override
    public void record(Feedback feedback) {
        Entry entry = new Entry(feedback.messageId(), feedback.sessionId(), feedback.rating().label(),
                feedback.comment(), feedback.question(), feedback.answer(), feedback.at().toString());
        try {
            insert(entry);
        } catch (BackendException e) {
            keep(entry, e);
            return;
        }
        replayOutbox();
    }

    /**
     * Reads the table; feedback still waiting in the outbox is not in it yet.
     *
     * @throws BackendException when the warehouse cannot run the query
     */
    @Override
    public List<Feedback> list(FeedbackQuery query) {
        StringBuilder sql = new StringBuilder(latestSql);
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (query.rating() != null) {
            sql.append(" AND rating = :rating");
            parameters.put("rating", query.rating().label());
        }
        if (query.since() != null) {
            sql.append(" AND created_at >= :since");
            parameters.put("since", query.since());
        }
        // The limit is a validated int, written as a literal: not every warehouse version takes a marker there.
        sql.append(" ORDER BY created_at DESC LIMIT ").append(query.limit());
        SqlResult rows = reader.execute(new SqlQuery(sql.toString(), query.limit(), MAX_READ_BYTES, timeout),
                parameters);
        return rows.rows().stream().map(DatabricksFeedbackStore::feedback).toList();
    }

    private static Feedback feedback(List<Object> row) {
        return new Feedback((String) row.get(0), (String) row.get(1), Rating.parse((String) row.get(2)),
                (String) row.get(3), (String) row.get(4), (String) row.get(5),
                ((LocalDateTime) row.get(6)).toInstant(ZoneOffset.UTC));
    }

    /**
     * Inserts what the outbox holds, oldest first, removing each entry once it is stored. Stops at the first
     * failure, leaving the rest for later.
     *
     * @return how many entries were inserted
     */
    public int replayOutbox() {
        if (!replaying.tryLock()) {
            return 0;
        }
        try {
            Set<String> done = new HashSet<>();
            try {
                for (Entry entry : outbox.pending()) {
                    insert(entry);
                    done.add(entry.key());
                }
            } catch (BackendException e) {
                LOG.warn("Feedback outbox replay stopped; {} entries left for later: {}",
                        outbox.pending().size() - done.size(), e.getMessage());
            }
            if (!done.isEmpty()) {
                outbox.remove(done);
                LOG.info("Inserted {} feedback entries from the outbox", done.size());
            }
            return done.size();
        } catch (IOException e) {
            // The rows are in the table; replaying them again later is harmless because the insert skips them.
            LOG.warn("Could not update the feedback outbox {}: {}", outbox.file(), e.getMessage());
            return 0;
        } finally {
            replaying.unlock();
        }
    }

    /** How many feedback entries wait in the outbox. */
    public int outboxSize() {
        return outbox.pending().size();
    }

    private void insert(Entry entry) {
        List<Parameter> parameters = List.of(
                Parameters.of("message_id", entry.messageId()),
                Parameters.of("session_id", entry.sessionId()),
                Parameters.of("rating", entry.rating()),
                Parameters.of("comment", entry.comment()),
                Parameters.of("question", entry.question()),
                Parameters.of("answer", entry.answer()),
                Parameters.of("created_at", Instant.parse(entry.at())));
        runner.run(new Statement(insertSql, parameters, timeout, null));
    }

    private void keep(Entry entry, BackendException cause) {
        try {
            outbox.append(entry);
            LOG.warn("Feedback on message {} kept in the outbox {}: {}", entry.messageId(), outbox.file(),
                    cause.getMessage());
        } catch (IOException e) {
            BackendException failure = new BackendException(Authorizer.BACKEND, Kind.UNAVAILABLE,
                    "insert feedback failed and the outbox " + outbox.file() + " could not be written ("
                            + e.getClass().getSimpleName() + "): " + cause.getMessage(), cause);
            failure.addSuppressed(e);
            throw failure;
        }
    }

    public static final class Builder {
        private DatabricksWorkspace workspace;
        private String warehouseId;
        private String table = DatabricksSettings.DEFAULT_FEEDBACK_TABLE;
        private Path outboxDirectory;
        private Duration timeout = Duration.ofSeconds(20);

        private Builder() {
        }

        public Builder workspace(DatabricksWorkspace workspace) {
            this.workspace = workspace;
            return this;
        }

        public Builder warehouseId(String warehouseId) {
            this.warehouseId = warehouseId;
            return this;
        }

        /** The feedback table, {@code catalog.schema.table}. */
        public Builder table(String table) {
            this.table = table;
            return this;
        }

        /** Where feedback waits while the warehouse is unreachable (created when needed). */
        public Builder outboxDirectory(Path outboxDirectory) {
            this.outboxDirectory = outboxDirectory;
            return this;
        }

        /** How long one insert may take before it is cancelled and the feedback goes to the outbox. */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        public DatabricksFeedbackStore build() {
            return new DatabricksFeedbackStore(this);
        }
    }
}
