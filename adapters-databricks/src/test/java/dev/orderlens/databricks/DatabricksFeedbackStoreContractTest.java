package dev.orderlens.databricks;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.core.domain.Feedback;
import dev.orderlens.core.domain.Rating;
import dev.orderlens.core.port.FeedbackStore;
import dev.orderlens.testsupport.FeedbackStoreContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The Databricks feedback store passes the feedback contract: what it stores is what its INSERTs carried. */
class DatabricksFeedbackStoreContractTest extends FeedbackStoreContract {

    @RegisterExtension
    static final WorkspaceStub stub = new WorkspaceStub();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STATEMENTS = "/api/2.0/sql/statements";

    @TempDir
    Path outboxDirectory;

    @BeforeEach
    void acceptInserts() {
        stub.server.stubFor(post(urlEqualTo(STATEMENTS)).willReturn(okJson(DatabricksFeedbackStoreTest.INSERTED)));
    }

    @Override
    protected FeedbackStore newStore() {
        return DatabricksFeedbackStore.builder().workspace(stub.workspace()).warehouseId(WorkspaceStub.WAREHOUSE)
                .table("main.support.message_feedback").outboxDirectory(outboxDirectory).build();
    }

    @Override
    protected List<Feedback> storedFeedback() {
        return stub.server.findAll(postRequestedFor(urlEqualTo(STATEMENTS))).stream()
                .map(request -> feedback(request.getBodyAsString())).toList();
    }

    private static Feedback feedback(String body) {
        try {
            Map<String, String> values = new HashMap<>();
            for (JsonNode parameter : JSON.readTree(body).path("parameters")) {
                JsonNode value = parameter.get("value");
                values.put(parameter.path("name").asText(), value == null || value.isNull() ? null : value.asText());
            }
            return new Feedback(values.get("message_id"), values.get("session_id"), Rating.parse(values.get("rating")),
                    values.get("comment"), values.get("question"), values.get("answer"),
                    Instant.parse(values.get("created_at")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
