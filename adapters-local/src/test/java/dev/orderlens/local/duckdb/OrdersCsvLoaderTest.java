package dev.orderlens.local.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrdersCsvLoaderTest {

    private static final SemanticModel MODEL = new SemanticModel("orders", "test orders", List.of(
            column("order_id", ColumnType.STRING, ColumnRole.IDENTIFIER),
            column("order_ts", ColumnType.TIMESTAMP, ColumnRole.TIME),
            column("quantity", ColumnType.INTEGER, ColumnRole.MEASURE),
            column("order_total", ColumnType.DECIMAL, ColumnRole.MEASURE),
            column("is_late", ColumnType.BOOLEAN, ColumnRole.FLAG),
            column("promised_date", ColumnType.DATE, ColumnRole.TIME),
            column("support_note", ColumnType.STRING, ColumnRole.TEXT)), List.of(), "order_ts", null);

    private static final String HEADER = "order_id,order_ts,quantity,order_total,is_late,promised_date,support_note\n";

    @TempDir
    Path dir;

    @Test
    void loads_every_row_as_typed_values_in_the_model_column_order() throws IOException {
        Path csv = csv("\uFEFF Support_Note ,ORDER_ID,order_ts,quantity,order_total,is_late,promised_date,warehouse\r\n"
                + "\"Late, \"\"sorry\"\"\nfollow-up sent\",ORD-000001,2025-09-08 10:15:00,2,21.5,true,2025-09-10,NJ-2\r\n"
                + ",ORD-000002,2025-09-09T08:00,1,5,no,2025-09-12,\r\n"
                + "\r\n");

        OrdersCsvLoader.LoadResult result = loader().load(csv);

        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.ignoredColumns()).containsExactly("warehouse");
        SqlResult table = selectAll();
        assertThat(table.columns()).containsExactly(new Column("order_id", ColumnType.STRING),
                new Column("order_ts", ColumnType.TIMESTAMP), new Column("quantity", ColumnType.INTEGER),
                new Column("order_total", ColumnType.DECIMAL), new Column("is_late", ColumnType.BOOLEAN),
                new Column("promised_date", ColumnType.DATE), new Column("support_note", ColumnType.STRING));
        assertThat(table.rows()).containsExactly(
                row("ORD-000001", LocalDateTime.of(2025, 9, 8, 10, 15), 2L, new BigDecimal("21.50"), true,
                        LocalDate.of(2025, 9, 10), "Late, \"sorry\"\nfollow-up sent"),
                row("ORD-000002", LocalDateTime.of(2025, 9, 9, 8, 0), 1L, new BigDecimal("5.00"), false,
                        LocalDate.of(2025, 9, 12), null));
    }

    @Test
    void replaces_the_rows_of_a_previous_load() throws IOException {
        loader().load(csv(HEADER + "ORD-1,2025-01-01 00:00:00,1,1.00,false,2025-01-03,\n"
                + "ORD-2,2025-01-01 00:00:00,1,1.00,false,2025-01-03,\n"));

        OrdersCsvLoader.LoadResult result = loader().load(csv(HEADER + "ORD-9,2025-02-01 00:00:00,3,9.99,,2025-02-03,\n"));

        assertThat(result.rows()).isEqualTo(1);
        assertThat(selectAll().rows()).extracting(r -> r.get(0)).containsExactly("ORD-9");
    }

    @Test
    void names_the_row_column_and_value_of_a_bad_number() throws IOException {
        Path csv = csv(HEADER + "ORD-1,2025-01-01 00:00:00,1,1.00,false,2025-01-03,\n"
                + "ORD-2,2025-01-01 00:00:00,1,abc,false,2025-01-03,\n");

        assertThatThrownBy(() -> loader().load(csv))
                .isInstanceOf(CsvLoadException.class)
                .hasMessage("row 2, column order_total: 'abc' is not a number");
    }

    @Test
    void names_the_row_column_and_value_of_a_bad_timestamp() throws IOException {
        Path csv = csv(HEADER + "ORD-1,09/08/2025 10:00,1,1.00,false,2025-01-03,\n");

        assertThatThrownBy(() -> loader().load(csv))
                .isInstanceOf(CsvLoadException.class)
                .hasMessage("row 1, column order_ts: '09/08/2025 10:00' is not a timestamp (expected YYYY-MM-DD HH:MM:SS)");
    }

    @Test
    void refuses_a_file_that_lacks_model_columns_naming_them() throws IOException {
        Path csv = csv("order_id,order_ts,quantity,is_late,promised_date\nORD-1,2025-01-01,1,false,2025-01-03\n");

        assertThatThrownBy(() -> loader().load(csv))
                .isInstanceOf(CsvLoadException.class)
                .hasMessageStartingWith("the header lacks columns order_total, support_note of the semantic model");
    }

    @Test
    void refuses_a_header_naming_a_model_column_twice() throws IOException {
        Path csv = csv(HEADER.strip() + ",Quantity\nORD-1,2025-01-01,1,1.00,false,2025-01-03,,2\n");

        assertThatThrownBy(() -> loader().load(csv)).hasMessage("column quantity appears 2 times in the header");
    }

    @Test
    void refuses_an_empty_file() throws IOException {
        Path csv = csv("");

        assertThatThrownBy(() -> loader().load(csv))
                .isInstanceOf(CsvLoadException.class)
                .hasMessageContaining("is empty");
    }

    @Test
    void refuses_a_row_with_the_wrong_number_of_values() throws IOException {
        Path csv = csv(HEADER + "ORD-1,2025-01-01 00:00:00,1,1.00,false,2025-01-03,,extra\n");

        assertThatThrownBy(() -> loader().load(csv)).hasMessage("row 1 has 8 values but the header has 7 columns");
    }

    @Test
    void refuses_a_quoted_value_that_is_never_closed() throws IOException {
        Path csv = csv(HEADER + "ORD-1,2025-01-01 00:00:00,1,1.00,false,2025-01-03,\"never closed\n");

        assertThatThrownBy(() -> loader().load(csv)).hasMessage("row 1: a quoted value is never closed");
    }

    @Test
    void a_failed_load_leaves_the_previous_rows_in_place() throws IOException {
        loader().load(csv(HEADER + "ORD-1,2025-01-01 00:00:00,1,1.00,false,2025-01-03,\n"));

        assertThatThrownBy(() -> loader().load(csv(HEADER + "ORD-2,2025-01-01 00:00:00,1,1.00,false,2025-01-03,\n"
                + "ORD-3,2025-01-01 00:00:00,one,1.00,false,2025-01-03,\n")))
                .hasMessage("row 2, column quantity: 'one' is not a whole number");
        assertThatThrownBy(() -> loader().load(csv(HEADER)))
                .hasMessageContaining("a header but no rows");

        assertThat(selectAll().rows()).extracting(r -> r.get(0)).containsExactly("ORD-1");
    }

    @Test
    void refuses_a_missing_file() {
        Path missing = dir.resolve("missing.csv");

        assertThatThrownBy(() -> loader().load(missing))
                .isInstanceOf(CsvLoadException.class)
                .hasMessage(missing + " does not exist");
    }

    @Test
    void cannot_load_while_a_warehouse_holds_the_database_file() throws IOException {
        Path csv = csv(HEADER + "ORD-1,2025-01-01 00:00:00,1,1.00,false,2025-01-03,\n");
        loader().load(csv);

        try (DuckDbSqlWarehouse warehouse = DuckDbSqlWarehouse.builder().databaseFile(database()).build()) {
            assertThatThrownBy(() -> loader().load(csv))
                    .isInstanceOfSatisfying(BackendException.class,
                            e -> assertThat(e.kind()).isEqualTo(BackendException.Kind.UNAVAILABLE))
                    .hasMessageContaining(database().toString());
        }
    }

    @Test
    void needs_a_plain_table_name() {
        SemanticModel databricksModel = new SemanticModel("main.raw.orders", "", MODEL.columns(), List.of(),
                "order_ts", null);

        assertThatThrownBy(() -> OrdersCsvLoader.builder().databaseFile(database()).semanticModel(databricksModel).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("main.raw.orders");
    }

    private OrdersCsvLoader loader() {
        return OrdersCsvLoader.builder().databaseFile(database()).semanticModel(MODEL).build();
    }

    private Path database() {
        return dir.resolve("data").resolve("orders.duckdb");
    }

    private SqlResult selectAll() {
        try (DuckDbSqlWarehouse warehouse = DuckDbSqlWarehouse.builder().databaseFile(database()).connections(1).build()) {
            return warehouse.execute(new SqlQuery("SELECT * FROM orders ORDER BY order_id", 100, Duration.ofSeconds(10)));
        }
    }

    private Path csv(String content) throws IOException {
        Path file = Files.createTempFile(dir, "orders", ".csv");
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private static SemanticColumn column(String name, ColumnType type, ColumnRole role) {
        return new SemanticColumn(name, type, role, null, null, null, null);
    }
}
