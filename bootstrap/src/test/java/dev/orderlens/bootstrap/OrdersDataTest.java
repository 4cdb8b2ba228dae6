package dev.orderlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.ModelMismatchException;
import dev.orderlens.testsupport.PedidosDataset;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A home remembers the semantic model its own orders were loaded with. */
class OrdersDataTest {

    private static final String MODEL = """
            {"table": "shop_orders", "timeColumn": "placed_at", "countMetric": "orders",
             "columns": [{"name": "order_ref", "type": "STRING", "role": "IDENTIFIER", "sampleValues": ["S-1"]},
                         {"name": "placed_at", "type": "TIMESTAMP", "role": "TIME"},
                         {"name": "region", "type": "STRING", "role": "DIMENSION", "sampleValues": ["north"]},
                         {"name": "amount", "type": "DECIMAL", "role": "MEASURE"}],
             "metrics": [{"name": "orders", "format": "COUNT", "expression": "count(*)"}]}
            """;
    private static final String CSV = """
            order_ref,placed_at,region,amount
            S-1,2024-03-01 10:00:00,north,12.50
            S-2,2024-03-09 16:30:00,south,7.25
            S-3,2024-04-02 08:15:00,north,30.00
            """;

    @TempDir
    Path home;
    @TempDir
    Path files;

    private OrderLensSettings settings(Map<String, String> more) {
        Map<String, String> env = new HashMap<>(more);
        env.put("ORDERLENS_HOME", home.toString());
        return OrderLensSettings.from(env);
    }

    @Test
    void orders_loaded_with_a_model_are_read_with_it_later_without_a_setting() throws IOException {
        Path model = Files.writeString(files.resolve("shop-model.json"), MODEL);
        Path csv = Files.writeString(files.resolve("shop.csv"), CSV);

        OrdersData.Loaded loaded = OrdersData.load(settings(Map.of()), OrdersData.Source.csv(csv), Optional.of(model));
        Files.delete(model);

        OrderLensSettings later = settings(Map.of());
        assertThat(loaded.rows()).isEqualTo(3);
        assertThat(loaded.modelFile()).isPresent();
        assertThat(OrdersData.modelFile(later)).isEqualTo(loaded.modelFile());
        assertThat(OrdersData.semanticModel(later).model().table()).isEqualTo("shop_orders");
        OrdersData.InUse inUse = OrdersData.inUse(later).orElseThrow();
        assertThat(inUse.own()).isTrue();
        assertThat(inUse.table()).isEqualTo("shop_orders");
        assertThat(inUse.rows()).isEqualTo(3L);
    }

    @Test
    void the_setting_still_wins_over_the_remembered_model() throws IOException {
        Path model = Files.writeString(files.resolve("shop-model.json"), MODEL);
        OrdersData.load(settings(Map.of()), OrdersData.Source.csv(Files.writeString(files.resolve("shop.csv"), CSV)),
                Optional.of(model));
        Path other = Files.writeString(files.resolve("other.json"), MODEL.replace("shop_orders", "other_orders"));

        OrderLensSettings withSetting = settings(Map.of("ORDERLENS_SEMANTIC_MODEL", other.toString()));

        assertThat(OrdersData.semanticModel(withSetting).model().table()).isEqualTo("other_orders");
    }

    @Test
    void a_home_without_its_own_orders_uses_the_sample_model() {
        assertThat(OrdersData.modelFile(settings(Map.of()))).isEmpty();
        assertThat(OrdersData.semanticModel(settings(Map.of())).model().table()).isEqualTo("orders");
    }

    @Test
    void a_csv_that_does_not_match_the_model_keeps_nothing() throws IOException {
        Path model = Files.writeString(files.resolve("shop-model.json"), MODEL);
        Path csv = Files.writeString(files.resolve("bad.csv"), "order_ref,placed_at\nS-1,2024-03-01 10:00:00\n");

        assertThatThrownBy(() -> OrdersData.load(settings(Map.of()), OrdersData.Source.csv(csv), Optional.of(model)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region");
        assertThat(OrdersData.modelFile(settings(Map.of()))).isEmpty();
    }

    @Test
    void a_model_drafted_from_parquet_loads_that_data_and_checks_clean() throws Exception {
        Path parquet = files.resolve("pedidos.parquet");
        duckDb(PedidosDataset.copyToParquet(1200, parquet.toString()));
        Path model = Files.writeString(files.resolve("pedidos-model.json"),
                OrdersData.draft(settings(Map.of()), Optional.of(OrdersData.Source.parquet(parquet.toString()))));

        OrdersData.Loaded loaded = OrdersData.load(settings(Map.of()), OrdersData.Source.parquet(parquet.toString()),
                Optional.of(model));
        OrdersData.Checked checked = OrdersData.check(settings(Map.of()), Optional.empty());

        assertThat(loaded.rows()).isEqualTo(1200);
        assertThat(loaded.ignoredColumns()).isEmpty();
        assertThat(checked.rows()).isEqualTo(1200);
        OrdersData.InUse inUse = OrdersData.inUse(settings(Map.of())).orElseThrow();
        assertThat(inUse.table()).isEqualTo("orders");
        assertThat(inUse.first()).hasToString("2024-01-01T09:37");
        assertThat(OrdersData.draft(settings(Map.of()), Optional.empty())).isEqualTo(Files.readString(model));
    }

    @Test
    void a_check_lists_every_mismatch_between_a_model_and_the_orders_in_use() throws IOException {
        Path model = Files.writeString(files.resolve("shop-model.json"), MODEL);
        OrdersData.load(settings(Map.of()), OrdersData.Source.csv(Files.writeString(files.resolve("shop.csv"), CSV)),
                Optional.of(model));
        Path wrong = Files.writeString(files.resolve("wrong.json"), MODEL
                .replace("\"region\"", "\"regoin\"")
                .replace("\"name\": \"amount\", \"type\": \"DECIMAL\"", "\"name\": \"amount\", \"type\": \"DATE\"")
                .replace("count(*)", "count(DISTINCT customer)"));

        assertThatThrownBy(() -> OrdersData.check(settings(Map.of()), Optional.of(wrong)))
                .isInstanceOfSatisfying(ModelMismatchException.class, e -> assertThat(e.problems()).containsExactly(
                        "column regoin of the semantic model is not in the data (closest: region)",
                        "metric orders: its expression does not run: Binder Error: Referenced column \"customer\" "
                                + "not found in FROM clause!",
                        "column amount: 3 values cannot be read as DATE, such as '12.50'"));
    }

    @Test
    void a_model_is_drafted_from_a_table_of_another_duckdb_file_under_that_tables_name() throws Exception {
        Path database = files.resolve("shop.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE pedidos AS " + PedidosDataset.select(300));
        }

        SemanticModelFile drafted = SemanticModelFile.load(new ByteArrayInputStream(OrdersData.draft(settings(Map.of()),
                Optional.of(OrdersData.Source.duckDbTable(database, "pedidos"))).getBytes(StandardCharsets.UTF_8)), "draft");

        assertThat(drafted.model().table()).isEqualTo("pedidos");
        assertThat(drafted.model().timeColumn()).isEqualTo("data_compra");
        assertThat(drafted.vocabulary().countMetric()).isEqualTo("pedidos");
        assertThat(drafted.model().column("comentario").orElseThrow().role()).isEqualTo(ColumnRole.TEXT);
        assertThat(drafted.model().column("estado").orElseThrow().role()).isEqualTo(ColumnRole.DIMENSION);
    }

    private static void duckDb(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
