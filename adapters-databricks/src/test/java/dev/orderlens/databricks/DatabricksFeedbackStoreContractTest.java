package dev.orderlens.databricks;

import dev.orderlens.core.domain.Feedback;
import dev.orderlens.core.domain.Rating;
import dev.orderlens.core.port.FeedbackStore;
import dev.orderlens.testsupport.FeedbackStoreContract;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Databricks feedback store passes the feedback contract with its statements run by a SQL engine: its
 * inserts and reads go through the Statement Execution API to a table made as {@code docs/databricks.md} says.
 * That table has no route column, so the store keeps feedback without its route.
 */
class DatabricksFeedbackStoreContractTest extends FeedbackStoreContract {

    private static final String TABLE = "memory.main.message_feedback";
    private static final String CREATE_TABLE = "CREATE TABLE message_feedback (message_id VARCHAR NOT NULL, "
            + "session_id VARCHAR NOT NULL, rating VARCHAR NOT NULL, comment VARCHAR, question VARCHAR, "
            + "answer VARCHAR, created_at TIMESTAMP NOT NULL)";

    private static DuckDbStatementEndpoint warehouse;

    @TempDir
    Path outboxDirectory;

    @BeforeAll
    static void startWarehouse() throws Exception {
        warehouse = DuckDbStatementEndpoint.start();
    }

    @AfterAll
    static void stopWarehouse() throws SQLException {
        warehouse.close();
    }

    @Override
    protected FeedbackStore newStore() {
        try {
            warehouse.reset(CREATE_TABLE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        DatabricksWorkspace workspace = DatabricksWorkspace.builder().host(warehouse.host())
                .credentials(DatabricksCredentials.personalAccessToken(WorkspaceStub.TOKEN))
                .requestTimeout(Duration.ofSeconds(5)).build();
        return DatabricksFeedbackStore.builder().workspace(workspace).warehouseId(WorkspaceStub.WAREHOUSE)
                .table(TABLE).outboxDirectory(outboxDirectory).build();
    }

    @Override
    protected List<Feedback> storedFeedback() {
        try {
            return warehouse.query("SELECT message_id, session_id, rating, comment, question, answer, created_at "
                    + "FROM message_feedback").stream()
                    .map(row -> new Feedback(row.get(0), row.get(1), Rating.parse(row.get(2)), row.get(3), row.get(4),
                            row.get(5), Instant.parse(row.get(6))))
                    .toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Feedback asKept(Feedback feedback) {
        return feedback.withoutRoute();
    }
}
