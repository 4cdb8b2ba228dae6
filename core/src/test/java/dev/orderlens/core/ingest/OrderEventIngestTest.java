package dev.orderlens.core.ingest;

import static dev.orderlens.core.ingest.Envelopes.createdDetail;
import static dev.orderlens.core.ingest.Envelopes.detail;
import static dev.orderlens.core.ingest.Envelopes.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.order.OrderChange;
import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.domain.order.OrderEventType;
import dev.orderlens.core.ingest.IngestReceipt.EventResult;
import dev.orderlens.core.ingest.IngestReceipt.Outcome;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.EventJournal;
import dev.orderlens.core.port.OrderIndexUpdater;
import dev.orderlens.core.port.OrderTableWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderEventIngestTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String EXISTING = "ORD-000001";

    private final List<String> timeline = Collections.synchronizedList(new ArrayList<>());
    private final InMemoryJournal journal = new InMemoryJournal(timeline);
    private final InMemoryOrderTable table = new InMemoryOrderTable(timeline);
    private final RecordingIndex index = new RecordingIndex();
    private final List<OrderEventIngest> running = new ArrayList<>();

    @AfterEach
    void closeIngests() {
        running.forEach(OrderEventIngest::close);
    }

    @Test
    void applies_accepted_events_in_the_background() throws InterruptedException {
        table.put(existingRow());
        OrderEventIngest ingest = started(journal);

        IngestReceipt receipt = ingest.submit(envelope("evt-1", OrderEventType.SHIPPED, "2026-01-06T09:00:00Z",
                detail(EXISTING, "carrier", "UPS")));

        assertThat(receipt.results()).extracting(EventResult::outcome).containsExactly(Outcome.ACCEPTED);
        assertThat(receipt.sequence()).isEqualTo(1);
        assertThat(ingest.awaitApplied(receipt.sequence(), WAIT)).isTrue();
        assertThat(table.row(EXISTING)).containsEntry(OrderColumn.STATUS, "shipped")
                .containsEntry(OrderColumn.CARRIER, "UPS")
                .containsEntry(OrderColumn.SHIPPED_AT, LocalDateTime.parse("2026-01-06T09:00:00"));
        assertThat(index.orderIds()).containsExactly(EXISTING);
        assertThat(ingest.status()).isEqualTo(new IngestStatus(1, 1, 0, Optional.empty(), Map.of()));
    }

    @Test
    void accepts_a_single_event_object_as_well_as_a_list() {
        OrderEventIngest ingest = started(journal);

        IngestReceipt receipt = ingest.submit(List.of(paid("evt-1"), paid("evt-2")));

        assertThat(receipt.count(Outcome.ACCEPTED)).isEqualTo(2);
        assertThat(receipt.sequence()).isEqualTo(2);
    }

    @Test
    void drops_duplicate_event_ids_within_a_batch_and_across_batches() {
        OrderEventIngest ingest = started(journal);
        Map<String, Object> sameIdOtherContent = envelope("evt-1", OrderEventType.CANCELLED, Envelopes.TIME,
                detail(EXISTING));

        IngestReceipt first = ingest.submit(List.of(paid("evt-1"), paid("evt-1"), paid("evt-2")));
        IngestReceipt second = ingest.submit(List.of(paid("evt-2"), paid("evt-3"), sameIdOtherContent));

        assertThat(first.results()).extracting(EventResult::outcome)
                .containsExactly(Outcome.ACCEPTED, Outcome.DUPLICATE, Outcome.ACCEPTED);
        assertThat(second.results()).extracting(EventResult::outcome)
                .containsExactly(Outcome.DUPLICATE, Outcome.ACCEPTED, Outcome.DUPLICATE);
        assertThat(second.results()).extracting(EventResult::eventId).containsExactly("evt-2", "evt-3", "evt-1");
        assertThat(second.sequence()).isEqualTo(3);
        assertThat(journal.eventIds()).containsExactly("evt-1", "evt-2", "evt-3");
    }

    @Test
    void answers_a_batch_of_duplicates_only_with_the_last_sequence_so_far() {
        OrderEventIngest ingest = started(journal);
        ingest.submit(List.of(paid("evt-1"), paid("evt-2")));

        IngestReceipt receipt = ingest.submit(paid("evt-1"));

        assertThat(receipt.results()).extracting(EventResult::outcome).containsExactly(Outcome.DUPLICATE);
        assertThat(receipt.sequence()).isEqualTo(2);
        assertThat(journal.eventIds()).hasSize(2);
    }

    @Test
    void journals_no_rejected_event_and_answers_in_request_order() {
        OrderEventIngest ingest = started(journal);
        Map<String, Object> noCarrier = envelope("evt-bad", OrderEventType.SHIPPED, Envelopes.TIME, detail(EXISTING));

        IngestReceipt receipt = ingest.submit(List.of(paid("evt-1"), noCarrier, paid("evt-2")));

        assertThat(receipt.results()).extracting(EventResult::index).containsExactly(0, 1, 2);
        assertThat(receipt.results()).extracting(EventResult::outcome)
                .containsExactly(Outcome.ACCEPTED, Outcome.REJECTED, Outcome.ACCEPTED);
        assertThat(receipt.results().get(1).rejection().field()).isEqualTo("detail.carrier");
        assertThat(receipt.results().get(1).eventId()).isEqualTo("evt-bad");
        assertThat(journal.eventIds()).containsExactly("evt-1", "evt-2");
    }

    @Test
    void journals_nothing_for_a_request_of_rejected_events_only() {
        OrderEventIngest ingest = started(journal);

        IngestReceipt receipt = ingest.submit(envelope("evt-bad", OrderEventType.PAID, "yesterday", detail(EXISTING)));

        assertThat(receipt.count(Outcome.REJECTED)).isEqualTo(1);
        assertThat(receipt.sequence()).isZero();
        assertThat(journal.eventIds()).isEmpty();
    }

    @Test
    void journals_the_rows_the_table_held_before_the_first_write() throws InterruptedException {
        table.put(existingRow());
        OrderEventIngest ingest = started(journal);

        IngestReceipt receipt = ingest.submit(List.of(
                envelope("evt-1", OrderEventType.CREATED, Envelopes.TIME, createdDetail("ORD-000009")),
                ticket("evt-2", EXISTING)));
        assertThat(ingest.awaitApplied(receipt.sequence(), WAIT)).isTrue();

        assertThat(timeline).containsSubsequence("base ORD-000009", "write ORD-000009");
        assertThat(timeline).containsSubsequence("base " + EXISTING, "write " + EXISTING);
        assertThat(journal.baseRows()).containsEntry("ORD-000009", null).containsEntry(EXISTING, existingRow());
        assertThat(timeline).last().isEqualTo("applied 2");
    }

    @Test
    void keeps_events_pending_while_the_table_write_fails_and_retries_until_it_succeeds() throws InterruptedException {
        table.put(existingRow());
        table.failWrites(true);
        OrderEventIngest ingest = started(journal);

        IngestReceipt receipt = ingest.submit(ticket("evt-1", EXISTING));

        awaitTrue(() -> table.writeAttempts() >= 3, "three attempts to write");
        IngestStatus failing = ingest.status();
        assertThat(failing.pending()).isEqualTo(1);
        assertThat(failing.lastFailure()).hasValueSatisfying(reason -> assertThat(reason).contains("warehouse is down"));
        assertThat(ingest.awaitApplied(receipt.sequence(), Duration.ofMillis(20))).isFalse();

        table.failWrites(false);

        assertThat(ingest.awaitApplied(receipt.sequence(), WAIT)).isTrue();
        assertThat(ingest.status().lastFailure()).isEmpty();
        assertThat(ingest.status().pending()).isZero();
        assertThat(table.row(EXISTING)).containsEntry(OrderColumn.SUPPORT_TICKETS, 3L);
    }

    @Test
    void an_order_the_warehouse_refuses_is_skipped_and_reported_while_the_other_orders_are_applied()
            throws InterruptedException {
        table.put(existingRow());
        table.refuse(EXISTING);
        OrderEventIngest ingest = started(journal);

        IngestReceipt receipt = ingest.submit(List.of(ticket("evt-1", EXISTING), envelope("evt-2",
                OrderEventType.CREATED, Envelopes.TIME, createdDetail("ORD-000009"))));

        assertThat(ingest.awaitApplied(receipt.sequence(), WAIT)).isTrue();
        assertThat(table.row("ORD-000009")).containsEntry(OrderColumn.STATUS, "pending");
        assertThat(ingest.status().refusedOrders()).containsOnlyKeys(EXISTING);
        assertThat(ingest.status().refusedOrders().get(EXISTING)).contains("value out of range");
        assertThat(ingest.status().lastFailure()).isEmpty();
        assertThat(index.orderIds()).containsExactly("ORD-000009");
    }

    @Test
    void a_crash_between_the_write_and_journaling_it_applied_leaves_the_table_as_if_applied_once()
            throws InterruptedException {
        table.put(existingRow());
        journal.crashOnApplied();
        OrderEventIngest beforeCrash = started(journal);
        beforeCrash.submit(List.of(ticket("evt-1", EXISTING),
                envelope("evt-2", OrderEventType.CREATED, Envelopes.TIME, createdDetail("ORD-000009"))));
        awaitTrue(() -> table.writeAttempts() >= 1, "the first write");
        beforeCrash.close();
        Map<OrderColumn, Object> written = table.row(EXISTING);
        assertThat(written).containsEntry(OrderColumn.SUPPORT_TICKETS, 3L);
        assertThat(beforeCrash.status().applied()).isZero();

        OrderEventIngest afterRestart = started(journal.reopened());

        assertThat(afterRestart.status().journaled()).isEqualTo(2);
        assertThat(afterRestart.awaitApplied(2, WAIT)).isTrue();
        assertThat(table.row(EXISTING)).isEqualTo(written).containsEntry(OrderColumn.SUPPORT_TICKETS, 3L);
        assertThat(table.row("ORD-000009")).containsEntry(OrderColumn.SUPPORT_TICKETS, 0L);
        assertThat(table.size()).isEqualTo(2);
    }

    @Test
    void after_a_restart_applies_what_was_not_applied_and_knows_the_ids_it_took() throws InterruptedException {
        table.put(existingRow());
        OrderEventIngest first = started(journal);
        IngestReceipt applied = first.submit(ticket("evt-1", EXISTING));
        assertThat(first.awaitApplied(applied.sequence(), WAIT)).isTrue();
        table.failWrites(true);
        first.submit(ticket("evt-2", EXISTING));
        awaitTrue(() -> table.writeAttempts() >= 2, "a failed write");
        first.close();
        table.failWrites(false);

        OrderEventIngest second = started(journal.reopened());
        IngestReceipt resent = second.submit(List.of(ticket("evt-1", EXISTING), ticket("evt-2", EXISTING)));

        assertThat(resent.count(Outcome.DUPLICATE)).isEqualTo(2);
        assertThat(second.awaitApplied(2, WAIT)).isTrue();
        assertThat(table.row(EXISTING)).containsEntry(OrderColumn.SUPPORT_TICKETS, 4L);
    }

    @Test
    void holds_an_order_until_its_created_event_arrives() throws InterruptedException {
        OrderEventIngest ingest = started(journal);

        IngestReceipt early = ingest.submit(envelope("evt-2", OrderEventType.SHIPPED, "2026-01-06T09:00:00Z",
                detail("ORD-000009", "carrier", "DHL")));
        assertThat(ingest.awaitApplied(early.sequence(), WAIT)).isTrue();

        assertThat(table.row("ORD-000009")).isNull();
        assertThat(ingest.status().waitingForCreation()).isEqualTo(1);

        IngestReceipt created = ingest.submit(envelope("evt-1", OrderEventType.CREATED, Envelopes.TIME,
                createdDetail("ORD-000009")));
        assertThat(ingest.awaitApplied(created.sequence(), WAIT)).isTrue();

        assertThat(ingest.status().waitingForCreation()).isZero();
        assertThat(table.row("ORD-000009")).containsEntry(OrderColumn.STATUS, "shipped")
                .containsEntry(OrderColumn.CARRIER, "DHL");
    }

    @Test
    void refuses_events_before_start_and_after_close() {
        OrderEventIngest ingest = builder(journal).build();

        assertThatThrownBy(() -> ingest.submit(paid("evt-1"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not running");
        ingest.start();
        ingest.close();
        assertThatThrownBy(() -> ingest.submit(paid("evt-1"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not running");
        assertThat(journal.eventIds()).isEmpty();
    }

    @Test
    void cannot_be_started_twice() {
        OrderEventIngest ingest = started(journal);

        assertThatThrownBy(ingest::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void accepts_nothing_when_the_journal_cannot_be_written_and_takes_the_events_when_resent() {
        OrderEventIngest ingest = started(journal);
        journal.failEventAppends(true);

        assertThatThrownBy(() -> ingest.submit(List.of(paid("evt-1"), paid("evt-2"))))
                .isInstanceOf(BackendException.class).hasMessageContaining("disk full");
        assertThat(ingest.status().journaled()).isZero();

        journal.failEventAppends(false);
        IngestReceipt resent = ingest.submit(List.of(paid("evt-1"), paid("evt-2")));

        assertThat(resent.count(Outcome.ACCEPTED)).isEqualTo(2);
        assertThat(resent.sequence()).isEqualTo(2);
    }

    @Test
    void refuses_an_empty_batch_before_touching_the_journal() {
        OrderEventIngest ingest = started(journal);

        assertThatThrownBy(() -> ingest.submit(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(journal.eventIds()).isEmpty();
    }

    private OrderEventIngest started(InMemoryJournal journal) {
        OrderEventIngest ingest = builder(journal).build();
        running.add(ingest);
        ingest.start();
        return ingest;
    }

    private OrderEventIngest.Builder builder(InMemoryJournal journal) {
        return OrderEventIngest.builder().journal(journal).orderTable(table).orderIndex(index)
                .retryPauses(Duration.ofMillis(2), Duration.ofMillis(10));
    }

    private static Map<String, Object> paid(String id) {
        return envelope(id, OrderEventType.PAID, Envelopes.TIME, detail(EXISTING));
    }

    private static Map<String, Object> ticket(String id, String orderId) {
        return envelope(id, OrderEventType.SUPPORT_TICKET_OPENED, Envelopes.TIME, detail(orderId, "note", "Late"));
    }

    private static Map<OrderColumn, Object> existingRow() {
        Map<OrderColumn, Object> row = new EnumMap<>(OrderColumn.class);
        row.put(OrderColumn.ORDER_ID, EXISTING);
        row.put(OrderColumn.ORDER_TS, LocalDateTime.parse("2026-01-02T08:00:00"));
        row.put(OrderColumn.QUANTITY, 1L);
        row.put(OrderColumn.UNIT_PRICE, new BigDecimal("10.00"));
        row.put(OrderColumn.ORDER_TOTAL, new BigDecimal("10.00"));
        row.put(OrderColumn.STATUS, "processing");
        row.put(OrderColumn.CARRIER, null);
        row.put(OrderColumn.PROMISED_DATE, LocalDate.parse("2026-01-09"));
        row.put(OrderColumn.SUPPORT_TICKETS, 2L);
        return row;
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(1);
        }
    }

    /** A journal in memory; {@link #reopened} is what a restarted process would read back. */
    private static final class InMemoryJournal implements EventJournal {

        private interface Entry {
            void replay(Visitor visitor);
        }

        private record Event(long sequence, Map<String, Object> envelope) implements Entry {
            public void replay(Visitor visitor) {
                visitor.event(sequence, envelope);
            }
        }

        private record Base(String orderId, Map<OrderColumn, Object> row) implements Entry {
            public void replay(Visitor visitor) {
                visitor.baseRow(orderId, row);
            }
        }

        private record Applied(long sequence) implements Entry {
            public void replay(Visitor visitor) {
                visitor.applied(sequence);
            }
        }

        private final List<Entry> entries;
        private final List<String> timeline;
        private volatile boolean failEventAppends;
        private volatile boolean crashOnApplied;

        InMemoryJournal(List<String> timeline) {
            this(new ArrayList<>(), timeline);
        }

        private InMemoryJournal(List<Entry> entries, List<String> timeline) {
            this.entries = entries;
            this.timeline = timeline;
        }

        synchronized InMemoryJournal reopened() {
            return new InMemoryJournal(new ArrayList<>(entries), timeline);
        }

        void failEventAppends(boolean fail) {
            failEventAppends = fail;
        }

        /** Every "applied" record from now on is lost, as if the process died before writing it. */
        void crashOnApplied() {
            crashOnApplied = true;
        }

        synchronized List<String> eventIds() {
            return entries.stream().filter(Event.class::isInstance)
                    .map(entry -> (String) ((Event) entry).envelope().get("id")).toList();
        }

        synchronized Map<String, Map<OrderColumn, Object>> baseRows() {
            Map<String, Map<OrderColumn, Object>> rows = new HashMap<>();
            entries.stream().filter(Base.class::isInstance).map(Base.class::cast)
                    .forEach(base -> rows.put(base.orderId(), base.row()));
            return rows;
        }

        @Override
        public synchronized long appendEvents(List<Map<String, Object>> envelopes) {
            if (failEventAppends) {
                throw new BackendException("journal", BackendException.Kind.UNAVAILABLE, "disk full");
            }
            long sequence = entries.stream().filter(Event.class::isInstance).count();
            for (Map<String, Object> envelope : envelopes) {
                entries.add(new Event(++sequence, new LinkedHashMap<>(envelope)));
            }
            return sequence;
        }

        @Override
        public synchronized void appendBaseRows(Map<String, Map<OrderColumn, Object>> rowsByOrder) {
            rowsByOrder.forEach((orderId, row) -> {
                entries.add(new Base(orderId, row == null ? null : new EnumMap<>(row)));
                timeline.add("base " + orderId);
            });
        }

        @Override
        public synchronized void appendApplied(long sequence) {
            if (crashOnApplied) {
                throw new BackendException("journal", BackendException.Kind.UNAVAILABLE, "process killed");
            }
            entries.add(new Applied(sequence));
            timeline.add("applied " + sequence);
        }

        @Override
        public synchronized void replay(Visitor visitor) {
            entries.forEach(entry -> entry.replay(visitor));
        }

        @Override
        public void close() {
        }
    }

    /** An orders table in memory that updates the orders it holds and inserts new ones, as the port says. */
    private static final class InMemoryOrderTable implements OrderTableWriter {

        private final Map<String, Map<OrderColumn, Object>> rows = new HashMap<>();
        private final List<String> timeline;
        private final AtomicInteger writeAttempts = new AtomicInteger();
        private volatile boolean failWrites;
        private volatile String refusedOrder;

        InMemoryOrderTable(List<String> timeline) {
            this.timeline = timeline;
        }

        synchronized void put(Map<OrderColumn, Object> row) {
            rows.put((String) row.get(OrderColumn.ORDER_ID), new EnumMap<>(row));
        }

        synchronized Map<OrderColumn, Object> row(String orderId) {
            Map<OrderColumn, Object> row = rows.get(orderId);
            return row == null ? null : new EnumMap<>(row);
        }

        synchronized int size() {
            return rows.size();
        }

        void failWrites(boolean fail) {
            failWrites = fail;
        }

        /** Refuses every write that holds this order, as a warehouse refuses a value it will never accept. */
        void refuse(String orderId) {
            refusedOrder = orderId;
        }

        int writeAttempts() {
            return writeAttempts.get();
        }

        @Override
        public synchronized Map<String, Map<OrderColumn, Object>> read(Collection<String> orderIds) {
            Map<String, Map<OrderColumn, Object>> found = new HashMap<>();
            orderIds.stream().filter(rows::containsKey).forEach(id -> found.put(id, new EnumMap<>(rows.get(id))));
            return found;
        }

        @Override
        public synchronized void write(List<OrderChange> changes) {
            writeAttempts.incrementAndGet();
            if (failWrites) {
                throw new BackendException("warehouse", BackendException.Kind.UNAVAILABLE, "warehouse is down");
            }
            if (changes.stream().anyMatch(change -> change.orderId().equals(refusedOrder))) {
                throw new BackendException("warehouse", BackendException.Kind.REJECTED, "value out of range");
            }
            for (OrderChange change : changes) {
                Map<OrderColumn, Object> row = rows.get(change.orderId());
                if (row == null && !change.exists()) {
                    row = new EnumMap<>(OrderColumn.class);
                    rows.put(change.orderId(), row);
                }
                if (row != null) {
                    Map<OrderColumn, Object> target = row;
                    change.values().forEach((column, value) -> target.put(OrderColumn.named(column).orElseThrow(),
                            value));
                }
                timeline.add("write " + change.orderId());
            }
        }
    }

    private static final class RecordingIndex implements OrderIndexUpdater {

        private final List<OrderChange> changes = Collections.synchronizedList(new ArrayList<>());

        List<String> orderIds() {
            return changes.stream().map(OrderChange::orderId).distinct().toList();
        }

        @Override
        public void update(List<OrderChange> changes) {
            this.changes.addAll(changes);
        }
    }
}
