package dev.orderlens.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.ModelMismatchException;
import dev.orderlens.core.semantic.SemanticModel;
import dev.orderlens.testsupport.PedidosDataset;
import dev.orderlens.testsupport.WarehouseOnDuckDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code data load --table}: a model checked against a Databricks table where it is, then remembered with it. */
class DatabricksOrdersTest {

    static final String TABLE = "shop.sales.pedidos";
    static final String MODEL = """
            {"table": "pedidos", "timeColumn": "data_compra", "countMetric": "pedidos",
             "columns": [{"name": "pedido_id", "type": "STRING", "role": "IDENTIFIER", "sampleValues": ["P-00001"]},
                         {"name": "data_compra", "type": "TIMESTAMP", "role": "TIME"},
                         {"name": "estado", "type": "STRING", "role": "DIMENSION", "sampleValues": ["SP"]},
                         {"name": "valor_total", "type": "DECIMAL", "role": "MEASURE"},
                         {"name": "atrasado", "type": "BOOLEAN", "role": "FLAG"}],
             "metrics": [{"name": "pedidos", "format": "COUNT", "expression": "count(*)"},
                         {"name": "receita", "format": "CURRENCY", "expression": "sum(valor_total)",
                          "filter": "NOT atrasado"}]}
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
        WAREHOUSE.serve(WORKSPACE, PedidosDataset.shopSalesTable(50));
    }

    private Map<String, String> env(Map<String, String> more) {
        Map<String, String> env = new HashMap<>(more);
        env.put("ORDERLENS_HOME", home.toString());
        env.put("DATABRICKS_HOST", WORKSPACE.baseUrl());
        env.put("DATABRICKS_TOKEN", DatabricksWorkspaceStubs.TOKEN);
        env.put("DATABRICKS_WAREHOUSE_ID", "abc123def456");
        return env;
    }

    @Test
    void a_table_the_model_fits_is_remembered_with_the_model_for_later_commands() throws IOException {
        Path model = Files.writeString(files.resolve("modelo.json"), MODEL);

        DatabricksOrders.Checked checked = DatabricksOrders.load(env(Map.of()), TABLE, Optional.of(model));
        Files.delete(model);

        assertThat(checked.ignoredColumns()).contains("cliente_id", "cidade", "comentario");
        assertThat(checked.modelFile()).hasValue(home.resolve("data").resolve(DatabricksOrders.MODEL_FILE));
        assertThat(DatabricksOrders.inUse(env(Map.of()))).hasValue(
                new DatabricksOrders.InUse(TABLE, checked.modelFile()));
        assertThat(DatabricksOrders.settings(env(Map.of())).orElseThrow().ordersTable()).isEqualTo(TABLE);
        assertThat(DatabricksOrders.semanticModel(env(Map.of()), OrderLensSettings.from(env(Map.of()))).model()
                .metric("receita")).isPresent();
        assertThat(DatabricksOrders.check(env(Map.of()), Optional.empty())).map(DatabricksOrders.Checked::table)
                .hasValue(TABLE);
    }

    @Test
    void a_model_drafted_from_the_table_in_three_statements_fits_it_as_it_is() throws IOException {
        WORKSPACE.resetRequests();
        String drafted = DatabricksOrders.draft(env(Map.of()), Optional.of(TABLE)).orElseThrow();
        int statements = WORKSPACE.findAll(postRequestedFor(urlEqualTo(WarehouseOnDuckDb.STATEMENTS))).size();
        Path model = Files.writeString(files.resolve("drafted.json"), drafted);

        SemanticModel draft = SemanticModelFile.load(model).model();
        assertThat(statements).isEqualTo(3);
        assertThat(draft.timeColumn()).isEqualTo("data_compra");
        assertThat(draft.column("estado").orElseThrow().role()).isEqualTo(ColumnRole.DIMENSION);
        assertThat(draft.column("estado").orElseThrow().sampleValues()).hasSize(5);
        assertThat(draft.column("atrasado").orElseThrow().role()).isEqualTo(ColumnRole.FLAG);
        assertThat(DatabricksOrders.load(env(Map.of()), TABLE, Optional.of(model)).ignoredColumns()).isEmpty();
        assertThat(DatabricksOrders.draft(env(Map.of()), Optional.empty())).hasValue(drafted);
    }

    @Test
    void an_explicit_table_setting_wins_over_the_remembered_table_and_its_model() throws IOException {
        DatabricksOrders.load(env(Map.of()), TABLE, Optional.of(Files.writeString(files.resolve("m.json"), MODEL)));
        Map<String, String> other = env(Map.of("ORDERLENS_ORDERS_TABLE", "main.raw.orders"));

        assertThat(DatabricksOrders.settings(other).orElseThrow().ordersTable()).isEqualTo("main.raw.orders");
        assertThat(DatabricksOrders.inUse(other)).isEmpty();
        assertThat(DatabricksOrders.modelFile(other, OrderLensSettings.from(other))).isEmpty();
        assertThat(DatabricksOrders.inUse(env(Map.of("ORDERLENS_ORDERS_TABLE", TABLE)))).isPresent();
    }

    @Test
    void every_mismatch_with_the_table_is_listed_at_once_and_nothing_is_remembered() throws IOException {
        Path model = Files.writeString(files.resolve("modelo.json"), MODEL
                .replace("\"estado\"", "\"estdo\"")
                .replace("{\"name\": \"pedido_id\", \"type\": \"STRING\"", "{\"name\": \"pedido_id\", \"type\": \"INTEGER\"")
                .replace("sum(valor_total)", "sum(valor)"));

        assertThatThrownBy(() -> DatabricksOrders.load(env(Map.of()), TABLE, Optional.of(model)))
                .isInstanceOfSatisfying(ModelMismatchException.class, e -> {
                    assertThat(e.problems()).hasSize(3);
                    assertThat(e.problems().get(0))
                            .isEqualTo("column estdo of the semantic model is not in the data (closest: estado)");
                    assertThat(e.problems().get(1)).startsWith("metric receita: its expression does not run: ")
                            .contains("valor");
                    assertThat(e.problems().get(2))
                            .isEqualTo("column pedido_id is STRING in the table, which does not read as INTEGER");
                });
        assertThat(DatabricksOrders.inUse(env(Map.of()))).isEmpty();
        assertThat(home.resolve("data").resolve(DatabricksOrders.MODEL_FILE)).doesNotExist();
    }

    @Test
    void a_table_the_warehouse_cannot_read_is_named() throws IOException {
        Path model = Files.writeString(files.resolve("modelo.json"), MODEL);

        assertThatThrownBy(() -> DatabricksOrders.load(env(Map.of()), "shop.sales.missing", Optional.of(model)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot read table shop.sales.missing: ");
        assertThatThrownBy(() -> DatabricksOrders.load(env(Map.of()), "shop;drop", Optional.of(model)))
                .hasMessage("--table must be a name like catalog.schema.table (was 'shop;drop')");
    }

    @Test
    void a_table_needs_databricks_sql_configured() {
        Map<String, String> embedded = Map.of("ORDERLENS_HOME", home.toString());

        assertThatThrownBy(() -> DatabricksOrders.load(embedded, TABLE, Optional.empty()))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("DATABRICKS_HOST").hasMessageContaining("DATABRICKS_WAREHOUSE_ID");
        assertThat(DatabricksOrders.inUse(embedded)).isEmpty();
    }
}
