package dev.orderlens.testsupport;

import static dev.orderlens.testsupport.OrderRows.RETURNED;
import static dev.orderlens.testsupport.OrderRows.SEED;
import static dev.orderlens.testsupport.OrderRows.SHIPPED;
import static dev.orderlens.testsupport.OrderRows.insert;
import static dev.orderlens.testsupport.OrderRows.update;
import static dev.orderlens.testsupport.OrderRows.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.orderlens.core.domain.order.OrderChange;
import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.OrderTableWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OrderTableWriter} must do for ingest to apply order events exactly once: read back what it
 * wrote in the canonical types, update only the columns a change holds, never make a partial row out of an update,
 * write the same changes twice to the same rows, and fail a write the warehouse refuses as
 * {@link BackendException.Kind#REJECTED} without keeping the refused change.
 *
 * <p>All or none: a writer whose whole write is one transaction ({@link Atomicity#WHOLE_WRITE}) keeps nothing of a
 * refused write. A writer that sends a write as several atomic statements ({@link Atomicity#PER_STATEMENT}, the
 * Databricks writer: one MERGE per group of changes of one kind setting the same columns, and the Statement
 * Execution API has no transaction spanning statements) keeps nothing of a refused batch of alike changes that fits
 * one statement, but of a mixed batch the statements before the refused one stay written. The contract asserts what
 * both promise for a mixed batch: the refused order is left as it was, and writing the accepted changes again (as
 * ingest does after a refusal) leaves exactly what writing them alone would, because values are absolute.
 *
 * <p>The table holds the columns and types of the orders table of the design (DECIMAL(10,2) amounts), plus any
 * columns the writer does not write.
 */
public abstract class OrderTableWriterContract {

    /** What a write keeps when the warehouse refuses one of its changes. */
    public enum Atomicity {
        /** Nothing: the whole write is one transaction. */
        WHOLE_WRITE,
        /**
         * Nothing of a batch of alike changes (all updates or all inserts setting the same columns, as many as the
         * writer puts in one statement); of a mixed batch, the statements before the refused one.
         */
        PER_STATEMENT
    }

    /** A price no DECIMAL(10,2) column can hold, so the warehouse refuses the change that sets it. */
    protected static final BigDecimal TOO_LARGE_PRICE = new BigDecimal("123456789012.00");

    /** A writer over an orders table holding exactly {@code rows}, a table no other test sees. */
    protected abstract OrderTableWriter writerOver(List<Map<OrderColumn, Object>> rows);

    /** The order id of every row the table of the last {@link #writerOver} now holds, a row there twice listed twice. */
    protected abstract List<String> orderIdsInTable();

    protected Atomicity atomicity() {
        return Atomicity.WHOLE_WRITE;
    }

    @Test
    void reads_every_order_column_of_the_orders_asked_for_in_canonical_types() {
        OrderTableWriter writer = writerOver(SEED);

        Map<String, Map<OrderColumn, Object>> rows = writer.read(List.of("ORD-1", "ORD-2"));

        assertThat(rows).containsOnlyKeys("ORD-1", "ORD-2");
        assertThat(rows.get("ORD-1")).isEqualTo(SHIPPED);
        assertThat(rows.get("ORD-2")).isEqualTo(RETURNED);
    }

    @Test
    void leaves_orders_the_table_does_not_have_out_of_a_read() {
        OrderTableWriter writer = writerOver(SEED);

        assertThat(writer.read(List.of("ORD-404", "ORD-1", "ORD-1"))).containsOnlyKeys("ORD-1");
        assertThat(writer.read(List.of("ORD-404"))).isEmpty();
        assertThat(writer.read(List.of())).isEmpty();
    }

    @Test
    void reads_ids_verbatim_whatever_characters_they_hold() {
        Map<OrderColumn, Object> quoted = with(SHIPPED, OrderColumn.ORDER_ID, "ORD-'3'");
        OrderTableWriter writer = writerOver(List.of(quoted, RETURNED));

        assertThat(writer.read(List.of("ORD-'3'", "ORD-' OR '1'='1"))).containsOnlyKeys("ORD-'3'");
    }

    @Test
    void an_insert_reads_back_with_the_values_written_in_canonical_types() {
        OrderTableWriter writer = writerOver(SEED);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("order_id", "ORD-3");
        values.put("order_ts", LocalDateTime.parse("2026-01-05T10:15:30.123456"));
        values.put("customer_id", "CUST-00001");
        values.put("customer_segment", "business");
        values.put("channel", "marketplace");
        values.put("ship_city", "Denver");
        values.put("ship_state", "CO");
        values.put("ship_region", "West");
        values.put("category", "Books");
        values.put("product_name", "Field guide to birds");
        values.put("sku", "BOO-0100");
        values.put("quantity", 3);
        values.put("unit_price", new BigDecimal("12.5"));
        values.put("discount_amount", BigDecimal.ZERO);
        values.put("shipping_fee", new BigDecimal("3.99"));
        values.put("order_total", new BigDecimal("41.49"));
        values.put("payment_method", "paypal");
        values.put("status", "pending");
        values.put("promised_date", LocalDate.parse("2026-01-09"));
        values.put("is_late", null);
        values.put("refund_amount", BigDecimal.ZERO);
        values.put("support_tickets", 0L);

        writer.write(List.of(new OrderChange("ORD-3", false, values)));

        Map<OrderColumn, Object> expected = OrderRows.row(
                OrderColumn.ORDER_ID, "ORD-3",
                OrderColumn.ORDER_TS, LocalDateTime.parse("2026-01-05T10:15:30.123456"),
                OrderColumn.CUSTOMER_ID, "CUST-00001",
                OrderColumn.CUSTOMER_SEGMENT, "business",
                OrderColumn.CHANNEL, "marketplace",
                OrderColumn.SHIP_CITY, "Denver",
                OrderColumn.SHIP_STATE, "CO",
                OrderColumn.SHIP_REGION, "West",
                OrderColumn.CATEGORY, "Books",
                OrderColumn.PRODUCT_NAME, "Field guide to birds",
                OrderColumn.SKU, "BOO-0100",
                OrderColumn.QUANTITY, 3L,
                OrderColumn.UNIT_PRICE, new BigDecimal("12.50"),
                OrderColumn.DISCOUNT_AMOUNT, new BigDecimal("0.00"),
                OrderColumn.SHIPPING_FEE, new BigDecimal("3.99"),
                OrderColumn.ORDER_TOTAL, new BigDecimal("41.49"),
                OrderColumn.PAYMENT_METHOD, "paypal",
                OrderColumn.STATUS, "pending",
                OrderColumn.CARRIER, null,
                OrderColumn.PROMISED_DATE, LocalDate.parse("2026-01-09"),
                OrderColumn.SHIPPED_AT, null,
                OrderColumn.DELIVERED_AT, null,
                OrderColumn.IS_LATE, null,
                OrderColumn.RETURN_REASON, null,
                OrderColumn.REFUND_AMOUNT, new BigDecimal("0.00"),
                OrderColumn.SUPPORT_TICKETS, 0L,
                OrderColumn.SUPPORT_NOTE, null);
        assertThat(writer.read(List.of("ORD-3"))).containsOnlyKeys("ORD-3");
        assertThat(writer.read(List.of("ORD-3")).get("ORD-3")).isEqualTo(expected);
        assertThat(orderIdsInTable()).containsExactlyInAnyOrder("ORD-1", "ORD-2", "ORD-3");
    }

    @Test
    void an_update_changes_only_the_columns_it_holds() {
        OrderTableWriter writer = writerOver(SEED);

        writer.write(List.of(update("ORD-1", OrderColumn.STATUS, "delivered",
                OrderColumn.DELIVERED_AT, LocalDateTime.parse("2025-12-04T11:20:05.5"),
                OrderColumn.IS_LATE, false, OrderColumn.SUPPORT_TICKETS, 3L)));

        Map<String, Map<OrderColumn, Object>> rows = writer.read(List.of("ORD-1", "ORD-2"));
        assertThat(rows.get("ORD-1")).isEqualTo(with(SHIPPED, OrderColumn.STATUS, "delivered",
                OrderColumn.DELIVERED_AT, LocalDateTime.parse("2025-12-04T11:20:05.5"),
                OrderColumn.IS_LATE, false, OrderColumn.SUPPORT_TICKETS, 3L));
        assertThat(rows.get("ORD-2")).isEqualTo(RETURNED);
        assertThat(orderIdsInTable()).containsExactlyInAnyOrder("ORD-1", "ORD-2");
    }

    @Test
    void an_update_can_clear_a_column() {
        OrderTableWriter writer = writerOver(SEED);

        writer.write(List.of(update("ORD-2", OrderColumn.RETURN_REASON, null, OrderColumn.IS_LATE, null,
                OrderColumn.SUPPORT_NOTE, null)));

        assertThat(writer.read(List.of("ORD-2")).get("ORD-2")).isEqualTo(with(RETURNED,
                OrderColumn.RETURN_REASON, null, OrderColumn.IS_LATE, null, OrderColumn.SUPPORT_NOTE, null));
    }

    @Test
    void an_update_of_an_order_the_table_does_not_have_writes_no_partial_row() {
        OrderTableWriter writer = writerOver(SEED);

        writer.write(List.of(update("ORD-404", OrderColumn.STATUS, "shipped", OrderColumn.CARRIER, "DHL")));

        assertThat(writer.read(List.of("ORD-404"))).isEmpty();
        assertThat(orderIdsInTable()).containsExactlyInAnyOrder("ORD-1", "ORD-2");
    }

    @Test
    void an_insert_of_an_order_already_there_overwrites_it_instead_of_adding_a_row() {
        OrderTableWriter writer = writerOver(SEED);
        Map<OrderColumn, Object> replacement = with(RETURNED, OrderColumn.ORDER_ID, "ORD-1",
                OrderColumn.SUPPORT_NOTE, "Created again by a replayed event");

        writer.write(List.of(insert(replacement)));

        assertThat(writer.read(List.of("ORD-1")).get("ORD-1")).isEqualTo(replacement);
        assertThat(orderIdsInTable()).containsExactlyInAnyOrder("ORD-1", "ORD-2");
    }

    @Test
    void writing_the_same_changes_twice_leaves_the_rows_of_writing_them_once() {
        OrderTableWriter writer = writerOver(SEED);
        Map<OrderColumn, Object> created = with(SHIPPED, OrderColumn.ORDER_ID, "ORD-3", OrderColumn.STATUS,
                "pending", OrderColumn.SUPPORT_NOTE, null);
        List<OrderChange> changes = List.of(insert(created),
                update("ORD-1", OrderColumn.SUPPORT_TICKETS, 2L, OrderColumn.SUPPORT_NOTE, "Asked for a refund"),
                update("ORD-2", OrderColumn.REFUND_AMOUNT, new BigDecimal("59.60")));

        writer.write(changes);
        Map<String, Map<OrderColumn, Object>> once = writer.read(List.of("ORD-1", "ORD-2", "ORD-3"));
        writer.write(changes);

        assertThat(writer.read(List.of("ORD-1", "ORD-2", "ORD-3"))).isEqualTo(once);
        assertThat(once.get("ORD-3")).isEqualTo(created);
        assertThat(once.get("ORD-1")).isEqualTo(with(SHIPPED, OrderColumn.SUPPORT_TICKETS, 2L,
                OrderColumn.SUPPORT_NOTE, "Asked for a refund"));
        assertThat(once.get("ORD-2")).isEqualTo(with(RETURNED, OrderColumn.REFUND_AMOUNT, new BigDecimal("59.60")));
        assertThat(orderIdsInTable()).containsExactlyInAnyOrder("ORD-1", "ORD-2", "ORD-3");
    }

    @Test
    void an_empty_write_changes_nothing() {
        OrderTableWriter writer = writerOver(SEED);

        writer.write(List.of());

        assertThat(writer.read(List.of("ORD-1", "ORD-2"))).containsEntry("ORD-1", SHIPPED)
                .containsEntry("ORD-2", RETURNED);
        assertThat(orderIdsInTable()).containsExactlyInAnyOrder("ORD-1", "ORD-2");
    }

    @Test
    void a_refused_batch_of_alike_changes_is_rejected_and_keeps_none_of_them() {
        OrderTableWriter writer = writerOver(SEED);

        BackendException refused = catchThrowableOfType(BackendException.class, () -> writer.write(List.of(
                update("ORD-1", OrderColumn.UNIT_PRICE, new BigDecimal("10.00")),
                update("ORD-2", OrderColumn.UNIT_PRICE, TOO_LARGE_PRICE))));

        assertThat(refused).as("the write of a price too large for the column").isNotNull();
        assertThat(refused.kind()).isEqualTo(BackendException.Kind.REJECTED);
        assertThat(writer.read(List.of("ORD-1", "ORD-2"))).containsEntry("ORD-1", SHIPPED)
                .containsEntry("ORD-2", RETURNED);
    }

    @Test
    void a_refused_mixed_write_keeps_none_of_it_when_the_write_is_one_transaction() {
        assumeTrue(atomicity() == Atomicity.WHOLE_WRITE, "this writer promises all or none per statement only");
        OrderTableWriter writer = writerOver(SEED);

        BackendException refused = catchThrowableOfType(BackendException.class, () -> writer.write(mixedWrite()));

        assertThat(refused).isNotNull();
        assertThat(refused.kind()).isEqualTo(BackendException.Kind.REJECTED);
        assertThat(writer.read(List.of("ORD-1", "ORD-2", "ORD-3"))).containsOnlyKeys("ORD-1", "ORD-2")
                .containsEntry("ORD-1", SHIPPED).containsEntry("ORD-2", RETURNED);
        assertThat(orderIdsInTable()).containsExactlyInAnyOrder("ORD-1", "ORD-2");
    }

    @Test
    void after_a_refused_mixed_write_the_accepted_changes_written_again_leave_what_they_alone_would() {
        OrderTableWriter writer = writerOver(SEED);
        List<OrderChange> mixed = mixedWrite();

        BackendException refused = catchThrowableOfType(BackendException.class, () -> writer.write(mixed));
        assertThat(refused).isNotNull();
        assertThat(refused.kind()).isEqualTo(BackendException.Kind.REJECTED);
        assertThat(writer.read(List.of("ORD-2")).get("ORD-2")).as("the refused order").isEqualTo(RETURNED);
        writer.write(mixed.subList(0, 2));

        assertThat(writer.read(List.of("ORD-1", "ORD-2", "ORD-3"))).containsOnlyKeys("ORD-1", "ORD-2", "ORD-3")
                .containsEntry("ORD-1", with(SHIPPED, OrderColumn.CARRIER, "DHL"))
                .containsEntry("ORD-2", RETURNED)
                .containsEntry("ORD-3", newOrder());
        assertThat(orderIdsInTable()).containsExactlyInAnyOrder("ORD-1", "ORD-2", "ORD-3");
    }

    /** An insert, an update, and last an update the warehouse refuses. */
    private static List<OrderChange> mixedWrite() {
        return List.of(insert(newOrder()), update("ORD-1", OrderColumn.CARRIER, "DHL"),
                update("ORD-2", OrderColumn.UNIT_PRICE, TOO_LARGE_PRICE, OrderColumn.STATUS, "delivered"));
    }

    private static Map<OrderColumn, Object> newOrder() {
        return with(RETURNED, OrderColumn.ORDER_ID, "ORD-3", OrderColumn.STATUS, "pending",
                OrderColumn.DELIVERED_AT, null, OrderColumn.IS_LATE, null, OrderColumn.RETURN_REASON, null);
    }
}
