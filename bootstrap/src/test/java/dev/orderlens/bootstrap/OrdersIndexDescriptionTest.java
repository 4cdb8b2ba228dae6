package dev.orderlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrdersIndexDescriptionTest {

    private static final String MODEL = """
            {"table": "shop_orders", "timeColumn": "placed_at", "countMetric": "orders",
             "columns": [{"name": "order_ref", "type": "STRING", "role": "IDENTIFIER"},
                         {"name": "placed_at", "type": "TIMESTAMP", "role": "TIME"},
                         {"name": "remark", "type": "STRING", "role": "ROLE"}],
             "metrics": [{"name": "orders", "format": "COUNT", "expression": "count(*)"}]}
            """;
    private static final String CSV = """
            order_ref,placed_at,remark
            S-1,2024-03-01 10:00:00,gift wrap please
            """;

    @TempDir
    Path home;
    @TempDir
    Path files;

    @Test
    void names_the_text_columns_the_orders_index_is_made_of() throws IOException {
        OrderLensSettings settings = loaded(MODEL.replace("ROLE", "TEXT"));

        assertThat(OrdersIndexDescription.of(settings)).isEqualTo("orders indexed by the text of remark");
    }

    @Test
    void says_why_there_is_no_orders_index() throws IOException {
        OrderLensSettings settings = loaded(MODEL.replace("ROLE", "DIMENSION"));

        assertThat(OrdersIndexDescription.of(settings))
                .isEqualTo("no orders index: the semantic model has no text column");
    }

    @Test
    void the_sample_is_indexed_by_its_support_notes() {
        assertThat(OrdersIndexDescription.of(OrderLensSettings.from(Map.of("ORDERLENS_HOME", home.toString()))))
                .isEqualTo("orders indexed by the text of support_note");
    }

    private OrderLensSettings loaded(String model) throws IOException {
        OrderLensSettings settings = OrderLensSettings.from(Map.of("ORDERLENS_HOME", home.toString()));
        OrdersData.load(settings, OrdersData.Source.csv(Files.writeString(files.resolve("orders.csv"), CSV)),
                Optional.of(Files.writeString(files.resolve("model.json"), model)));
        return settings;
    }
}
