package dev.orderlens.local.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.ModelMismatchException;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import dev.orderlens.core.semantic.Metric;
import dev.orderlens.core.semantic.MetricFormat;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

class OrdersLoaderTest {

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
        OrdersSource csv = csv("\uFEFF Support_Note ,ORDER_ID,order_ts,quantity,order_total,is_late,promised_date,warehouse\r\n"
                + "\"Late, \"\"sorry\"\"\nfollow-up sent\",ORD-000001,2025-09-08 10:15:00,2,21.5,true,2025-09-10,NJ-2\r\n"
                + ",ORD-000002,2025-09-09T08:00,1,5,no,2025-09-12,\r\n"
                + "\r\n");

        OrdersLoader.LoadResult result = loader().load(csv);

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

        OrdersLoader.LoadResult result = loader().load(csv(HEADER + "ORD-9,2025-02-01 00:00:00,3,9.99,,2025-02-03,\n"));

        assertThat(result.rows()).isEqualTo(1);
        assertThat(selectAll().rows()).extracting(r -> r.get(0)).containsExactly("ORD-9");
    }

    @Test
    void names_the_row_column_and_value_of_a_bad_number() throws IOException {
        OrdersSource csv = csv(HEADER + "ORD-1,2025-01-01 00:00:00,1,1.00,false,2025-01-03,\n"
                + "ORD-2,2025-01-01 00:00:00,1,abc,false,2025-01-03,\n");

        assertThatThrownBy(() -> loader().load(csv))
                .isInstanceOf(ModelMismatchException.class)
                .hasMessage("row 2, column order_total: 'abc' is not a number");
    }

    @Test
    void names_the_row_column_and_value_of_a_bad_timestamp() throws IOException {
        OrdersSource csv = csv(HEADER + "ORD-1,09/08/2025 10:00,1,1.00,false,2025-01-03,\n");

        assertThatThrownBy(() -> loader().load(csv))
                .isInstanceOf(ModelMismatchException.class)
                .hasMessage("row 1, column order_ts: '09/08/2025 10:00' is not a timestamp (expected YYYY-MM-DD HH:MM:SS)");
    }

    @Test
    void refuses_a_file_that_lacks_model_columns_naming_them() throws IOException {
        OrdersSource csv = csv("order_id,order_ts,quantity,is_late,promised_date\nORD-1,2025-01-01,1,false,2025-01-03\n");

        assertThatThrownBy(() -> loader().load(csv))
                .isInstanceOfSatisfying(ModelMismatchException.class, e -> assertThat(e.problems()).containsExactly(
                        "column order_total of the semantic model is not in the data (closest: order_ts)",
                        "column support_note of the semantic model is not in the data"))
                .hasMessageStartingWith("the model does not match the data (2 problems):\n  column order_total");
    }

    @Test
    void refuses_a_header_naming_a_model_column_twice() throws IOException {
        OrdersSource csv = csv(HEADER.strip() + ",Quantity\nORD-1,2025-01-01,1,1.00,false,2025-01-03,,2\n");

        assertThatThrownBy(() -> loader().load(csv)).hasMessage("column quantity appears 2 times in the data");
    }

    @Test
    void refuses_an_empty_file() throws IOException {
        OrdersSource csv = csv("");

        assertThatThrownBy(() -> loader().load(csv))
                .isInstanceOf(OrdersLoadException.class)
                .hasMessageContaining("is empty");
    }

    @Test
    void refuses_a_row_with_the_wrong_number_of_values() throws IOException {
        OrdersSource csv = csv(HEADER + "ORD-1,2025-01-01 00:00:00,1,1.00,false,2025-01-03,,extra\n");

        assertThatThrownBy(() -> loader().load(csv)).hasMessage("row 1 has 8 values but the header has 7 columns");
    }

    @Test
    void refuses_a_quoted_value_that_is_never_closed() throws IOException {
        OrdersSource csv = csv(HEADER + "ORD-1,2025-01-01 00:00:00,1,1.00,false,2025-01-03,\"never closed\n");

        assertThatThrownBy(() -> loader().load(csv)).hasMessage("row 1: a quoted value is never closed");
    }

    @Test
    void a_failed_load_leaves_the_previous_rows_in_place() throws IOException {
        loader().load(csv(HEADER + "ORD-1,2025-01-01 00:00:00,1,1.00,false,2025-01-03,\n"));

        assertThatThrownBy(() -> loader().load(csv(HEADER + "ORD-2,2025-01-01 00:00:00,1,1.00,false,2025-01-03,\n"
                + "ORD-3,2025-01-01 00:00:00,one,1.00,false,2025-01-03,\n")))
                .hasMessage("row 2, column quantity: 'one' is not a whole number");
        assertThatThrownBy(() -> loader().load(csv(HEADER)))
                .hasMessageEndingWith("has no rows; the table was left as it was");

        assertThat(selectAll().rows()).extracting(r -> r.get(0)).containsExactly("ORD-1");
    }

    @Test
    void refuses_a_missing_file() {
        Path missing = dir.resolve("missing.csv");

        assertThatThrownBy(() -> loader().load(OrdersSource.csv(missing)))
                .isInstanceOf(OrdersLoadException.class)
                .hasMessage(missing + " does not exist");
    }

    @Test
    void cannot_load_while_a_warehouse_holds_the_database_file() throws IOException {
        OrdersSource csv = csv(HEADER + "ORD-1,2025-01-01 00:00:00,1,1.00,false,2025-01-03,\n");
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

        assertThatThrownBy(() -> OrdersLoader.builder().databaseFile(database()).semanticModel(databricksModel).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("main.raw.orders");
    }

    private static final String ROWS = "SELECT * FROM (VALUES "
            + "('ORD-1', TIMESTAMP '2025-01-01 10:00:00', 2, 21.5, true, DATE '2025-01-03', 'late', 'NJ-2'), "
            + "('ORD-2', TIMESTAMP '2025-01-02 11:00:00', 1, 5.0, false, DATE '2025-01-05', NULL, 'NJ-1')) "
            + "AS t(Order_ID, order_ts, quantity, order_total, is_late, promised_date, support_note, warehouse)";

    @Test
    void loads_parquet_files_named_by_a_glob_into_the_model_types() throws Exception {
        sql("COPY (" + ROWS + " LIMIT 1) TO " + literal(dir.resolve("part-1.parquet")) + " (FORMAT parquet)");
        sql("COPY (" + ROWS + " OFFSET 1) TO " + literal(dir.resolve("part-2.parquet")) + " (FORMAT parquet)");

        OrdersLoader.LoadResult result = loader().load(OrdersSource.parquet(dir.resolve("part-*.parquet").toString()));

        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.ignoredColumns()).containsExactly("warehouse");
        assertThat(selectAll().rows()).containsExactly(
                row("ORD-1", LocalDateTime.of(2025, 1, 1, 10, 0), 2L, new BigDecimal("21.50"), true,
                        LocalDate.of(2025, 1, 3), "late"),
                row("ORD-2", LocalDateTime.of(2025, 1, 2, 11, 0), 1L, new BigDecimal("5.00"), false,
                        LocalDate.of(2025, 1, 5), null));
    }

    @Test
    void copies_a_table_of_another_duckdb_file_and_leaves_that_file_usable() throws Exception {
        Path other = dir.resolve("shop.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + other);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE shop_orders AS " + ROWS);
        }

        OrdersLoader.LoadResult result = loader().load(OrdersSource.duckDbTable(other, "shop_orders"));

        assertThat(result.rows()).isEqualTo(2);
        assertThat(selectAll().rows()).extracting(r -> r.get(0)).containsExactly("ORD-1", "ORD-2");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + other);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM shop_orders")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(2);
        }
    }

    @Test
    void names_the_tables_of_a_duckdb_file_that_lacks_the_one_asked_for() throws Exception {
        Path other = dir.resolve("shop.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + other);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE customers (id INTEGER)");
        }

        assertThatThrownBy(() -> loader().load(OrdersSource.duckDbTable(other, "orders")))
                .isInstanceOf(OrdersLoadException.class)
                .hasMessage("table orders is not in " + other + " (it has: customers)");
    }

    @Test
    void names_a_source_that_cannot_be_read() throws IOException {
        Path notDuckDb = Files.writeString(dir.resolve("notes.duckdb"), "just text");
        Path latin1 = Files.write(dir.resolve("latin1.csv"), (HEADER + "ORD-1,2025-01-01 00:00:00,1,1.00,false,"
                + "2025-01-03,caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> loader().load(OrdersSource.duckDbTable(notDuckDb, "orders")))
                .isInstanceOf(OrdersLoadException.class).hasMessageStartingWith("cannot read " + notDuckDb + ": ");
        assertThatThrownBy(() -> loader().load(OrdersSource.parquet(dir.resolve("none.parquet").toString())))
                .isInstanceOf(OrdersLoadException.class).hasMessage(dir.resolve("none.parquet") + " does not exist");
        assertThatThrownBy(() -> loader().load(OrdersSource.csv(latin1)))
                .isInstanceOf(OrdersLoadException.class).hasMessage(latin1 + " is not UTF-8 text");
    }

    @Test
    void names_every_mismatch_at_once_and_changes_nothing() throws Exception {
        loader().load(csv(HEADER + "ORD-1,2025-01-01 00:00:00,1,1.00,false,2025-01-03,\n"));
        sql("COPY (SELECT order_id, CAST(order_ts AS VARCHAR) AS order_ts, quantity, "
                + "CASE WHEN quantity = 2 THEN 'n/a' ELSE CAST(order_total AS VARCHAR) END AS order_total, "
                + "is_late, promised_date AS promise_date, support_note FROM (" + ROWS + ")) TO "
                + literal(dir.resolve("bad.parquet")) + " (FORMAT parquet)");
        SemanticModel strict = new SemanticModel("orders", "", MODEL.columns(), List.of(
                metric("revenue", "sum(order_totl)", null),
                metric("late_orders", "count(*)", "status = 'late'"),
                metric("orders", "count(*)", null)), "support_note", null);

        assertThatThrownBy(() -> OrdersLoader.builder().databaseFile(database()).semanticModel(strict).build()
                .load(OrdersSource.parquet(dir.resolve("bad.parquet").toString())))
                .isInstanceOfSatisfying(ModelMismatchException.class, e -> assertThat(e.problems()).containsExactly(
                        "column promised_date of the semantic model is not in the data (closest: promise_date)",
                        "timeColumn support_note is STRING, not a DATE or TIMESTAMP",
                        "metric revenue: its expression does not run: Binder Error: Referenced column \"order_totl\" "
                                + "not found in FROM clause!",
                        "metric late_orders: its filter does not run: Binder Error: Referenced column \"status\" "
                                + "not found in FROM clause!",
                        "column order_total: 1 value cannot be read as DECIMAL, such as 'n/a'"))
                .hasMessageStartingWith("the model does not match the data (5 problems):\n  column promised_date");
        assertThat(selectAll().rows()).extracting(r -> r.get(0)).containsExactly("ORD-1");
    }

    @Test
    void names_the_first_bad_value_of_every_csv_column() throws IOException {
        OrdersSource csv = csv(HEADER + "ORD-1,2025-01-01 00:00:00,x,1.00,false,2025-01-03,\n"
                + "ORD-2,2025-01-01 00:00:00,y,abc,false,2025-01-03,\n"
                + "ORD-3,2025-01-01 00:00:00,z,1.00,false,2025-01-03,\n");

        assertThatThrownBy(() -> loader().load(csv))
                .isInstanceOfSatisfying(ModelMismatchException.class, e -> assertThat(e.problems()).containsExactly(
                        "row 1, column quantity: 'x' is not a whole number (and 2 more rows)",
                        "row 2, column order_total: 'abc' is not a number"));
    }

    @Test
    void a_refused_first_load_leaves_no_database_file() throws IOException {
        assertThatThrownBy(() -> loader().load(csv(HEADER + "ORD-1,never,1,1.00,false,2025-01-03,\n")))
                .isInstanceOf(ModelMismatchException.class);

        assertThat(database()).doesNotExist();
    }

    @Test
    void a_check_counts_the_rows_without_writing_anything() throws IOException {
        OrdersLoader checker = OrdersLoader.builder().semanticModel(MODEL).build();

        OrdersLoader.LoadResult result = checker.check(csv(HEADER + "ORD-1,2025-01-01 00:00:00,1,1.00,false,2025-01-03,\n"));

        assertThat(result.rows()).isEqualTo(1);
        assertThat(Files.exists(database())).isFalse();
        assertThatThrownBy(() -> checker.load(csv(HEADER))).isInstanceOf(IllegalStateException.class);
    }

    private void sql(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String literal(Path file) {
        return "'" + file.toString().replace("'", "''") + "'";
    }

    private static Metric metric(String name, String expression, String filter) {
        return new Metric(name, null, null, null, expression, filter, MetricFormat.NUMBER, null);
    }

    private OrdersLoader loader() {
        return OrdersLoader.builder().databaseFile(database()).semanticModel(MODEL).build();
    }

    private Path database() {
        return dir.resolve("data").resolve("orders.duckdb");
    }

    private SqlResult selectAll() {
        try (DuckDbSqlWarehouse warehouse = DuckDbSqlWarehouse.builder().databaseFile(database()).connections(1).build()) {
            return warehouse.execute(new SqlQuery("SELECT * FROM orders ORDER BY order_id", 100, Duration.ofSeconds(10)));
        }
    }

    private OrdersSource csv(String content) throws IOException {
        Path file = Files.createTempFile(dir, "orders", ".csv");
        return OrdersSource.csv(Files.writeString(file, content, StandardCharsets.UTF_8));
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private static SemanticColumn column(String name, ColumnType type, ColumnRole role) {
        return new SemanticColumn(name, type, role, null, null, null, null);
    }
}
