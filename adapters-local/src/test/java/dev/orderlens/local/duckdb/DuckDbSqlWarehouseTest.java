package dev.orderlens.local.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.orderlens.core.domain.table.Column;
import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.SqlWarehouse;
import dev.orderlens.testsupport.SqlWarehouseContract;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuckDbSqlWarehouseTest extends SqlWarehouseContract {

    private static final Duration SHORT = Duration.ofSeconds(10);
    private static final String ENDLESS = "SELECT count(*) FROM range(1000000000) a, range(1000000000) b";

    @TempDir
    static Path sharedDir;

    /** One warehouse for the tests that neither change the file nor depend on the number of connections. */
    private static DuckDbSqlWarehouse shared;

    @TempDir
    Path dir;

    private final List<DuckDbSqlWarehouse> opened = new ArrayList<>();

    @BeforeAll
    static void openSharedWarehouse() {
        shared = DuckDbSqlWarehouse.builder().databaseFile(ordersDatabase(sharedDir)).connections(3).build();
    }

    @AfterAll
    static void closeSharedWarehouse() {
        shared.close();
    }

    @AfterEach
    void closeWarehouses() {
        opened.forEach(DuckDbSqlWarehouse::close);
    }

    @Override
    protected SqlWarehouse warehouseReturning(String sql, SqlResult expected) {
        return open(TestDatabases.createTable(dir.resolve("scenario.duckdb"), TABLE, expected), 1);
    }

    @Override
    protected SqlWarehouse warehouseFailing(String sql, String errorMessage) {
        return open(TestDatabases.failingOnRead(dir.resolve("failing.duckdb"), TABLE, errorMessage), 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SELECT * FROM read_csv('/etc/passwd')         | file system operations are disabled
            SELECT * FROM read_text('/etc/hostname')      | file system operations are disabled
            SELECT * FROM glob('/etc/*')                  | file system operations are disabled
            COPY orders TO 'leak.csv'                     | file system operations are disabled
            EXPORT DATABASE 'leak'                        | file system operations are disabled
            ATTACH 'other.duckdb' AS other                | file system operations are disabled
            ATTACH ':memory:' AS scratch                  | read-only mode
            INSTALL httpfs                                | file system operations are disabled
            LOAD httpfs                                   | disabled through configuration
            INSERT INTO orders SELECT * FROM orders       | read-only mode
            DELETE FROM orders                            | read-only mode
            DROP TABLE orders                             | read-only mode
            CREATE TABLE copied AS SELECT * FROM orders   | read-only mode
            SET enable_external_access = true             | the configuration has been locked
            RESET enable_external_access                  | the configuration has been locked
            SET lock_configuration = false                | the configuration has been locked
            """)
    void refuses_what_the_sandbox_forbids(String sql, String reason) {
        DuckDbSqlWarehouse warehouse = shared;

        BackendException failure = catchThrowableOfType(BackendException.class, () -> warehouse.execute(query(sql)));

        assertThat(failure).isNotNull();
        assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
        assertThat(failure.getMessage()).contains(reason);
    }

    @Test
    void refused_statements_leave_the_database_and_the_file_system_untouched() {
        Path leak = dir.resolve("leak.csv");
        DuckDbSqlWarehouse warehouse = shared;

        for (String sql : List.of("COPY orders TO '" + leak + "'", "DELETE FROM orders",
                "ATTACH '" + dir.resolve("attached.duckdb") + "' AS attached")) {
            assertThatThrownBy(() -> warehouse.execute(query(sql))).isInstanceOf(BackendException.class);
        }

        assertThat(warehouse.execute(query("SELECT count(*) AS n FROM orders")).rows()).containsExactly(List.of(3L));
        assertThat(leak).doesNotExist();
        assertThat(dir.resolve("attached.duckdb")).doesNotExist();
    }

    @Test
    void cancels_a_long_query_when_its_timeout_runs_out_and_keeps_the_connection_usable() {
        DuckDbSqlWarehouse warehouse = open(ordersDatabase(), 1);
        long start = System.nanoTime();

        BackendException failure = catchThrowableOfType(BackendException.class,
                () -> warehouse.execute(new SqlQuery(ENDLESS, 10, Duration.ofMillis(300))));

        assertThat(failure).isNotNull();
        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure.getMessage()).contains("300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(warehouse.execute(query("SELECT 42 AS answer")).rows()).containsExactly(List.of(42L));
    }

    @Test
    void a_slow_query_does_not_hold_up_queries_on_other_connections() throws Exception {
        DuckDbSqlWarehouse warehouse = open(ordersDatabase(), 2);
        CompletableFuture<Kind> slow = CompletableFuture.supplyAsync(() -> kindOfFailure(
                () -> warehouse.execute(new SqlQuery(ENDLESS, 10, Duration.ofSeconds(1)))));
        Thread.sleep(100);

        SqlResult quick = warehouse.execute(query("SELECT count(*) AS n FROM orders"));

        assertThat(slow).isNotDone();
        assertThat(quick.rows()).containsExactly(List.of(3L));
        assertThat(slow.get()).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void times_out_waiting_when_every_connection_stays_busy() throws Exception {
        DuckDbSqlWarehouse warehouse = open(ordersDatabase(), 1);
        CompletableFuture<Kind> slow = CompletableFuture.supplyAsync(() -> kindOfFailure(
                () -> warehouse.execute(new SqlQuery(ENDLESS, 10, Duration.ofMillis(700)))));
        Thread.sleep(100);

        BackendException failure = catchThrowableOfType(BackendException.class,
                () -> warehouse.execute(new SqlQuery("SELECT 1", 10, Duration.ofMillis(150))));

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure.getMessage()).contains("1 busy connections");
        assertThat(slow.get()).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void serves_many_concurrent_queries_correctly() throws Exception {
        DuckDbSqlWarehouse warehouse = shared;
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<SqlResult>> answers = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                long limit = i % 3 + 1;
                answers.add(clients.submit(() -> warehouse.execute(
                        query("SELECT count(*) AS n FROM (SELECT * FROM orders ORDER BY order_id LIMIT " + limit + ")"))));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get().rows()).containsExactly(List.of((long) (i % 3 + 1)));
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void keeps_serving_after_a_failed_query_on_the_same_connection() {
        DuckDbSqlWarehouse warehouse = open(ordersDatabase(), 1);

        assertThatThrownBy(() -> warehouse.execute(query("SELECT carier FROM orders")))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining("carier");

        assertThat(warehouse.execute(query("SELECT count(*) FROM orders")).rows()).containsExactly(List.of(3L));
    }

    @Test
    void counts_every_row_of_a_large_result_while_holding_only_max_rows() {
        DuckDbSqlWarehouse warehouse = shared;

        SqlResult result = warehouse.execute(new SqlQuery("SELECT range AS n FROM range(200000)", 3, SHORT));

        assertThat(result.rows()).containsExactly(List.of(0L), List.of(1L), List.of(2L));
        assertThat(result.totalRows()).isEqualTo(200_000);
        assertThat(result.truncated()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SELECT * FROM orders ;;                  | 3
            SELECT * FROM orders -- every order      | 3
            WITH o AS (SELECT * FROM orders) FROM o  | 3
            PRAGMA table_info('orders')              | 5
            """)
    void reports_the_true_total_of_any_query_beyond_its_first_row(String sql, long total) {
        SqlResult result = shared.execute(new SqlQuery(sql, 1, SHORT));

        assertThat(result.rows()).hasSize(1);
        assertThat(result.totalRows()).isEqualTo(total);
        assertThat(result.truncated()).isTrue();
    }

    @Test
    void maps_duckdb_types_to_logical_types_and_plain_java_values() {
        DuckDbSqlWarehouse warehouse = shared;

        SqlResult result = warehouse.execute(query("""
                SELECT sum(quantity) AS units, min(quantity) AS smallest, sum(order_total) AS revenue,
                       avg(order_total) AS average, 0.1::FLOAT AS ratio, min(order_ts)::DATE AS first_day,
                       min(order_ts) AS first_order, TIMESTAMPTZ '2025-09-08 10:00:00+02' AS zoned,
                       'vip'::ENUM('vip', 'consumer') AS segment, [1, 2] AS numbers, INTERVAL 3 DAY AS span
                FROM orders"""));

        assertThat(result.columns()).extracting(Column::type).containsExactly(ColumnType.INTEGER,
                ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.DATE,
                ColumnType.TIMESTAMP, ColumnType.TIMESTAMP, ColumnType.STRING, ColumnType.OTHER, ColumnType.OTHER);
        assertThat(result.rows().get(0)).containsExactly(9L, 2L, new BigDecimal("36.25"), 36.25 / 3, 0.1,
                LocalDate.of(2025, 9, 8), LocalDateTime.of(2025, 9, 8, 10, 0), LocalDateTime.of(2025, 9, 8, 8, 0),
                "vip", "[1, 2]", "3 days");
    }

    @Test
    void rejects_an_integer_that_does_not_fit_in_a_long() {
        DuckDbSqlWarehouse warehouse = shared;

        assertThatThrownBy(() -> warehouse.execute(query("SELECT 170141183460469231731687303715884105727::HUGEINT AS huge")))
                .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED))
                .hasMessageContaining("huge");
    }

    @Test
    void two_warehouses_over_the_same_file_share_its_sandbox() {
        Path file = ordersDatabase();
        DuckDbSqlWarehouse first = open(file, 1);
        DuckDbSqlWarehouse second = open(file, 1);

        assertThat(first.execute(query("SELECT count(*) FROM orders")).rows()).containsExactly(List.of(3L));
        assertThatThrownBy(() -> second.execute(query("SELECT * FROM read_csv('/etc/passwd')")))
                .hasMessageContaining("disabled");
    }

    @Test
    void refuses_queries_once_closed() {
        DuckDbSqlWarehouse warehouse = open(ordersDatabase(), 1);
        warehouse.close();

        assertThatThrownBy(() -> warehouse.execute(query("SELECT 1"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void speaks_the_duckdb_dialect() {
        assertThat(shared.dialect()).isEqualTo(SqlDialect.DUCKDB);
    }

    @Test
    void fails_to_build_over_a_missing_file_naming_it() {
        Path missing = dir.resolve("missing.duckdb");

        assertThatThrownBy(() -> DuckDbSqlWarehouse.builder().databaseFile(missing).build())
                .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE))
                .hasMessageContaining(missing.toString());
        assertThat(missing).doesNotExist();
    }

    @Test
    void needs_at_least_one_connection() {
        assertThatThrownBy(() -> DuckDbSqlWarehouse.builder().connections(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Path ordersDatabase() {
        return ordersDatabase(dir);
    }

    private static Path ordersDatabase(Path directory) {
        return TestDatabases.execute(directory.resolve("orders.duckdb"),
                "CREATE TABLE orders (order_id VARCHAR, quantity INTEGER, order_total DECIMAL(10,2),"
                        + " order_ts TIMESTAMP, carrier VARCHAR)",
                "INSERT INTO orders VALUES ('ORD-000001', 2, 10.50, '2025-09-08 10:00:00', 'FedEx'),"
                        + " ('ORD-000002', 3, 20.00, '2025-09-09 11:00:00', 'UPS'),"
                        + " ('ORD-000003', 4, 5.75, '2025-09-10 12:30:00', NULL)");
    }

    private DuckDbSqlWarehouse open(Path file, int connections) {
        DuckDbSqlWarehouse warehouse = DuckDbSqlWarehouse.builder().databaseFile(file).connections(connections).build();
        opened.add(warehouse);
        return warehouse;
    }

    private static SqlQuery query(String sql) {
        return new SqlQuery(sql, 100, SHORT);
    }

    private static Kind kindOfFailure(Runnable call) {
        try {
            call.run();
            return null;
        } catch (BackendException e) {
            return e.kind();
        }
    }
}
