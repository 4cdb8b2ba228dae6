package dev.orderlens.core.ingest;

import dev.orderlens.core.domain.order.OrderEventType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Order events as EventBridge envelopes in JSON-tree form, as a request body parser hands them over. */
final class Envelopes {

    static final String TIME = "2026-01-05T10:15:30Z";

    private Envelopes() {
    }

    static Map<String, Object> envelope(String id, OrderEventType type, String time, Map<String, Object> detail) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("version", "0");
        envelope.put("id", id);
        envelope.put("detail-type", type.detailType());
        envelope.put("source", "shop.orders");
        envelope.put("account", "123456789012");
        envelope.put("time", time);
        envelope.put("region", "us-east-1");
        envelope.put("resources", List.of());
        envelope.put("detail", detail);
        return envelope;
    }

    /** A detail with the order id and the given field names and values, in turn. */
    static Map<String, Object> detail(String orderId, Object... namesAndValues) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("orderId", orderId);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            detail.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return detail;
    }

    /** Every field an {@code Order Created} event must carry: 2 × 19.99, promised for 2026-01-09. */
    static Map<String, Object> createdDetail(String orderId) {
        return detail(orderId,
                "customerId", "CUST-00001",
                "customerSegment", "consumer",
                "channel", "web",
                "shipCity", "Austin",
                "shipState", "TX",
                "shipRegion", "South",
                "category", "Electronics",
                "productName", "USB-C Hub",
                "sku", "ELE-0001",
                "quantity", 2L,
                "unitPrice", new BigDecimal("19.99"),
                "paymentMethod", "card",
                "promisedDate", "2026-01-09");
    }
}
