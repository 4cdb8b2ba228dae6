package dev.orderlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.testsupport.PedidosDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code data load} from every kind of source, {@code data model --draft/--check}, on the real embedded defaults. */
class DataLoadingCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The documents of a home come with a generated sample even when its orders are loaded: keep it small. */
    private static final String SMALL_SAMPLE = "1000";

    @TempDir
    Path home;
    @TempDir
    Path files;

    @Test
    void a_model_drafted_from_a_csv_export_loads_it_and_questions_are_answered_over_it(@TempDir Path sampleHome)
            throws Exception {
        Path export = files.resolve("export.csv");
        Files.writeString(export, run(Map.of("ORDERLENS_HOME", sampleHome.toString(), "ORDERLENS_SAMPLE_ORDERS",
                SMALL_SAMPLE), "sql", "--format", "csv", "SELECT * FROM orders ORDER BY order_id LIMIT 300").out());

        CliRun.Result draft = run("data", "model", "--draft", "--csv", export.toString());
        Path model = Files.writeString(files.resolve("model.json"), draft.out());
        CliRun.Result loaded = run("data", "load", "--csv", export.toString(), "--model", model.toString());
        CliRun.Result sql = run("sql", "SELECT count(*) AS n FROM orders");
        JsonNode asked = JSON.readTree(run("ask", "--format", "json", "How many orders did we get?").out());

        assertThat(draft.exitCode()).as(draft.err()).isZero();
        assertThat(JSON.readTree(draft.out()).get("timeColumn").asText()).isEqualTo("order_ts");
        assertThat(loaded.exitCode()).as(loaded.err()).isZero();
        assertThat(loaded.out()).startsWith("Loaded 300 orders from " + export);
        assertThat(sql.out()).as(sql.err()).isEqualTo("  n\n---\n300\n(1 row)\n");
        assertThat(asked.get("mode").asText()).isEqualTo("sql");
        assertThat(asked.get("rows").get(0).get(0).asLong()).isEqualTo(300);
    }

    @Test
    void a_model_drafted_from_parquet_of_other_columns_loads_them_and_checks_clean() throws Exception {
        Path parquet = files.resolve("pedidos.parquet");
        duckDb(null, PedidosDataset.copyToParquet(1200, parquet.toString()));

        CliRun.Result draft = run("data", "model", "--draft", "--parquet", parquet.toString());
        Path model = Files.writeString(files.resolve("pedidos-model.json"), draft.out());
        CliRun.Result loaded = run("data", "load", "--parquet", parquet.toString(), "--model", model.toString());
        CliRun.Result checked = run("data", "model", "--check");
        CliRun.Result info = run("data", "info");

        assertThat(draft.exitCode()).as(draft.err()).isZero();
        assertThat(JSON.readTree(draft.out()).get("timeColumn").asText()).isEqualTo("data_compra");
        assertThat(loaded.exitCode()).as(loaded.err()).isZero();
        assertThat(loaded.out()).startsWith("Loaded 1200 orders from " + parquet);
        assertThat(checked.exitCode()).as(checked.err()).isZero();
        assertThat(checked.out()).startsWith("The semantic model fits the 1200 orders of table orders in ");
        assertThat(info.out()).contains("rows:   1200 in orders").contains("from:   2024-01-01");
    }

    @Test
    void loads_a_table_of_another_duckdb_file_with_a_drafted_model() throws Exception {
        Path database = files.resolve("loja.duckdb");
        duckDb(database, "CREATE TABLE pedidos AS " + PedidosDataset.select(400));

        CliRun.Result draft = run("data", "model", "--draft", "--duckdb", database.toString(), "--table", "pedidos");
        Path model = Files.writeString(files.resolve("model.json"), draft.out());
        CliRun.Result loaded = run("data", "load", "--duckdb", database.toString(), "--table", "pedidos",
                "--model", model.toString());
        CliRun.Result checked = run("data", "model", "--check");

        assertThat(draft.exitCode()).as(draft.err()).isZero();
        assertThat(loaded.exitCode()).as(loaded.err()).isZero();
        assertThat(loaded.out()).startsWith("Loaded 400 orders from table pedidos of " + database);
        assertThat(checked.out()).as(checked.err()).startsWith("The semantic model fits the 400 orders of table pedidos");
    }

    @Test
    void names_every_mismatch_below_a_one_line_summary_and_loads_nothing() throws Exception {
        Path csv = Files.writeString(files.resolve("pedidos.csv"), """
                pedido_id,data_compra,valor_total,estado
                P-1,2024-01-01 10:00:00,12.50,SP
                P-2,ontem,abc,RJ
                """);
        Path model = Files.writeString(files.resolve("model.json"), """
                {"table": "pedidos", "timeColumn": "data_compra", "countMetric": "pedidos",
                 "columns": [{"name": "pedido_id", "type": "STRING", "role": "IDENTIFIER"},
                             {"name": "data_compra", "type": "TIMESTAMP", "role": "TIME"},
                             {"name": "valor", "type": "DECIMAL", "role": "MEASURE"},
                             {"name": "estado", "type": "STRING", "role": "DIMENSION"}],
                 "metrics": [{"name": "pedidos", "format": "COUNT", "expression": "count(*)"},
                             {"name": "receita", "format": "CURRENCY", "expression": "sum(valor)",
                              "filter": "status <> 'cancelado'"}]}
                """);

        CliRun.Result bad = run("data", "load", "--csv", csv.toString(), "--model", model.toString());
        CliRun.Result info = run("data", "info");

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("""
                orderlens data load: the model does not match the data (3 problems):
                  column valor of the semantic model is not in the data (closest: valor_total)
                  metric receita: its filter does not run: Binder Error: Referenced column "status" not found in FROM clause!
                  row 2, column data_compra: 'ontem' is not a timestamp (expected YYYY-MM-DD HH:MM:SS)
                """);
        assertThat(info.out()).contains("orders: none yet");
    }

    @Test
    void needs_exactly_one_source() {
        CliRun.Result two = run("data", "load", "--csv", "a.csv", "--parquet", "b.parquet");
        CliRun.Result none = run("data", "load");
        CliRun.Result tableWithoutFile = run("data", "model", "--draft", "--table", "orders");
        CliRun.Result draftAndCheck = run("data", "model", "--draft", "--check");

        for (CliRun.Result result : new CliRun.Result[] {two, none, draftAndCheck}) {
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).hasLineCount(1).contains("(see orderlens data ");
        }
        assertThat(tableWithoutFile.exitCode()).isEqualTo(2);
        assertThat(tableWithoutFile.err()).hasLineCount(1).contains("--table without --duckdb names a Databricks table");
        assertThat(two.err()).contains("mutually exclusive");
        assertThat(none.err()).contains("--csv").contains("--parquet").contains("--duckdb");
    }

    @Test
    void a_check_without_orders_says_how_to_get_some() {
        CliRun.Result check = run("data", "model", "--check");

        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).isEqualTo("orderlens data model: there are no orders yet: run 'orderlens data generate' "
                + "or 'orderlens data load'\n");
    }

    private CliRun.Result run(String... args) {
        return run(Map.of("ORDERLENS_HOME", home.toString(), "ORDERLENS_SAMPLE_ORDERS", SMALL_SAMPLE), args);
    }

    private static CliRun.Result run(Map<String, String> settings, String... args) {
        return CliRun.withSettings(settings, args);
    }

    private static void duckDb(Path database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + (database == null ? "" : database));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
