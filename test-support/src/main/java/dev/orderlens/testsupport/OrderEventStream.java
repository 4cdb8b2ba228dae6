package dev.orderlens.testsupport;

import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.domain.order.OrderEventType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic stream of order events as EventBridge delivers them, for ingest tests: the lives of new
 * orders and events on existing ones, re-sent duplicates, arrival out of order, and a share of invalid events.
 * {@link #expected} folds the valid events one after the other in time order, the plain reading of what the
 * table must hold, to compare ingest's result with.
 */
public final class OrderEventStream {

    private static final Instant START = Instant.parse("2026-01-02T08:00:00Z");
    private static final String[] CARRIERS = {"UPS", "FedEx", "USPS", "DHL"};
    private static final String[] REASONS = {"defective", "wrong_item", "damaged_in_transit", "size_fit"};
    private static final String[] NOTES = {"Customer says the box arrived crushed and wants a replacement.",
        "Customer asks where the parcel is; tracking has not moved for three days.",
        "Customer reports the earbuds stopped charging after a week.",
        "Customer wants to change the delivery address to their office."};

    /** One generated event: what was sent, and for a valid one what it means. */
    public record Sent(Map<String, Object> envelope, boolean valid, String id, OrderEventType type, Instant time,
            String orderId, Map<OrderColumn, Object> values) {
    }

    private final Random random;
    private final List<Sent> valid = new ArrayList<>();
    private final List<Map<String, Object>> arrivals = new ArrayList<>();
    private int invalidCount;
    private int duplicateCount;
    private int nextId;

    private OrderEventStream(long seed) {
        this.random = new Random(seed);
    }

    /**
     * @param existingOrderIds orders already in the table, some of which get events
     * @param newOrders how many orders the stream creates
     * @param total how many events arrive in all (valid, duplicate and invalid)
     * @param invalidShare the share of invalid events, e.g. 0.05
     */
    public static OrderEventStream generate(long seed, List<String> existingOrderIds, int newOrders, int total,
            double invalidShare) {
        OrderEventStream stream = new OrderEventStream(seed);
        stream.build(existingOrderIds, newOrders, total, invalidShare);
        return stream;
    }

    /** The events in the order they arrive. */
    public List<Map<String, Object>> arrivals() {
        return Collections.unmodifiableList(arrivals);
    }

    public List<Sent> validEvents() {
        return Collections.unmodifiableList(valid);
    }

    public int invalidCount() {
        return invalidCount;
    }

    public int duplicateCount() {
        return duplicateCount;
    }

    private void build(List<String> existing, int newOrders, int total, double invalidShare) {
        int invalidWanted = (int) Math.round(total * invalidShare);
        int duplicatesWanted = total / 10;
        int validWanted = total - invalidWanted - duplicatesWanted;
        for (int n = 0; valid.size() < validWanted; n++) {
            if (n < newOrders) {
                lifeOfNewOrder(String.format("ORD-9%05d", n), START.plus(Duration.ofMinutes(7L * n)));
            } else {
                eventOnExisting(existing.get(random.nextInt(existing.size())), START.plus(Duration.ofMinutes(5L * n)));
            }
        }
        while (valid.size() > validWanted) {
            valid.remove(valid.size() - 1);
        }
        List<Map<String, Object>> sent = new ArrayList<>();
        valid.forEach(event -> sent.add(event.envelope()));
        sent.sort(Comparator.comparing(envelope -> (String) envelope.get("time")));
        for (int i = 0; i < duplicatesWanted; i++) {
            sent.add(random.nextInt(sent.size() + 1), copy(sent.get(random.nextInt(sent.size()))));
            duplicateCount++;
        }
        for (int i = 0; i < invalidWanted; i++) {
            sent.add(random.nextInt(sent.size() + 1), broken(valid.get(random.nextInt(valid.size())).envelope(), i));
            invalidCount++;
        }
        reorder(sent);
        arrivals.addAll(sent);
    }

    private void lifeOfNewOrder(String orderId, Instant placed) {
        Instant at = placed;
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("customerId", String.format("CUST-9%04d", random.nextInt(5000)));
        created.put("customerSegment", random.nextBoolean() ? "consumer" : "vip");
        created.put("channel", random.nextBoolean() ? "web" : "mobile");
        created.put("shipCity", "Atlanta");
        created.put("shipState", "GA");
        created.put("shipRegion", "Southeast");
        created.put("category", "Electronics");
        created.put("productName", "Nimbus X2 wireless earbuds");
        created.put("sku", "SKU-NX2");
        created.put("quantity", 1 + random.nextInt(3));
        created.put("unitPrice", new BigDecimal("79.99"));
        created.put("discountAmount", new BigDecimal(random.nextInt(10) + ".50"));
        created.put("shippingFee", new BigDecimal("4.99"));
        created.put("paymentMethod", "credit_card");
        LocalDate promised = LocalDateTime.ofInstant(placed, ZoneOffset.UTC).toLocalDate().plusDays(5);
        created.put("promisedDate", promised.toString());
        if (random.nextBoolean()) {
            created.put("orderTs", placed.toString());
        }
        add(OrderEventType.CREATED, orderId, at, created);
        add(OrderEventType.PAID, orderId, at = at.plus(Duration.ofMinutes(30)), Map.of("paymentMethod", "paypal"));
        if (random.nextInt(10) == 0) {
            add(OrderEventType.CANCELLED, orderId, at.plus(Duration.ofHours(2)), Map.of());
            return;
        }
        at = at.plus(Duration.ofHours(20));
        add(OrderEventType.SHIPPED, orderId, at, random.nextBoolean()
                ? Map.of("carrier", CARRIERS[random.nextInt(CARRIERS.length)])
                : Map.of("carrier", CARRIERS[random.nextInt(CARRIERS.length)], "shippedAt", at.toString()));
        if (random.nextInt(4) == 0) {
            add(OrderEventType.SUPPORT_TICKET_OPENED, orderId, at.plus(Duration.ofHours(30)),
                    Map.of("note", NOTES[random.nextInt(NOTES.length)]));
        }
        at = at.plus(Duration.ofDays(2 + random.nextInt(6)));
        add(OrderEventType.DELIVERED, orderId, at, Map.of());
        if (random.nextInt(5) == 0) {
            add(OrderEventType.RETURNED, orderId, at = at.plus(Duration.ofDays(4)),
                    Map.of("returnReason", REASONS[random.nextInt(REASONS.length)], "refundAmount",
                            new BigDecimal("79.99")));
        } else if (random.nextInt(8) == 0) {
            add(OrderEventType.REFUNDED, orderId, at.plus(Duration.ofDays(1)), Map.of("refundAmount",
                    new BigDecimal("10.00")));
        }
    }

    private void eventOnExisting(String orderId, Instant at) {
        switch (random.nextInt(4)) {
            case 0 -> add(OrderEventType.REFUNDED, orderId, at, Map.of("refundAmount", new BigDecimal("15.25")));
            case 1 -> add(OrderEventType.CANCELLED, orderId, at, Map.of());
            default -> add(OrderEventType.SUPPORT_TICKET_OPENED, orderId, at,
                    Map.of("note", NOTES[random.nextInt(NOTES.length)]));
        }
    }

    private void add(OrderEventType type, String orderId, Instant time, Map<String, Object> detailFields) {
        String id = "evt-" + (nextId++) + "-" + Integer.toHexString(random.nextInt());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("orderId", orderId);
        detail.putAll(detailFields);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("version", "0");
        envelope.put("id", id);
        envelope.put("detail-type", type.detailType());
        envelope.put("source", "com.example.shop");
        envelope.put("account", "123456789012");
        envelope.put("time", time.toString());
        envelope.put("region", "us-east-1");
        envelope.put("resources", List.of());
        envelope.put("detail", detail);
        Map<OrderColumn, Object> values = new EnumMap<>(OrderColumn.class);
        for (OrderEventType.Field field : type.fields()) {
            Object value = detailFields.get(field.name());
            if (value != null) {
                values.put(field.column(), typed(field.column(), value));
            }
        }
        valid.add(new Sent(envelope, true, id, type, time, orderId, values));
    }

    private static Object typed(OrderColumn column, Object value) {
        return switch (column.type()) {
            case INTEGER -> ((Number) value).longValue();
            case DECIMAL -> ((BigDecimal) value).setScale(2);
            case DATE -> LocalDate.parse((String) value);
            case TIMESTAMP -> LocalDateTime.ofInstant(Instant.parse((String) value), ZoneOffset.UTC);
            default -> value;
        };
    }

    /** Arrival order: neighbours swapped, and some events moved far from their place. */
    private void reorder(List<Map<String, Object>> sent) {
        for (int i = 0; i < sent.size() - 1; i++) {
            if (random.nextInt(3) == 0) {
                Collections.swap(sent, i, Math.min(sent.size() - 1, i + 1 + random.nextInt(40)));
            }
        }
        for (int i = 0; i < sent.size() / 20; i++) {
            sent.add(random.nextInt(sent.size()), sent.remove(random.nextInt(sent.size())));
        }
    }

    private static Map<String, Object> copy(Map<String, Object> envelope) {
        Map<String, Object> copy = new LinkedHashMap<>(envelope);
        copy.put("detail", new LinkedHashMap<>(detailOf(envelope)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> detailOf(Map<String, Object> envelope) {
        return (Map<String, Object>) envelope.get("detail");
    }

    /** A copy of a valid event with a new id, broken in one of several ways. */
    private Map<String, Object> broken(Map<String, Object> original, int n) {
        Map<String, Object> event = copy(original);
        event.put("id", "bad-" + n);
        Map<String, Object> detail = detailOf(event);
        switch (n % 9) {
            case 0 -> detail.remove("orderId");
            case 1 -> event.put("detail-type", "Order Teleported");
            case 2 -> event.put("time", "yesterday");
            case 3 -> detail.put("orderId", "ORD 1; DROP TABLE orders");
            case 4 -> event.put("detail", "not an object");
            case 5 -> event.remove("id");
            case 6 -> {
                event.put("detail-type", OrderEventType.REFUNDED.detailType());
                detail.put("refundAmount", "lots");
            }
            case 7 -> {
                event.put("detail-type", OrderEventType.SHIPPED.detailType());
                detail.put("carrier", 42);
            }
            default -> {
                event.put("detail-type", OrderEventType.CREATED.detailType());
                detail.put("customerId", "CUST-1");
                detail.put("quantity", -3);
                detail.put("unitPrice", new BigDecimal("5.00"));
            }
        }
        return event;
    }

    /**
     * What the table must hold for every order the valid events touch: the events applied one after the other
     * in time order (then id) to the rows the table held before.
     */
    public Map<String, Map<OrderColumn, Object>> expected(Map<String, Map<OrderColumn, Object>> before) {
        List<Sent> inTimeOrder = new ArrayList<>(valid);
        inTimeOrder.sort(Comparator.comparing(Sent::time).thenComparing(Sent::id));
        Map<String, Map<OrderColumn, Object>> rows = new LinkedHashMap<>();
        for (Sent event : inTimeOrder) {
            Map<OrderColumn, Object> row = rows.computeIfAbsent(event.orderId(), id -> before.containsKey(id)
                    ? new EnumMap<>(before.get(id)) : null);
            if (row == null) {
                if (event.type() != OrderEventType.CREATED) {
                    throw new IllegalStateException("the stream has an event before its order's creation: " + event);
                }
                row = newRow(event.orderId());
                rows.put(event.orderId(), row);
            }
            apply(row, event);
        }
        return rows;
    }

    private static Map<OrderColumn, Object> newRow(String orderId) {
        Map<OrderColumn, Object> row = new EnumMap<>(OrderColumn.class);
        for (OrderColumn column : OrderColumn.values()) {
            row.put(column, null);
        }
        row.put(OrderColumn.ORDER_ID, orderId);
        row.put(OrderColumn.DISCOUNT_AMOUNT, new BigDecimal("0.00"));
        row.put(OrderColumn.SHIPPING_FEE, new BigDecimal("0.00"));
        row.put(OrderColumn.REFUND_AMOUNT, new BigDecimal("0.00"));
        row.put(OrderColumn.SUPPORT_TICKETS, 0L);
        return row;
    }

    private static void apply(Map<OrderColumn, Object> row, Sent event) {
        LocalDateTime at = LocalDateTime.ofInstant(event.time(), ZoneOffset.UTC);
        row.putAll(event.values());
        switch (event.type()) {
            case CREATED -> {
                row.putIfAbsent(OrderColumn.ORDER_TS, at);
                BigDecimal price = (BigDecimal) row.get(OrderColumn.UNIT_PRICE);
                row.put(OrderColumn.ORDER_TOTAL, price.multiply(BigDecimal.valueOf((Long) row.get(OrderColumn.QUANTITY)))
                        .subtract((BigDecimal) row.get(OrderColumn.DISCOUNT_AMOUNT))
                        .add((BigDecimal) row.get(OrderColumn.SHIPPING_FEE)));
            }
            case SHIPPED -> row.put(OrderColumn.SHIPPED_AT, event.values().getOrDefault(OrderColumn.SHIPPED_AT, at));
            case DELIVERED -> row.put(OrderColumn.DELIVERED_AT, at);
            case SUPPORT_TICKET_OPENED -> row.put(OrderColumn.SUPPORT_TICKETS,
                    (row.get(OrderColumn.SUPPORT_TICKETS) instanceof Long count ? count : 0L) + 1);
            default -> {
            }
        }
        event.type().status().ifPresent(status -> row.put(OrderColumn.STATUS, status));
        if (row.get(OrderColumn.DELIVERED_AT) instanceof LocalDateTime delivered
                && row.get(OrderColumn.PROMISED_DATE) instanceof LocalDate promised
                && (event.type() == OrderEventType.DELIVERED || event.values().containsKey(OrderColumn.PROMISED_DATE))) {
            row.put(OrderColumn.IS_LATE, delivered.toLocalDate().isAfter(promised));
        }
    }
}
