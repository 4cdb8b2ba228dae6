package dev.orderlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.port.EventJournal;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link EventJournal} must do: give back, in order and after a reopen, exactly what was appended,
 * with event sequence numbers that start at 1 and run on without gaps.
 */
public abstract class EventJournalContract {

    @TempDir
    protected Path directory;

    private final List<EventJournal> open = new ArrayList<>();

    /** Opens the journal kept in {@code directory}, creating an empty one when there is none yet. */
    protected abstract EventJournal open(Path directory);

    @AfterEach
    void closeJournals() {
        open.forEach(EventJournal::close);
    }

    /** Opens the journal of {@link #directory}, closed after the test. */
    protected final EventJournal journal() {
        EventJournal journal = open(directory);
        open.add(journal);
        return journal;
    }

    /** Closes the journal and opens it again, as a restarted process would. */
    protected final EventJournal reopen(EventJournal journal) {
        open.remove(journal);
        journal.close();
        return journal();
    }

    @Test
    void a_new_journal_replays_nothing() {
        assertThat(replay(journal())).isEmpty();
    }

    @Test
    void numbers_events_from_one_without_gaps_across_appends() {
        EventJournal journal = journal();

        assertThat(journal.appendEvents(List.of(envelope("evt-1"), envelope("evt-2")))).isEqualTo(2);
        assertThat(journal.appendEvents(List.of(envelope("evt-3")))).isEqualTo(3);
        assertThat(journal.appendEvents(List.of(envelope("evt-4"), envelope("evt-5"), envelope("evt-6"))))
                .isEqualTo(6);

        assertThat(replay(journal)).containsExactly("event 1 evt-1", "event 2 evt-2", "event 3 evt-3",
                "event 4 evt-4", "event 5 evt-5", "event 6 evt-6");
    }

    @Test
    void carries_on_numbering_after_a_reopen() {
        EventJournal journal = journal();
        journal.appendEvents(List.of(envelope("evt-1"), envelope("evt-2")));
        journal.appendApplied(2);

        EventJournal reopened = reopen(journal);

        assertThat(reopened.appendEvents(List.of(envelope("evt-3")))).isEqualTo(3);
        assertThat(replay(reopen(reopened))).containsExactly("event 1 evt-1", "event 2 evt-2", "applied 2",
                "event 3 evt-3");
    }

    @Test
    void gives_back_event_trees_exactly_as_appended() {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", "evt-ünïcødé-1");
        envelope.put("detail-type", "Support Ticket Opened");
        envelope.put("resources", List.of("arn:aws:events:us-east-1:1:order/ORD-1", List.of(), Map.of()));
        envelope.put("region", null);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("orderId", "ORD-000001");
        detail.put("note", "Zoë from 東京 says \"the box\" was crushed 😠\n\ttab, backslash \\ and \u2028 separator");
        detail.put("amount", new BigDecimal("19.90"));
        detail.put("tiny", new BigDecimal("0.000001"));
        detail.put("quantity", 3L);
        detail.put("big", 9_007_199_254_740_993L);
        detail.put("negative", -42L);
        detail.put("flags", List.of(true, false));
        detail.put("nested", Map.of("level", Map.of("deeper", List.of(Map.of("x", 1L)))));
        detail.put("empty", "");
        envelope.put("detail", detail);
        EventJournal journal = journal();
        journal.appendEvents(List.of(envelope));

        List<Map<String, Object>> replayed = new ArrayList<>();
        journal.replay(new Recorder() {
            @Override
            public void event(long sequence, Map<String, Object> tree) {
                replayed.add(tree);
            }
        });
        List<Map<String, Object>> afterReopen = new ArrayList<>();
        reopen(journal).replay(new Recorder() {
            @Override
            public void event(long sequence, Map<String, Object> tree) {
                afterReopen.add(tree);
            }
        });

        assertThat(replayed).hasSize(1);
        assertThat(afterReopen).hasSize(1);
        assertSameTree(replayed.get(0), envelope);
        assertSameTree(afterReopen.get(0), envelope);
    }

    /** JSON numbers are values: 19.90 may come back as 19.9, but a long keeps every digit. */
    private static void assertSameTree(Map<String, Object> actual, Map<String, Object> expected) {
        assertThat(actual).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(expected);
    }

    @Test
    void closing_twice_is_harmless_and_lets_the_journal_be_opened_again() {
        EventJournal journal = journal();
        journal.appendEvents(List.of(envelope("evt-1")));

        journal.close();
        journal.close();

        assertThat(replay(journal())).containsExactly("event 1 evt-1");
    }

    @Test
    void gives_back_base_rows_of_every_column_type_with_null_rows_and_null_values() {
        Map<OrderColumn, Object> full = fullRow();
        Map<OrderColumn, Object> withNulls = new EnumMap<>(full);
        Arrays.stream(OrderColumn.values()).filter(c -> c != OrderColumn.ORDER_ID).forEach(c -> withNulls.put(c, null));
        withNulls.put(OrderColumn.ORDER_ID, "ORD-000002");
        Map<String, Map<OrderColumn, Object>> rows = new LinkedHashMap<>();
        rows.put("ORD-000001", full);
        rows.put("ORD-000002", withNulls);
        rows.put("ORD-000003", null);
        EventJournal journal = journal();
        journal.appendBaseRows(rows);

        Map<String, Map<OrderColumn, Object>> replayed = new LinkedHashMap<>();
        reopen(journal).replay(new Recorder() {
            @Override
            public void baseRow(String orderId, Map<OrderColumn, Object> row) {
                replayed.put(orderId, row);
            }
        });

        assertThat(replayed).containsExactly(Map.entry("ORD-000001", full), Map.entry("ORD-000002", withNulls),
                nullRow("ORD-000003"));
    }

    @Test
    void replays_every_kind_of_record_in_the_order_appended() {
        EventJournal journal = journal();
        journal.appendEvents(List.of(envelope("evt-1"), envelope("evt-2")));
        Map<String, Map<OrderColumn, Object>> bases = new LinkedHashMap<>();
        bases.put("ORD-000001", null);
        bases.put("ORD-000002", Map.of(OrderColumn.ORDER_ID, "ORD-000002", OrderColumn.SUPPORT_TICKETS, 2L));
        journal.appendBaseRows(bases);
        journal.appendApplied(2);
        journal.appendEvents(List.of(envelope("evt-3")));
        journal.appendApplied(3);

        List<String> expected = List.of("event 1 evt-1", "event 2 evt-2", "base ORD-000001 null",
                "base ORD-000002 {ORDER_ID=ORD-000002, SUPPORT_TICKETS=2}", "applied 2", "event 3 evt-3", "applied 3");
        assertThat(replay(journal)).containsExactlyElementsOf(expected);
        assertThat(replay(journal)).as("a second replay").containsExactlyElementsOf(expected);
        assertThat(replay(reopen(journal))).as("after a reopen").containsExactlyElementsOf(expected);
    }

    @Test
    void appends_nothing_for_empty_appends() {
        EventJournal journal = journal();
        journal.appendEvents(List.of(envelope("evt-1")));
        journal.appendBaseRows(Map.of());

        assertThat(journal.appendEvents(List.of())).isEqualTo(1);
        assertThat(replay(reopen(journal))).containsExactly("event 1 evt-1");
    }

    /** The journal's records as lines: {@code event <seq> <id>}, {@code base <order> <row>}, {@code applied <seq>}. */
    protected static List<String> replay(EventJournal journal) {
        List<String> lines = new ArrayList<>();
        journal.replay(new EventJournal.Visitor() {
            @Override
            public void event(long sequence, Map<String, Object> envelope) {
                lines.add("event " + sequence + " " + envelope.get("id"));
            }

            @Override
            public void baseRow(String orderId, Map<OrderColumn, Object> row) {
                lines.add("base " + orderId + " " + (row == null ? "null" : new EnumMap<>(row)));
            }

            @Override
            public void applied(long sequence) {
                lines.add("applied " + sequence);
            }
        });
        return lines;
    }

    protected static Map<String, Object> envelope(String id) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", id);
        envelope.put("detail-type", "Order Paid");
        envelope.put("source", "shop.orders");
        envelope.put("time", "2026-01-05T10:15:30Z");
        envelope.put("detail", Map.of("orderId", "ORD-000001"));
        return envelope;
    }

    /** A row with a value in every column, of each column's canonical type. */
    private static Map<OrderColumn, Object> fullRow() {
        Map<OrderColumn, Object> row = new EnumMap<>(OrderColumn.class);
        for (OrderColumn column : OrderColumn.values()) {
            row.put(column, switch (column.type()) {
                case STRING -> column.column() + " — Zoë 😀";
                case INTEGER -> 7L;
                case DECIMAL -> new BigDecimal("1234.50");
                case BOOLEAN -> true;
                case DATE -> LocalDate.of(2026, 1, 9);
                case TIMESTAMP -> LocalDateTime.of(2026, 1, 5, 10, 15, 30, 123_456_000);
                default -> throw new IllegalStateException("no order column is of type " + column.type());
            });
        }
        row.put(OrderColumn.ORDER_ID, "ORD-000001");
        row.put(OrderColumn.SHIPPED_AT, LocalDateTime.of(2026, 1, 6, 9, 0));
        row.put(OrderColumn.IS_LATE, false);
        return row;
    }

    private static Map.Entry<String, Map<OrderColumn, Object>> nullRow(String orderId) {
        return new AbstractMap.SimpleEntry<>(orderId, null);
    }

    /** A visitor that ignores what a test does not look at. */
    private abstract static class Recorder implements EventJournal.Visitor {

        @Override
        public void event(long sequence, Map<String, Object> envelope) {
        }

        @Override
        public void baseRow(String orderId, Map<OrderColumn, Object> row) {
        }

        @Override
        public void applied(long sequence) {
        }
    }
}
