package dev.orderlens.local.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.order.OrderChange;
import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.local.sample.ProgressListener;
import dev.orderlens.local.sample.SampleDataGenerator;
import dev.orderlens.local.sample.SampleOptions;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbOrderTableWriterTest {

    private static final int ORDERS = SampleOptions.MIN_ORDER_COUNT;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    static Path sampleDir;

    private static Path sample;

    @TempDir
    Path dir;

    private DuckDbSqlWarehouse warehouse;
    private DuckDbOrderTableWriter writer;
    private String existingId;

    @BeforeAll
    static void generateSample() {
        sample = sampleDir.resolve("orders.duckdb");
        new SampleDataGenerator(SampleOptions.defaults().withOrderCount(ORDERS)).generate(sample, ProgressListener.NONE);
    }

    @BeforeEach
    void openCopy() throws IOException {
        Path file = Files.copy(sample, dir.resolve("orders.duckdb"));
        warehouse = DuckDbSqlWarehouse.builder().databaseFile(file).connections(3).build();
        writer = DuckDbOrderTableWriter.of(warehouse, "orders");
        existingId = (String) single("SELECT order_id FROM orders WHERE status = 'shipped' ORDER BY order_id LIMIT 1");
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void updates_only_the_changed_columns_of_an_existing_order() {
        Map<OrderColumn, Object> before = writer.read(List.of(existingId)).get(existingId);
        Object csatBefore = single("SELECT csat_score FROM orders WHERE order_id = '" + existingId + "'");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", "delivered");
        values.put("delivered_at", LocalDateTime.parse("2026-01-07T16:45:10.123456"));
        values.put("is_late", false);
        values.put("support_tickets", 7L);

        writer.write(List.of(new OrderChange(existingId, true, values)));

        Map<OrderColumn, Object> expected = new EnumMap<>(before);
        expected.put(OrderColumn.STATUS, "delivered");
        expected.put(OrderColumn.DELIVERED_AT, LocalDateTime.parse("2026-01-07T16:45:10.123456"));
        expected.put(OrderColumn.IS_LATE, false);
        expected.put(OrderColumn.SUPPORT_TICKETS, 7L);
        assertThat(writer.read(List.of(existingId)).get(existingId)).isEqualTo(expected);
        assertThat(single("SELECT csat_score FROM orders WHERE order_id = '" + existingId + "'")).isEqualTo(csatBefore);
        assertThat(count("SELECT count(*) FROM orders WHERE status = 'delivered' AND order_id = '" + existingId + "'"))
                .isEqualTo(1);
    }

    @Test
    void queries_keep_working_while_writes_run_and_after() throws Exception {
        int writes = 6;
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> queried = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                queried.add(readers.submit(() -> {
                    int queries = 0;
                    while (writing.get()) {
                        long total = count("SELECT count(*) FROM orders");
                        assertThat(total).isBetween((long) ORDERS, (long) ORDERS + writes);
                        queries++;
                    }
                    return queries;
                }));
            }
            for (int i = 0; i < writes; i++) {
                writer.write(List.of(newOrder("ORD-LOOP-" + i),
                        new OrderChange(existingId, true, Map.of("support_tickets", (long) i))));
            }
            writing.set(false);
            for (Future<Integer> queries : queried) {
                assertThat(queries.get()).isPositive();
            }
        } finally {
            readers.shutdownNow();
        }

        assertThat(count("SELECT count(*) FROM orders")).isEqualTo(ORDERS + writes);
        assertThat(single("SELECT support_tickets FROM orders WHERE order_id = '" + existingId + "'"))
                .isEqualTo((long) writes - 1);
    }

    @Test
    void the_query_sandbox_still_refuses_writes_after_a_write() {
        writer.write(List.of(newOrder("ORD-NEW-3")));

        for (String sql : List.of("DELETE FROM orders", "UPDATE orders SET status = 'lost'",
                "INSERT INTO orders (order_id) VALUES ('ORD-SNEAKY')", "SET lock_configuration = false")) {
            assertThatThrownBy(() -> warehouse.execute(new SqlQuery(sql, 10, TIMEOUT))).as(sql)
                    .isInstanceOfSatisfying(BackendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED));
        }
        assertThat(count("SELECT count(*) FROM orders")).isEqualTo(ORDERS + 1);
    }

    @Test
    void fails_as_unavailable_while_another_holder_has_the_file_and_keeps_answering_queries() throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        readOnly.setProperty("enable_external_access", "false");
        try (Connection foreign = DriverManager.getConnection(DuckDbFiles.jdbcUrl(dir.resolve("orders.duckdb")),
                readOnly)) {
            assertThatThrownBy(() -> writer.write(List.of(newOrder("ORD-NEW-4"))))
                    .isInstanceOfSatisfying(BackendException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
                        assertThat(e.getMessage()).contains("orders.duckdb");
                    });

            assertThat(count("SELECT count(*) FROM orders")).isEqualTo(ORDERS);
            assertThat(foreign.isClosed()).isFalse();
        }

        writer.write(List.of(newOrder("ORD-NEW-4")));
        assertThat(count("SELECT count(*) FROM orders")).isEqualTo(ORDERS + 1);
    }

    /** A new order as ingest inserts it: every column events give a new order, with the defaults ingest fills. */
    private static OrderChange newOrder(String orderId) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("order_id", orderId);
        values.put("order_ts", LocalDateTime.parse("2026-01-05T10:15:30"));
        values.put("customer_id", "CUST-00001");
        values.put("customer_segment", "consumer");
        values.put("channel", "web");
        values.put("ship_city", "Austin");
        values.put("ship_state", "TX");
        values.put("ship_region", "South");
        values.put("category", "Electronics");
        values.put("product_name", "USB-C Hub");
        values.put("sku", "ELE-0001");
        values.put("quantity", 2L);
        values.put("unit_price", new BigDecimal("19.99"));
        values.put("discount_amount", new BigDecimal("0.00"));
        values.put("shipping_fee", new BigDecimal("0.00"));
        values.put("order_total", new BigDecimal("39.98"));
        values.put("payment_method", "card");
        values.put("status", "pending");
        values.put("promised_date", LocalDate.parse("2026-01-09"));
        values.put("is_late", null);
        values.put("refund_amount", new BigDecimal("0.00"));
        values.put("support_tickets", 0L);
        return new OrderChange(orderId, false, values);
    }

    private Object single(String sql) {
        return warehouse.execute(new SqlQuery(sql, 1, TIMEOUT)).rows().get(0).get(0);
    }

    private long count(String sql) {
        return ((Number) single(sql)).longValue();
    }
}
