package dev.orderlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.RagAnswer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.domain.order.OrderValues;
import dev.orderlens.core.domain.route.RoutePreference;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.ingest.IngestReceipt.Outcome;
import dev.orderlens.core.ingest.IngestReceipt;
import dev.orderlens.core.pipeline.AskCommand;
import dev.orderlens.local.sample.SampleDataset;
import dev.orderlens.testsupport.OrderEventStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Order events through the real embedded stack: journal, DuckDB, Lucene, and the answers that follow. */
class OrderEventIngestEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SAMPLE_ORDERS = 1_000;
    private static final Duration APPLY_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path home;

    private OrderLens start() {
        return OrderLensWiring.start(Map.of("ORDERLENS_HOME", home.toString(),
                "ORDERLENS_SAMPLE_ORDERS", Integer.toString(SAMPLE_ORDERS), "ORDERLENS_INGEST", "on"),
                StartupListener.SILENT);
    }

    @Test
    void two_thousand_events_with_duplicates_reordering_and_invalid_ones_leave_exactly_the_expected_table()
            throws Exception {
        try (OrderLens orderLens = start()) {
            Map<String, Map<OrderColumn, Object>> before = table(orderLens);
            OrderEventStream stream = OrderEventStream.generate(42, List.copyOf(before.keySet()), 250, 2_000, 0.05);
            OrderIngest ingest = orderLens.ingest().orElseThrow();

            List<IngestReceipt> receipts = submitInBatches(ingest, stream.arrivals(), new Random(7));

            assertThat(count(receipts, Outcome.ACCEPTED)).isEqualTo(stream.validEvents().size());
            assertThat(count(receipts, Outcome.DUPLICATE)).isEqualTo(stream.duplicateCount());
            assertThat(count(receipts, Outcome.REJECTED)).isEqualTo(stream.invalidCount()).isEqualTo(100);
            assertThat(ingest.awaitApplied(last(receipts), APPLY_TIMEOUT)).isTrue();
            assertTableIsExactly(orderLens, before, stream.expected(before));
            assertThat(ingest.status().waitingForCreation()).isZero();
        }
    }

    @Test
    void events_wait_while_the_warehouse_is_held_elsewhere_and_survive_a_restart_applied_exactly_once()
            throws Exception {
        Map<String, Map<OrderColumn, Object>> before;
        OrderEventStream stream;
        List<Map<String, Object>> arrivals;
        try (OrderLens first = start()) {
            before = table(first);
            stream = OrderEventStream.generate(99, List.copyOf(before.keySet()), 120, 1_000, 0.05);
            arrivals = stream.arrivals();
            OrderIngest ingest = first.ingest().orElseThrow();
            List<IngestReceipt> early = submitInBatches(ingest, arrivals.subList(0, 300), new Random(1));
            assertThat(ingest.awaitApplied(last(early), APPLY_TIMEOUT)).isTrue();

            try (Connection holder = holdWarehouseFile()) {
                List<IngestReceipt> held = submitInBatches(ingest, arrivals.subList(300, 700), new Random(2));
                assertThat(ingest.awaitApplied(last(held), Duration.ofSeconds(3))).isFalse();
                assertThat(ingest.status().pending()).isPositive();
                assertThat(ingest.status().lastFailure()).hasValueSatisfying(reason -> assertThat(reason)
                        .contains("orders.duckdb"));
                assertThat(first.runSql("SELECT count(*) FROM orders").rows()).isNotEmpty();
            }
        }
        try (OrderLens second = start()) {
            OrderIngest ingest = second.ingest().orElseThrow();
            List<IngestReceipt> rest = submitInBatches(ingest, arrivals.subList(700, arrivals.size()),
                    new Random(3));
            List<IngestReceipt> resent = submitInBatches(ingest, arrivals.subList(0, 700), new Random(4));

            assertThat(count(resent, Outcome.ACCEPTED)).isZero();
            assertThat(ingest.awaitApplied(Math.max(last(rest), last(resent)), APPLY_TIMEOUT)).isTrue();
            assertTableIsExactly(second, before, stream.expected(before));
        }
    }

    @Test
    void an_event_posted_shows_up_in_the_next_sql_and_rag_answers() throws Exception {
        try (OrderLens orderLens = start()) {
            OrderIngest ingest = orderLens.ingest().orElseThrow();
            IngestReceipt receipt = ingest.submitJson("""
                    [{"version":"0","id":"e-1","detail-type":"Order Created","source":"shop","account":"1",
                      "time":"2026-01-03T10:00:00Z","region":"us-east-1","resources":[],
                      "detail":{"orderId":"ORD-777001","customerId":"CUST-77","customerSegment":"consumer",
                                "channel":"web","shipCity":"Denver","shipState":"CO","shipRegion":"West",
                                "category":"Toys","productName":"Kite","sku":"SKU-KITE","quantity":2,
                                "unitPrice":49.5,"shippingFee":5,"paymentMethod":"paypal",
                                "promisedDate":"2026-01-08"}},
                     {"version":"0","id":"e-2","detail-type":"Support Ticket Opened","source":"helpdesk",
                      "account":"1","time":"2026-01-03T12:00:00Z","region":"us-east-1","resources":[],
                      "detail":{"orderId":"ORD-777001",
                                "note":"Customer says the kite arrived with a snapped spar and a torn sail."}}]
                    """);
            assertThat(ingest.awaitApplied(receipt.sequence(), APPLY_TIMEOUT)).isTrue();

            Answer sql = orderLens.assistant().ask(new AskCommand("What is the status of order ORD-777001?",
                    SessionId.random().value(), RoutePreference.SQL, List.of()));
            assertThat(sql).isInstanceOf(SqlAnswer.class);
            assertThat(((SqlAnswer) sql).result().rows().toString()).contains("pending");

            Answer rag = orderLens.assistant().ask(new AskCommand("Which customer complained about a snapped kite spar?",
                    SessionId.random().value(), RoutePreference.RAG, List.of()));
            assertThat(((RagAnswer) rag).sources()).extracting(Passage::id).contains("order-ORD-777001");
        }
    }

    private static List<IngestReceipt> submitInBatches(OrderIngest ingest, List<Map<String, Object>> events,
            Random random) throws Exception {
        List<IngestReceipt> receipts = new ArrayList<>();
        for (int from = 0; from < events.size(); ) {
            int to = Math.min(events.size(), from + 1 + random.nextInt(60));
            List<Map<String, Object>> batch = events.subList(from, to);
            String body = batch.size() == 1 && random.nextBoolean() ? JSON.writeValueAsString(batch.get(0))
                    : JSON.writeValueAsString(batch);
            receipts.add(ingest.submitJson(body));
            from = to;
        }
        return receipts;
    }

    private static long count(List<IngestReceipt> receipts, Outcome outcome) {
        return receipts.stream().mapToLong(receipt -> receipt.count(outcome)).sum();
    }

    private static long last(List<IngestReceipt> receipts) {
        return receipts.stream().mapToLong(IngestReceipt::sequence).max().orElseThrow();
    }

    /** Another holder of the file, as another process reading it would be: writes are refused meanwhile. */
    private Connection holdWarehouseFile() throws Exception {
        Properties sameAsQueries = new Properties();
        sameAsQueries.setProperty("duckdb.read_only", "true");
        sameAsQueries.setProperty("enable_external_access", "false");
        return DriverManager.getConnection("jdbc:duckdb:" + home.resolve("data").resolve(SampleDataset.ORDERS_FILE)
                .toAbsolutePath().normalize(), sameAsQueries);
    }

    private static Map<String, Map<OrderColumn, Object>> table(OrderLens orderLens) {
        String columns = Arrays.stream(OrderColumn.values()).map(OrderColumn::column).collect(Collectors.joining(", "));
        SqlResult result = orderLens.runSql("SELECT " + columns + " FROM orders ORDER BY order_id");
        Map<String, Map<OrderColumn, Object>> rows = new LinkedHashMap<>();
        for (List<Object> values : result.rows()) {
            Map<OrderColumn, Object> row = new EnumMap<>(OrderColumn.class);
            for (OrderColumn column : OrderColumn.values()) {
                row.put(column, OrderValues.canonical(column.type(), values.get(column.ordinal())));
            }
            rows.put((String) row.get(OrderColumn.ORDER_ID), row);
        }
        return rows;
    }

    private static void assertTableIsExactly(OrderLens orderLens, Map<String, Map<OrderColumn, Object>> before,
            Map<String, Map<OrderColumn, Object>> expectedTouched) {
        Map<String, Map<OrderColumn, Object>> expected = new LinkedHashMap<>(before);
        expected.putAll(expectedTouched);
        Map<String, Map<OrderColumn, Object>> after = table(orderLens);
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Map.Entry<String, Map<OrderColumn, Object>> row : expected.entrySet()) {
            assertThat(after.get(row.getKey())).as(row.getKey()).isEqualTo(row.getValue());
        }
    }
}
