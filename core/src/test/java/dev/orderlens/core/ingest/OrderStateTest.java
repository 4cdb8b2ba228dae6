package dev.orderlens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.order.OrderChange;
import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.domain.order.OrderEvent;
import dev.orderlens.core.domain.order.OrderEventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderStateTest {

    private static final String ORDER = "ORD-000042";
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void the_latest_event_by_time_wins_whatever_order_they_arrive_in() {
        OrderEvent early = shipped("evt-b", T0, "UPS");
        OrderEvent late = shipped("evt-a", T0.plusSeconds(60), "FedEx");

        assertThat(change(existing(), early, late).values()).containsEntry("carrier", "FedEx");
        assertThat(change(existing(), late, early).values()).containsEntry("carrier", "FedEx");
    }

    @Test
    void the_greater_event_id_wins_between_events_of_the_same_time() {
        OrderEvent first = shipped("evt-1", T0, "UPS");
        OrderEvent second = shipped("evt-2", T0, "DHL");

        assertThat(change(existing(), first, second).values()).containsEntry("carrier", "DHL");
        assertThat(change(existing(), second, first).values()).containsEntry("carrier", "DHL");
    }

    @Test
    void an_older_status_never_overrides_a_newer_one() {
        OrderEvent delivered = event("evt-3", OrderEventType.DELIVERED, T0.plusSeconds(300), Map.of());
        OrderEvent latePaid = event("evt-1", OrderEventType.PAID, T0.plusSeconds(100), Map.of());

        assertThat(change(existing(), delivered, latePaid).values()).containsEntry("status", "delivered");
    }

    @Test
    void events_without_a_status_leave_the_status_alone() {
        OrderEvent refunded = event("evt-1", OrderEventType.REFUNDED, T0,
                Map.of(OrderColumn.REFUND_AMOUNT, new BigDecimal("10.00")));

        assertThat(change(existing(), refunded).values()).doesNotContainKey("status")
                .containsEntry("refund_amount", new BigDecimal("10.00"));
    }

    @Test
    void gives_the_same_change_for_every_order_the_events_of_a_new_order_arrive_in() {
        List<OrderEvent> events = List.of(
                created("evt-1", T0),
                event("evt-2", OrderEventType.PAID, T0.plusSeconds(60), Map.of(OrderColumn.PAYMENT_METHOD, "paypal")),
                shipped("evt-3", T0.plusSeconds(3_600), "UPS"),
                event("evt-4", OrderEventType.SUPPORT_TICKET_OPENED, T0.plusSeconds(7_200),
                        Map.of(OrderColumn.SUPPORT_NOTE, "Where is my parcel?")),
                event("evt-5", OrderEventType.DELIVERED, T0.plusSeconds(86_400 * 6), Map.of(OrderColumn.DELIVERED_AT,
                        LocalDateTime.ofInstant(T0.plusSeconds(86_400 * 6), ZoneOffset.UTC))));

        Set<OrderChange> changes = new HashSet<>();
        List<List<OrderEvent>> orders = permutations(events);
        for (List<OrderEvent> order : orders) {
            OrderState state = new OrderState(ORDER);
            state.base(null);
            order.forEach(state::apply);
            changes.add(state.change().orElseThrow());
        }

        assertThat(orders).hasSize(120);
        assertThat(changes).hasSize(1);
        assertThat(changes.iterator().next().values()).containsEntry("status", "delivered")
                .containsEntry("carrier", "UPS").containsEntry("payment_method", "paypal")
                .containsEntry("support_tickets", 1L).containsEntry("support_note", "Where is my parcel?")
                .containsEntry("is_late", true);
    }

    @Test
    void gives_the_same_change_for_every_order_the_events_of_an_existing_order_arrive_in() {
        List<OrderEvent> events = List.of(
                shipped("evt-1", T0, "UPS"),
                shipped("evt-2", T0.plusSeconds(10), "FedEx"),
                event("evt-3", OrderEventType.SUPPORT_TICKET_OPENED, T0.plusSeconds(20), Map.of()),
                event("evt-4", OrderEventType.RETURNED, T0.plusSeconds(30), Map.of(OrderColumn.RETURN_REASON,
                        "defective", OrderColumn.REFUND_AMOUNT, new BigDecimal("5.00"))),
                event("evt-5", OrderEventType.SUPPORT_TICKET_OPENED, T0.plusSeconds(40), Map.of()));

        Set<OrderChange> changes = new HashSet<>();
        for (List<OrderEvent> order : permutations(events)) {
            changes.add(change(existing(), order.toArray(OrderEvent[]::new)));
        }

        assertThat(changes).hasSize(1);
        assertThat(changes.iterator().next().values()).containsEntry("carrier", "FedEx")
                .containsEntry("status", "returned").containsEntry("support_tickets", 4L);
    }

    @Test
    void a_new_order_waits_for_its_created_event() {
        OrderState state = new OrderState(ORDER);
        state.base(null);
        state.apply(shipped("evt-2", T0.plusSeconds(60), "UPS"));

        assertThat(state.waitingForCreation()).isTrue();
        assertThat(state.change()).isEmpty();

        state.apply(created("evt-1", T0));

        assertThat(state.waitingForCreation()).isFalse();
        assertThat(state.change().orElseThrow().values()).containsEntry("status", "shipped")
                .containsEntry("carrier", "UPS").containsEntry("order_id", ORDER);
    }

    @Test
    void an_order_whose_row_is_not_read_yet_neither_waits_nor_gives_a_change() {
        OrderState state = new OrderState(ORDER);
        state.apply(shipped("evt-1", T0, "UPS"));

        assertThat(state.baseKnown()).isFalse();
        assertThat(state.waitingForCreation()).isFalse();
        assertThatThrownBy(state::change).isInstanceOf(IllegalStateException.class).hasMessageContaining(ORDER);
    }

    @Test
    void an_existing_order_never_waits_for_creation() {
        OrderState state = new OrderState(ORDER);
        state.base(existing());
        state.apply(shipped("evt-1", T0, "UPS"));

        assertThat(state.waitingForCreation()).isFalse();
        assertThat(state.change()).isPresent();
    }

    @Test
    void a_new_order_gets_zero_amounts_no_tickets_and_its_computed_total() {
        OrderChange change = change(null, created("evt-1", T0));

        assertThat(change.exists()).isFalse();
        assertThat(change.values())
                .containsEntry("order_id", ORDER)
                .containsEntry("status", "pending")
                .containsEntry("discount_amount", new BigDecimal("0.00"))
                .containsEntry("shipping_fee", new BigDecimal("0.00"))
                .containsEntry("refund_amount", new BigDecimal("0.00"))
                .containsEntry("support_tickets", 0L)
                .containsEntry("is_late", null);
        assertThat((BigDecimal) change.values().get("order_total")).isEqualByComparingTo("59.97");
    }

    @Test
    void the_total_of_a_new_order_subtracts_the_discount_and_adds_shipping() {
        Map<OrderColumn, Object> values = createdValues();
        values.put(OrderColumn.DISCOUNT_AMOUNT, new BigDecimal("5.00"));
        values.put(OrderColumn.SHIPPING_FEE, new BigDecimal("4.99"));

        OrderChange change = change(null, event("evt-1", OrderEventType.CREATED, T0, values));

        assertThat((BigDecimal) change.values().get("order_total")).isEqualByComparingTo("59.96");
        assertThat(change.values()).containsEntry("discount_amount", new BigDecimal("5.00"));
    }

    @Test
    void the_total_of_an_existing_order_stays_when_no_input_of_it_changes() {
        OrderChange change = change(existing(), event("evt-1", OrderEventType.PAID, T0, Map.of()));

        assertThat(change.exists()).isTrue();
        assertThat(change.values()).containsOnlyKeys("status");
    }

    @Test
    void ticket_events_add_to_the_count_the_table_held() {
        OrderEvent first = event("evt-1", OrderEventType.SUPPORT_TICKET_OPENED, T0, Map.of());
        OrderEvent second = event("evt-2", OrderEventType.SUPPORT_TICKET_OPENED, T0.plusSeconds(5),
                Map.of(OrderColumn.SUPPORT_NOTE, "Still waiting"));

        assertThat(change(existing(), first, second).values()).containsEntry("support_tickets", 4L)
                .containsEntry("support_note", "Still waiting");
        assertThat(change(null, created("evt-0", T0), first).values()).containsEntry("support_tickets", 1L);
    }

    @Test
    void the_delivery_date_after_the_promised_date_is_late() {
        assertThat(deliveredOn("2026-01-10T00:30:00Z").values()).containsEntry("is_late", true);
    }

    @Test
    void a_delivery_on_or_before_the_promised_date_is_not_late() {
        assertThat(deliveredOn("2026-01-09T23:59:59Z").values()).containsEntry("is_late", false);
        assertThat(deliveredOn("2026-01-07T12:00:00Z").values()).containsEntry("is_late", false);
    }

    @Test
    void a_new_promised_date_recomputes_lateness_of_a_delivered_order() {
        Map<OrderColumn, Object> base = existing();
        base.put(OrderColumn.DELIVERED_AT, LocalDateTime.parse("2026-01-10T09:00:00"));
        base.put(OrderColumn.IS_LATE, true);
        OrderEvent reshipped = event("evt-1", OrderEventType.SHIPPED, T0, Map.of(OrderColumn.CARRIER, "UPS",
                OrderColumn.PROMISED_DATE, LocalDate.parse("2026-01-12")));

        assertThat(change(base, reshipped).values()).containsEntry("is_late", false);
    }

    @Test
    void lateness_is_unknown_until_delivered() {
        OrderChange change = change(null, created("evt-1", T0), shipped("evt-2", T0.plusSeconds(60), "UPS"));

        assertThat(change.values()).containsEntry("is_late", null);
    }

    @Test
    void an_existing_order_is_updated_and_a_new_one_inserted() {
        assertThat(change(existing(), shipped("evt-1", T0, "UPS")).exists()).isTrue();
        assertThat(change(null, created("evt-1", T0)).exists()).isFalse();
        assertThat(change(existing(), shipped("evt-1", T0, "UPS")).values()).doesNotContainKey("order_id");
    }

    private OrderChange deliveredOn(String time) {
        Instant at = Instant.parse(time);
        return change(existing(), event("evt-1", OrderEventType.DELIVERED, at,
                Map.of(OrderColumn.DELIVERED_AT, LocalDateTime.ofInstant(at, ZoneOffset.UTC))));
    }

    private static OrderChange change(Map<OrderColumn, Object> base, OrderEvent... events) {
        OrderState state = new OrderState(ORDER);
        state.base(base);
        for (OrderEvent event : events) {
            state.apply(event);
        }
        return state.change().orElseThrow();
    }

    /** A row of the table as the writer reads it: promised 2026-01-09, two tickets so far. */
    private static Map<OrderColumn, Object> existing() {
        Map<OrderColumn, Object> row = new EnumMap<>(OrderColumn.class);
        row.put(OrderColumn.ORDER_ID, ORDER);
        row.putAll(createdValues());
        row.put(OrderColumn.ORDER_TS, LocalDateTime.parse("2026-01-02T08:00:00"));
        row.put(OrderColumn.DISCOUNT_AMOUNT, new BigDecimal("0.00"));
        row.put(OrderColumn.SHIPPING_FEE, new BigDecimal("0.00"));
        row.put(OrderColumn.ORDER_TOTAL, new BigDecimal("59.97"));
        row.put(OrderColumn.STATUS, "processing");
        row.put(OrderColumn.CARRIER, null);
        row.put(OrderColumn.SHIPPED_AT, null);
        row.put(OrderColumn.DELIVERED_AT, null);
        row.put(OrderColumn.IS_LATE, null);
        row.put(OrderColumn.RETURN_REASON, null);
        row.put(OrderColumn.REFUND_AMOUNT, new BigDecimal("0.00"));
        row.put(OrderColumn.SUPPORT_TICKETS, 2L);
        row.put(OrderColumn.SUPPORT_NOTE, "First contact");
        return row;
    }

    private static Map<OrderColumn, Object> createdValues() {
        Map<OrderColumn, Object> values = new EnumMap<>(OrderColumn.class);
        values.put(OrderColumn.CUSTOMER_ID, "CUST-00001");
        values.put(OrderColumn.ORDER_TS, LocalDateTime.ofInstant(T0, ZoneOffset.UTC));
        values.put(OrderColumn.CUSTOMER_SEGMENT, "consumer");
        values.put(OrderColumn.CHANNEL, "web");
        values.put(OrderColumn.SHIP_CITY, "Austin");
        values.put(OrderColumn.SHIP_STATE, "TX");
        values.put(OrderColumn.SHIP_REGION, "South");
        values.put(OrderColumn.CATEGORY, "Electronics");
        values.put(OrderColumn.PRODUCT_NAME, "USB-C Hub");
        values.put(OrderColumn.SKU, "ELE-0001");
        values.put(OrderColumn.QUANTITY, 3L);
        values.put(OrderColumn.UNIT_PRICE, new BigDecimal("19.99"));
        values.put(OrderColumn.PAYMENT_METHOD, "card");
        values.put(OrderColumn.PROMISED_DATE, LocalDate.parse("2026-01-09"));
        return values;
    }

    private static OrderEvent created(String id, Instant time) {
        return event(id, OrderEventType.CREATED, time, createdValues());
    }

    private static OrderEvent shipped(String id, Instant time, String carrier) {
        return event(id, OrderEventType.SHIPPED, time, Map.of(OrderColumn.CARRIER, carrier,
                OrderColumn.SHIPPED_AT, LocalDateTime.ofInstant(time, ZoneOffset.UTC)));
    }

    private static OrderEvent event(String id, OrderEventType type, Instant time, Map<OrderColumn, Object> values) {
        return new OrderEvent(id, type, "shop.orders", time, ORDER, values, new HashMap<>());
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T first = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> permutation = new ArrayList<>();
                permutation.add(first);
                permutation.addAll(tail);
                all.add(permutation);
            }
        }
        return all;
    }
}
