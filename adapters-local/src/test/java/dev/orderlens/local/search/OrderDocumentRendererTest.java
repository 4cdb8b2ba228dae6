package dev.orderlens.local.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderDocumentRendererTest {

    private final OrderDocumentRenderer renderer = new OrderDocumentRenderer();

    @Test
    void renders_the_row_as_a_titled_document_with_facts_note_and_filterable_metadata() {
        IndexDocument document = renderer.render(SupportCorpus.orderRows().get(0));

        assertThat(document.id()).isEqualTo("order-ORD-000123");
        assertThat(document.title()).isEqualTo("Order ORD-000123 — Nimbus X2 wireless earbuds (returned)");
        assertThat(document.text())
                .startsWith("Order ORD-000123 was placed on 2025-06-14 by vip customer CUST-00007 via web for "
                        + "1 × Nimbus X2 wireless earbuds (Electronics), total $79.90 paid by credit card.")
                .contains("It shipped with FedEx to Miami, FL (Southeast), promised by 2025-06-18, "
                        + "delivered on 2025-06-19 (late).")
                .contains("Status: returned; return reason: defective; refund $79.90.")
                .contains("2 support tickets.")
                .endsWith("\n\nSupport note: Customer reports the earbuds case swelled and stopped charging after "
                        + "a week. Refund issued; customer asked whether the replacement batch is safe.");
        assertThat(document.metadata()).containsOnly(
                Map.entry("order_id", "ORD-000123"), Map.entry("customer_id", "CUST-00007"),
                Map.entry("carrier", "FedEx"), Map.entry("status", "returned"),
                Map.entry("ship_region", "Southeast"), Map.entry("category", "Electronics"),
                Map.entry("month", "2025-06"));
    }

    @Test
    void leaves_out_what_the_row_does_not_know() {
        Map<String, Object> row = new HashMap<>();
        row.put("order_id", "ORD-000009");
        row.put("order_ts", Timestamp.valueOf(LocalDateTime.of(2024, 2, 29, 23, 59)));
        row.put("status", "pending");
        row.put("carrier", null);
        row.put("support_tickets", 1);
        row.put("csat_score", 4);

        IndexDocument document = renderer.render(row);

        assertThat(document.title()).isEqualTo("Order ORD-000009 (pending)");
        assertThat(document.text()).isEqualTo(
                "Order ORD-000009 was placed on 2024-02-29. Status: pending. 1 support ticket; CSAT 4/5.");
        assertThat(document.metadata()).containsOnly(Map.entry("order_id", "ORD-000009"),
                Map.entry("status", "pending"), Map.entry("month", "2024-02"));
    }

    @Test
    void finds_rows_worth_indexing_by_their_support_note_or_tickets() {
        Map<String, Object> quiet = new HashMap<>(Map.of("order_id", "ORD-1", "support_tickets", 0));
        Map<String, Object> ticketed = new HashMap<>(Map.of("order_id", "ORD-2", "support_tickets", 2));
        Map<String, Object> noted = new HashMap<>(Map.of("order_id", "ORD-3", "support_note", "Asked for an invoice."));
        Map<String, Object> blankNote = new HashMap<>(Map.of("order_id", "ORD-4", "support_note", " "));

        assertThat(renderer.worthIndexing(quiet)).isFalse();
        assertThat(renderer.worthIndexing(ticketed)).isTrue();
        assertThat(renderer.worthIndexing(noted)).isTrue();
        assertThat(renderer.worthIndexing(blankNote)).isFalse();
    }
}
