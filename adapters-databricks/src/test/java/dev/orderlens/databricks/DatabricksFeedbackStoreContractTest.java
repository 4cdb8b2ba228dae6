package dev.orderlens.databricks;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.feedback.Rating;
import dev.orderlens.core.port.FeedbackStore;
import dev.orderlens.testsupport.FeedbackStoreContract;
import dev.orderlens.testsupport.WarehouseOnDuckDb;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Databricks feedback store passes the feedback contract with its statements run by a SQL engine: its
 * inserts and reads go through the Statement Execution API to a table made as {@code docs/databricks.md} says.
 * That table has no route column, so the store keeps feedback without its route.
 */
class DatabricksFeedbackStoreContractTest extends FeedbackStoreContract {

    private static final String TABLE = "contract.main.message_feedback";
    private static final WarehouseOnDuckDb WAREHOUSE = new WarehouseOnDuckDb();

    @RegisterExtension
    static final WorkspaceStub stub = WorkspaceStub.withExtensions(WAREHOUSE);

    @TempDir
    Path outboxDirectory;

    @Override
    protected FeedbackStore newStore() {
        WAREHOUSE.reset("ATTACH ':memory:' AS contract", "CREATE TABLE " + TABLE + " (message_id VARCHAR NOT NULL, "
                + "session_id VARCHAR NOT NULL, rating VARCHAR NOT NULL, comment VARCHAR, question VARCHAR, "
                + "answer VARCHAR, created_at TIMESTAMP NOT NULL)");
        stub.server.stubFor(post(urlEqualTo("/api/2.0/sql/statements"))
                .willReturn(ok().withTransformers(WarehouseOnDuckDb.NAME)));
        return DatabricksFeedbackStore.builder().workspace(stub.workspace()).warehouseId(WorkspaceStub.WAREHOUSE)
                .table(TABLE).outboxDirectory(outboxDirectory).build();
    }

    @Override
    protected List<Feedback> storedFeedback() {
        return WAREHOUSE.query("SELECT message_id, session_id, rating, comment, question, answer, created_at FROM "
                + TABLE).stream()
                .map(row -> new Feedback((String) row.get(0), (String) row.get(1), Rating.parse((String) row.get(2)),
                        (String) row.get(3), (String) row.get(4), (String) row.get(5),
                        ((Timestamp) row.get(6)).toLocalDateTime().toInstant(ZoneOffset.UTC)))
                .toList();
    }

    @Override
    protected Feedback asKept(Feedback feedback) {
        return feedback.withoutRoute();
    }
}
