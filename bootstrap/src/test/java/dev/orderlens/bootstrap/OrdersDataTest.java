package dev.orderlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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

        OrdersData.Loaded loaded = OrdersData.load(settings(Map.of()), csv, Optional.of(model));
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
        OrdersData.load(settings(Map.of()), Files.writeString(files.resolve("shop.csv"), CSV), Optional.of(model));
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

        assertThatThrownBy(() -> OrdersData.load(settings(Map.of()), csv, Optional.of(model)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region");
        assertThat(OrdersData.modelFile(settings(Map.of()))).isEmpty();
    }
}
