package dev.orderlens.databricks;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderlens.core.port.VectorIndex;
import dev.orderlens.testsupport.VectorIndexContract;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Databricks vector index passes the vector index contract against Vector Search stubbed from the reference. */
class DatabricksVectorIndexContractTest extends VectorIndexContract {

    @RegisterExtension
    static final WorkspaceStub stub = new WorkspaceStub();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METADATA = List.of("carrier", "kind");

    @Override
    protected VectorIndex indexFor(Scenario scenario) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode columns = answer.putObject("manifest").putArray("columns");
        for (String column : List.of("id", "title", "text", "carrier", "kind", "score")) {
            columns.addObject().put("name", column);
        }
        ArrayNode rows = answer.putObject("result").put("row_count", scenario.matchingIds().size())
                .putArray("data_array");
        double score = 0.95;
        for (String id : scenario.matchingIds()) {
            Document document = scenario.document(id);
            ArrayNode row = rows.addArray().add(id).add(document.title()).add(document.text());
            METADATA.forEach(key -> row.add(document.metadata().get(key)));
            row.add(score);
            score -= 0.05;
        }
        stub.server.stubFor(post(urlEqualTo("/api/2.0/vector-search/indexes/main.support.contract_index/query"))
                .willReturn(okJson(answer.toString())));
        return DatabricksVectorIndex.builder().workspace(stub.workspace()).indexName("main.support.contract_index")
                .name("contract").metadataColumns(METADATA).build();
    }
}
