package dev.orderlens.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.orderlens.testsupport.PedidosDataset;
import dev.orderlens.testsupport.WarehouseOnDuckDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code data load --table catalog.schema.name} with Databricks configured: checked where it is, then used. */
class DatabricksTableCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TABLE = "shop.sales.pedidos";
    private static final String MODEL = """
            {"table": "pedidos", "timeColumn": "data_compra", "countMetric": "pedidos",
             "columns": [{"name": "pedido_id", "type": "STRING", "role": "IDENTIFIER", "sampleValues": ["P-00001"]},
                         {"name": "data_compra", "type": "TIMESTAMP", "role": "TIME"},
                         {"name": "estado", "type": "STRING", "role": "DIMENSION", "sampleValues": ["SP"]},
                         {"name": "valor_total", "type": "DECIMAL", "role": "MEASURE"}],
             "metrics": [{"name": "pedidos", "label": "pedidos", "format": "COUNT", "expression": "count(*)",
                          "synonyms": ["orders"]},
                         {"name": "receita", "format": "CURRENCY", "expression": "sum(valor_total)",
                          "filter": "estado <> 'XX'"}]}
            """;

    private static final WarehouseOnDuckDb WAREHOUSE = new WarehouseOnDuckDb();

    @RegisterExtension
    static final WireMockExtension WORKSPACE = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(WAREHOUSE)).build();

    @TempDir
    Path home;
    @TempDir
    Path files;

    @BeforeEach
    void table() {
        WAREHOUSE.serve(WORKSPACE, PedidosDataset.shopSalesTable(80));
    }

    @Test
    void a_table_the_model_fits_is_remembered_and_later_commands_query_it() throws Exception {
        Path model = Files.writeString(files.resolve("modelo.json"), MODEL);

        CliRun.Result loaded = run(databricks(), "data", "load", "--table", TABLE, "--model", model.toString());
        CliRun.Result info = run(databricks(), "data", "info");
        CliRun.Result checked = run(databricks(), "data", "model", "--check");
        CliRun.Result drafted = run(databricks(), "data", "model", "--draft");
        WORKSPACE.resetRequests();
        JsonNode asked = JSON.readTree(run(databricks(), "ask", "--format", "json", "How many orders?").out());

        assertThat(loaded.exitCode()).as(loaded.err()).isZero();
        assertThat(loaded.out()).startsWith("The semantic model fits Databricks table " + TABLE + " (checked in ")
                .contains("Semantic model kept for it: " + home.resolve("data/user/databricks-model.json"))
                .contains("Ignored columns the semantic model does not describe: cliente_id, cidade");
        assertThat(info.out()).contains("orders: Databricks table " + TABLE + " (checked with data load --table)")
                .contains("model:  " + home.resolve("data/user/databricks-model.json"));
        assertThat(checked.out()).as(checked.err()).isEqualTo("The semantic model fits Databricks table " + TABLE
                + "\nIgnored columns the semantic model does not describe: cliente_id, cidade, categoria, frete, "
                + "nota_avaliacao, atrasado, comentario\n");
        assertThat(JSON.readTree(drafted.out()).get("table").asText()).as(drafted.err()).isEqualTo(TABLE);
        assertThat(asked.get("mode").asText()).isEqualTo("sql");
        assertThat(asked.get("rows").get(0).get(0).asLong()).isEqualTo(80);
        List<String> statements = WORKSPACE.findAll(postRequestedFor(urlEqualTo(WarehouseOnDuckDb.STATEMENTS))).stream()
                .map(LoggedRequest::getBodyAsString).toList();
        assertThat(statements).isNotEmpty().allSatisfy(body -> assertThat(body).contains(" FROM shop.sales.pedidos"))
                .anySatisfy(body -> assertThat(body).contains("count(*) AS pedidos FROM shop.sales.pedidos"));
    }

    @Test
    void every_mismatch_is_listed_at_once_and_nothing_is_remembered() throws Exception {
        Path model = Files.writeString(files.resolve("modelo.json"), MODEL.replace("\"estado\"", "\"estdo\"")
                .replace("\"TIMESTAMP\"", "\"BOOLEAN\"").replace("sum(valor_total)", "sum(valor)"));

        CliRun.Result bad = run(databricks(), "data", "load", "--table", TABLE, "--model", model.toString());

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().lines().toList()).hasSize(5).first()
                .isEqualTo("orderlens data load: the model does not match the data (4 problems):");
        assertThat(bad.err()).contains("  column estdo of the semantic model is not in the data (closest: estado)\n")
                .contains("  timeColumn data_compra is BOOLEAN, not a DATE or TIMESTAMP\n")
                .contains("  metric receita: its expression does not run: ")
                .contains("  column data_compra is TIMESTAMP in the table, which does not read as BOOLEAN\n");
        assertThat(run(databricks(), "data", "info").out()).doesNotContain("Databricks table");
    }

    @Test
    void a_databricks_table_needs_databricks_settings() {
        CliRun.Result run = run(Map.of("ORDERLENS_HOME", home.toString()), "data", "load", "--table", TABLE);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).hasLineCount(1).startsWith("orderlens data load: --table without --duckdb names a "
                + "Databricks table, which needs DATABRICKS_HOST, ");
    }

    private Map<String, String> databricks() {
        Map<String, String> env = new HashMap<>();
        env.put("ORDERLENS_HOME", home.toString());
        env.put("DATABRICKS_HOST", WORKSPACE.baseUrl());
        env.put("DATABRICKS_TOKEN", "dapi-test-token-0123456789");
        env.put("DATABRICKS_WAREHOUSE_ID", "abc123def456");
        return env;
    }

    private static CliRun.Result run(Map<String, String> settings, String... args) {
        return CliRun.withSettings(settings, args);
    }
}
