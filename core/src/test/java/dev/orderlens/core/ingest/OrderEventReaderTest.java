package dev.orderlens.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.domain.order.OrderEvent;
import dev.orderlens.core.domain.order.OrderEventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderEventReaderTest {

    private static final LocalDateTime TIME_UTC = LocalDateTime.parse("2026-01-05T10:15:30");

    private final OrderEventReader reader = new OrderEventReader();

    /** The detail fields each type must carry, as the event catalogue documents them. */
    private static final Map<OrderEventType, List<String>> REQUIRED = Map.of(
            OrderEventType.CREATED, List.of("customerId", "customerSegment", "channel", "shipCity", "shipState",
                    "shipRegion", "category", "productName", "sku", "quantity", "unitPrice", "paymentMethod",
                    "promisedDate"),
            OrderEventType.PAID, List.of(),
            OrderEventType.SHIPPED, List.of("carrier"),
            OrderEventType.DELIVERED, List.of(),
            OrderEventType.CANCELLED, List.of(),
            OrderEventType.RETURNED, List.of("returnReason"),
            OrderEventType.REFUNDED, List.of("refundAmount"),
            OrderEventType.SUPPORT_TICKET_OPENED, List.of());

    @ParameterizedTest
    @EnumSource(OrderEventType.class)
    void accepts_every_type_with_its_required_fields_only(OrderEventType type) {
        OrderEvent event = single(envelope(type, minimalDetail(type)));

        assertThat(event.type()).isEqualTo(type);
        assertThat(event.id()).isEqualTo("evt-1");
        assertThat(event.source()).isEqualTo("shop.orders");
        assertThat(event.time()).isEqualTo(Instant.parse(Envelopes.TIME));
        assertThat(event.orderId()).isEqualTo("ORD-000001");
    }

    static Stream<Arguments> requiredFields() {
        return REQUIRED.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(field -> Arguments.of(entry.getKey(), field)));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredFields")
    void rejects_an_event_missing_a_required_detail_field_naming_it(OrderEventType type, String field) {
        Map<String, Object> detail = minimalDetail(type);
        detail.remove(field);

        EventRejection rejection = rejection(envelope(type, detail));

        assertThat(rejection.field()).isEqualTo("detail." + field);
        assertThat(rejection.message()).contains("required");
        assertThat(rejection.eventId()).isEqualTo("evt-1");
    }

    @Test
    void rejects_an_event_without_order_id() {
        Map<String, Object> detail = minimalDetail(OrderEventType.PAID);
        detail.remove("orderId");

        assertThat(rejection(envelope(OrderEventType.PAID, detail)).field()).isEqualTo("detail.orderId");
    }

    static Stream<Arguments> wrongValues() {
        return Stream.of(
                Arguments.of(OrderEventType.CREATED, "quantity", "2", "whole number"),
                Arguments.of(OrderEventType.CREATED, "quantity", 2.5, "whole number"),
                Arguments.of(OrderEventType.CREATED, "quantity", 0L, "between 1 and 999"),
                Arguments.of(OrderEventType.CREATED, "quantity", 1000L, "between 1 and 999"),
                Arguments.of(OrderEventType.CREATED, "quantity", true, "whole number"),
                Arguments.of(OrderEventType.CREATED, "unitPrice", "19.99", "number"),
                Arguments.of(OrderEventType.CREATED, "unitPrice", new BigDecimal("19.999"), "two decimals"),
                Arguments.of(OrderEventType.CREATED, "unitPrice", new BigDecimal("-0.01"), "from 0"),
                Arguments.of(OrderEventType.CREATED, "unitPrice", new BigDecimal("100000.00"), "99999.99"),
                Arguments.of(OrderEventType.CREATED, "discountAmount", -5L, "from 0"),
                Arguments.of(OrderEventType.REFUNDED, "refundAmount", 1.005, "two decimals"),
                Arguments.of(OrderEventType.CREATED, "customerId", 42L, "string"),
                Arguments.of(OrderEventType.SHIPPED, "carrier", List.of("UPS"), "string"),
                Arguments.of(OrderEventType.SHIPPED, "carrier", Map.of("name", "UPS"), "string"),
                Arguments.of(OrderEventType.CREATED, "promisedDate", "18/09/2025", "date"),
                Arguments.of(OrderEventType.CREATED, "promisedDate", 20250918L, "string"),
                Arguments.of(OrderEventType.CREATED, "orderTs", "2025-09-18T14:03:00", "zone"),
                Arguments.of(OrderEventType.SHIPPED, "shippedAt", "soon", "zone"),
                Arguments.of(OrderEventType.DELIVERED, "deliveredAt", 1_758_204_180L, "string"),
                Arguments.of(OrderEventType.PAID, "orderId", 123L, "string"),
                Arguments.of(OrderEventType.PAID, "orderId", "-ORD-1", "starting with a letter or digit"),
                Arguments.of(OrderEventType.PAID, "orderId", "ORD 1", "letters, digits"),
                Arguments.of(OrderEventType.PAID, "orderId", "ORD/1", "letters, digits"),
                Arguments.of(OrderEventType.PAID, "orderId", "ORD'1", "letters, digits"),
                Arguments.of(OrderEventType.PAID, "orderId", "O".repeat(65), "at most 64"),
                Arguments.of(OrderEventType.PAID, "orderId", " ", "blank"),
                Arguments.of(OrderEventType.SHIPPED, "carrier", "U".repeat(501), "at most 500"),
                Arguments.of(OrderEventType.SUPPORT_TICKET_OPENED, "note", "n".repeat(4_001), "at most 4000"),
                Arguments.of(OrderEventType.SHIPPED, "carrier", "UP\u0001S", "control characters"),
                Arguments.of(OrderEventType.SHIPPED, "carrier", "UPS\u007F\u0000", "control characters"),
                Arguments.of(OrderEventType.SUPPORT_TICKET_OPENED, "note", "broken \uD83D here", "broken unicode"),
                Arguments.of(OrderEventType.SUPPORT_TICKET_OPENED, "note", "ends broken \uD83D", "broken unicode"),
                Arguments.of(OrderEventType.SUPPORT_TICKET_OPENED, "note", "\uDE00 first", "broken unicode"));
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @MethodSource("wrongValues")
    void rejects_a_wrong_detail_value_naming_its_field(OrderEventType type, String field, Object value,
            String reason) {
        Map<String, Object> detail = minimalDetail(type);
        detail.put(field, value);

        EventRejection rejection = rejection(envelope(type, detail));

        assertThat(rejection.field()).isEqualTo("detail." + field);
        assertThat(rejection.message()).contains(reason);
    }

    @Test
    void accepts_the_limits_of_each_range() {
        Map<String, Object> detail = minimalDetail(OrderEventType.CREATED);
        detail.put("quantity", 999L);
        detail.put("unitPrice", new BigDecimal("99999.99"));
        detail.put("discountAmount", 0L);
        detail.put("shippingFee", new BigDecimal("4.90"));

        OrderEvent event = single(envelope(OrderEventType.CREATED, detail));

        assertThat(event.values()).containsEntry(OrderColumn.QUANTITY, 999L)
                .containsEntry(OrderColumn.UNIT_PRICE, new BigDecimal("99999.99"))
                .containsEntry(OrderColumn.DISCOUNT_AMOUNT, new BigDecimal("0.00"))
                .containsEntry(OrderColumn.SHIPPING_FEE, new BigDecimal("4.90"));
        detail.put("quantity", 1L);
        assertThat(single(envelope(OrderEventType.CREATED, detail)).values()).containsEntry(OrderColumn.QUANTITY, 1L);
    }

    @Test
    void reads_values_as_the_canonical_types_of_their_columns() {
        Map<String, Object> detail = minimalDetail(OrderEventType.CREATED);
        detail.put("quantity", 3);
        detail.put("unitPrice", 19.9);
        detail.put("orderTs", "2025-09-18T16:03:00+02:00");

        Map<OrderColumn, Object> values = single(envelope(OrderEventType.CREATED, detail)).values();

        assertThat(values).containsEntry(OrderColumn.QUANTITY, 3L)
                .containsEntry(OrderColumn.UNIT_PRICE, new BigDecimal("19.90"))
                .containsEntry(OrderColumn.PROMISED_DATE, LocalDate.of(2026, 1, 9))
                .containsEntry(OrderColumn.ORDER_TS, LocalDateTime.parse("2025-09-18T14:03:00"))
                .containsEntry(OrderColumn.CUSTOMER_ID, "CUST-00001");
    }

    @Test
    void keeps_newlines_tabs_and_surrogate_pairs_in_text() {
        Map<String, Object> detail = minimalDetail(OrderEventType.SUPPORT_TICKET_OPENED);
        String note = "Box crushed.\n\tCustomer is upset 😠 — wants a refund (Zoë, 東京)";
        detail.put("note", note);

        assertThat(single(envelope(OrderEventType.SUPPORT_TICKET_OPENED, detail)).values())
                .containsEntry(OrderColumn.SUPPORT_NOTE, note);
    }

    @Test
    void accepts_a_note_of_the_longest_length_and_text_of_the_longest_length() {
        Map<String, Object> ticket = minimalDetail(OrderEventType.SUPPORT_TICKET_OPENED);
        ticket.put("note", "n".repeat(4_000));
        Map<String, Object> shipped = minimalDetail(OrderEventType.SHIPPED);
        shipped.put("carrier", "U".repeat(500));

        assertThat(reader.read(List.of(envelope(OrderEventType.SUPPORT_TICKET_OPENED, ticket),
                envelope(OrderEventType.SHIPPED, shipped))).rejections()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ORD-1", "a", "9.b_c:d-e", "ORDER-0000000000000000000000000000000000000000000000000000000064"})
    void accepts_order_ids_of_the_documented_form(String orderId) {
        Map<String, Object> detail = minimalDetail(OrderEventType.PAID);
        detail.put("orderId", orderId);

        assertThat(single(envelope(OrderEventType.PAID, detail)).orderId()).isEqualTo(orderId);
    }

    static Stream<Arguments> wrongEnvelopes() {
        return Stream.of(
                Arguments.of("id", null, "required"),
                Arguments.of("id", "", "blank"),
                Arguments.of("id", 7L, "string"),
                Arguments.of("id", "e".repeat(257), "at most 256"),
                Arguments.of("id", "evt\u0000", "control characters"),
                Arguments.of("source", null, "required"),
                Arguments.of("source", "  ", "blank"),
                Arguments.of("detail-type", null, "required"),
                Arguments.of("time", null, "required"),
                Arguments.of("time", "2026-01-05T10:15:30", "zone"),
                Arguments.of("time", "last tuesday", "zone"),
                Arguments.of("time", 1_767_608_130L, "string"),
                Arguments.of("version", 0L, "string"),
                Arguments.of("resources", "arn:order", "array"),
                Arguments.of("detail", null, "required"),
                Arguments.of("detail", "orderId=ORD-1", "object"),
                Arguments.of("detail", List.of(Map.of("orderId", "ORD-1")), "object"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("wrongEnvelopes")
    void rejects_a_wrong_envelope_field_naming_it(String field, Object value, String reason) {
        Map<String, Object> envelope = envelope(OrderEventType.PAID, minimalDetail(OrderEventType.PAID));
        envelope.put(field, value);

        EventRejection rejection = rejection(envelope);

        assertThat(rejection.field()).isEqualTo(field);
        assertThat(rejection.message()).contains(reason);
    }

    @Test
    void gives_no_event_id_for_an_event_whose_id_is_unusable() {
        Map<String, Object> envelope = envelope(OrderEventType.PAID, minimalDetail(OrderEventType.PAID));
        envelope.put("id", "e".repeat(257));

        assertThat(rejection(envelope).eventId()).isNull();
        assertThat(rejection(envelope).describe()).startsWith("event 0: id: must be at most 256");
    }

    @Test
    void rejects_an_unknown_detail_type_listing_the_known_ones() {
        Map<String, Object> envelope = envelope(OrderEventType.PAID, minimalDetail(OrderEventType.PAID));
        envelope.put("detail-type", "Order Teleported");

        EventRejection rejection = rejection(envelope);

        assertThat(rejection.field()).isEqualTo("detail-type");
        assertThat(rejection.message()).contains("Order Teleported");
        for (OrderEventType type : OrderEventType.values()) {
            assertThat(rejection.message()).contains(type.detailType());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"order shipped", "ORDER SHIPPED", "  Order Shipped\t", "oRdEr ShIpPeD"})
    void reads_the_detail_type_ignoring_case_and_surrounding_blanks(String detailType) {
        Map<String, Object> envelope = envelope(OrderEventType.SHIPPED, minimalDetail(OrderEventType.SHIPPED));
        envelope.put("detail-type", detailType);

        assertThat(single(envelope).type()).isEqualTo(OrderEventType.SHIPPED);
    }

    @Test
    void gives_created_shipped_and_delivered_events_their_own_time_when_they_leave_it_out() {
        assertThat(single(envelope(OrderEventType.CREATED, minimalDetail(OrderEventType.CREATED))).values())
                .containsEntry(OrderColumn.ORDER_TS, TIME_UTC);
        assertThat(single(envelope(OrderEventType.SHIPPED, minimalDetail(OrderEventType.SHIPPED))).values())
                .containsEntry(OrderColumn.SHIPPED_AT, TIME_UTC);
        assertThat(single(envelope(OrderEventType.DELIVERED, minimalDetail(OrderEventType.DELIVERED))).values())
                .containsEntry(OrderColumn.DELIVERED_AT, TIME_UTC);
    }

    @Test
    void keeps_a_time_the_event_gives_in_utc() {
        Map<String, Object> detail = minimalDetail(OrderEventType.DELIVERED);
        detail.put("deliveredAt", "2026-01-04T23:30:00-05:00");

        assertThat(single(envelope(OrderEventType.DELIVERED, detail)).values())
                .containsEntry(OrderColumn.DELIVERED_AT, LocalDateTime.parse("2026-01-05T04:30:00"));
    }

    @Test
    void writes_nothing_but_its_own_fields_for_events_without_defaults() {
        assertThat(single(envelope(OrderEventType.PAID, minimalDetail(OrderEventType.PAID))).values()).isEmpty();
        assertThat(single(envelope(OrderEventType.CANCELLED, minimalDetail(OrderEventType.CANCELLED))).values())
                .isEmpty();
    }

    @Test
    void ignores_detail_fields_it_does_not_know() {
        Map<String, Object> detail = minimalDetail(OrderEventType.SHIPPED);
        detail.put("giftWrap", true);
        detail.put("trackingNumber", Map.of("value", "1Z999"));
        detail.put("note", "a note on a shipped event is not a support note");

        OrderEvent event = single(envelope(OrderEventType.SHIPPED, detail));

        assertThat(event.values()).containsOnlyKeys(OrderColumn.CARRIER, OrderColumn.SHIPPED_AT);
        assertThat(event.envelope()).containsKey("detail");
    }

    @Test
    void refuses_an_empty_batch() {
        assertThatThrownBy(() -> reader.read(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no events");
    }

    @Test
    void refuses_a_batch_over_the_limit_and_takes_one_at_the_limit() {
        Map<String, Object> paid = envelope(OrderEventType.PAID, minimalDetail(OrderEventType.PAID));

        assertThatThrownBy(() -> reader.read(Collections.nCopies(OrderEventReader.MAX_BATCH + 1, paid)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 1000");
        assertThat(reader.read(Collections.nCopies(OrderEventReader.MAX_BATCH, paid)).events())
                .hasSize(OrderEventReader.MAX_BATCH);
    }

    @Test
    void refuses_a_body_that_is_neither_an_event_nor_a_list() {
        assertThatThrownBy(() -> reader.read("an event")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reader.read(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keeps_the_position_of_every_event_of_a_batch_and_rejects_items_that_are_no_objects() {
        Map<String, Object> shipped = envelope(OrderEventType.SHIPPED, minimalDetail(OrderEventType.SHIPPED));
        Map<String, Object> badTime = envelope(OrderEventType.PAID, minimalDetail(OrderEventType.PAID));
        badTime.put("id", "evt-bad");
        badTime.put("time", "never");
        Map<String, Object> paid = envelope(OrderEventType.PAID, minimalDetail(OrderEventType.PAID));
        paid.put("id", "evt-2");
        List<Object> body = new ArrayList<>(List.of("text", shipped, 42L, badTime, paid));
        body.add(1, null);

        OrderEventReader.Batch batch = reader.read(body);

        assertThat(batch.events()).extracting(OrderEvent::id).containsExactly("evt-1", "evt-2");
        assertThat(batch.positions()).containsExactly(2, 5);
        assertThat(batch.rejections()).extracting(EventRejection::index).containsExactly(0, 1, 3, 4);
        assertThat(batch.rejections().get(0).field()).isEmpty();
        assertThat(batch.rejections().get(0).message()).contains("JSON object");
        assertThat(batch.rejections().get(3).eventId()).isEqualTo("evt-bad");
        assertThat(batch.rejections().get(3).field()).isEqualTo("time");
    }

    private OrderEvent single(Map<String, Object> envelope) {
        OrderEventReader.Batch batch = reader.read(envelope);
        assertThat(batch.rejections()).as("rejections").isEmpty();
        return batch.events().get(0);
    }

    private EventRejection rejection(Map<String, Object> envelope) {
        OrderEventReader.Batch batch = reader.read(envelope);
        assertThat(batch.events()).as("accepted events").isEmpty();
        return batch.rejections().get(0);
    }

    private static Map<String, Object> envelope(OrderEventType type, Map<String, Object> detail) {
        return Envelopes.envelope("evt-1", type, Envelopes.TIME, detail);
    }

    private static Map<String, Object> minimalDetail(OrderEventType type) {
        Map<String, Object> all = Envelopes.createdDetail("ORD-000001");
        all.put("carrier", "UPS");
        all.put("returnReason", "defective");
        all.put("refundAmount", new BigDecimal("39.98"));
        Map<String, Object> detail = Envelopes.detail("ORD-000001");
        REQUIRED.get(type).forEach(field -> detail.put(field, all.get(field)));
        return detail;
    }
}
