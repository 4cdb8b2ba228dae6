package dev.orderlens.local.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.answering.semantic.SemanticModelFile;
import dev.orderlens.core.semantic.SemanticModel;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderDocumentRendererTest {

    private static final SemanticModel SAMPLE = SemanticModelFile.loadDefault().model();

    /** An orders table with its own column names, a model with roles only, in reais. */
    private static final String PEDIDOS = """
            {"table": "pedidos", "timeColumn": "data_compra", "countMetric": "pedidos",
             "currency": "BRL", "locale": "pt-BR",
             "columns": [
               {"name": "pedido_id", "type": "STRING", "role": "IDENTIFIER", "description": "código do pedido"},
               {"name": "data_compra", "type": "TIMESTAMP", "role": "TIME", "description": "data da compra"},
               {"name": "cliente", "type": "STRING", "role": "IDENTIFIER"},
               {"name": "transportadora", "type": "STRING", "role": "DIMENSION", "sampleValues": ["Correios", "Jadlog"]},
               {"name": "forma_pagamento", "type": "STRING", "role": "DIMENSION", "sampleValues": ["cartao_credito", "pix"]},
               {"name": "valor_total", "type": "DECIMAL", "role": "MEASURE", "description": "valor pago, com frete"},
               {"name": "desconto", "type": "DECIMAL", "role": "MEASURE"},
               {"name": "atrasado", "type": "BOOLEAN", "role": "FLAG", "description": "entregue com atraso"},
               {"name": "comentario", "type": "STRING", "role": "TEXT", "description": "comentário do cliente"}
             ],
             "metrics": [
               {"name": "pedidos", "format": "COUNT", "expression": "count(*)"},
               {"name": "receita", "format": "CURRENCY", "expression": "sum(valor_total)"}
             ]}
            """;

    private final OrderDocumentRenderer sample = OrderDocumentRenderer.of(SAMPLE);

    @Test
    void renders_a_sample_order_as_a_titled_document_with_its_facts_note_and_filterable_metadata() {
        IndexDocument document = sample.render(SupportCorpus.orderRows().get(0));

        assertThat(document.id()).isEqualTo("order-ORD-000123");
        assertThat(document.title()).isEqualTo("Order ORD-000123 — Nimbus X2 wireless earbuds (returned)");
        assertThat(document.text())
                .startsWith("Placed: 2025-06-14. Customer: CUST-00007. Customer segment: vip. Channel: web. "
                        + "Product: Nimbus X2 wireless earbuds. Quantity: 1. Category: Electronics. Total: $79.90. "
                        + "Paid by: credit card. Shipped with: FedEx. Ship city: Miami. Ship state: FL. "
                        + "Ship region: Southeast. Promised by: 2025-06-18. Delivered on: 2025-06-19. Delivered late. "
                        + "Status: returned. Return reason: defective. Refund: $79.90. Support tickets: 2.")
                .endsWith("\n\nSupport note: Customer reports the earbuds case swelled and stopped charging after "
                        + "a week. Refund issued; customer asked whether the replacement batch is safe.");
        assertThat(document.metadata()).containsOnly(
                Map.entry("order_id", "ORD-000123"), Map.entry("customer_id", "CUST-00007"),
                Map.entry("carrier", "FedEx"), Map.entry("status", "returned"),
                Map.entry("ship_region", "Southeast"), Map.entry("category", "Electronics"),
                Map.entry("month", "2025-06"));
    }

    @Test
    void leaves_out_what_the_row_does_not_know_or_what_is_nothing() {
        Map<String, Object> row = new HashMap<>();
        row.put("order_id", "ORD-000009");
        row.put("order_ts", Timestamp.valueOf(LocalDateTime.of(2024, 2, 29, 23, 59)));
        row.put("status", "pending");
        row.put("carrier", null);
        row.put("is_late", false);
        row.put("refund_amount", new BigDecimal("0.00"));
        row.put("support_tickets", 1);
        row.put("csat_score", 4);

        IndexDocument document = sample.render(row);

        assertThat(document.title()).isEqualTo("Order ORD-000009 (pending)");
        assertThat(document.text()).isEqualTo("Placed: 2024-02-29. Status: pending. Support tickets: 1. CSAT: 4.");
        assertThat(document.metadata()).containsOnly(Map.entry("order_id", "ORD-000009"),
                Map.entry("status", "pending"), Map.entry("month", "2024-02"));
    }

    @Test
    void finds_sample_rows_worth_indexing_by_their_support_note_or_tickets() {
        Map<String, Object> quiet = new HashMap<>(Map.of("order_id", "ORD-1", "support_tickets", 0));
        Map<String, Object> ticketed = new HashMap<>(Map.of("order_id", "ORD-2", "support_tickets", 2));
        Map<String, Object> noted = new HashMap<>(Map.of("order_id", "ORD-3", "support_note", "Asked for an invoice."));
        Map<String, Object> blankNote = new HashMap<>(Map.of("order_id", "ORD-4", "support_note", " "));

        assertThat(sample.worthIndexing(quiet)).isFalse();
        assertThat(sample.worthIndexing(ticketed)).isTrue();
        assertThat(sample.worthIndexing(noted)).isTrue();
        assertThat(sample.worthIndexing(blankNote)).isFalse();
        assertThat(sample.worthIndexingCondition()).isEqualTo("trim(support_note) <> '' OR support_tickets > 0");
    }

    @Test
    void renders_a_table_with_other_columns_from_the_roles_of_its_model() {
        OrderDocumentRenderer renderer = OrderDocumentRenderer.of(model(PEDIDOS));
        Map<String, Object> row = new HashMap<>();
        row.put("pedido_id", "P-1001");
        row.put("data_compra", LocalDateTime.of(2025, 3, 2, 14, 5));
        row.put("cliente", "C-77");
        row.put("transportadora", "Correios");
        row.put("forma_pagamento", "cartao_credito");
        row.put("valor_total", new BigDecimal("1234.56"));
        row.put("desconto", new BigDecimal("0.00"));
        row.put("atrasado", true);
        row.put("comentario", "  Caixa chegou amassada, cliente pediu troca.  ");

        IndexDocument document = renderer.render(row);

        assertThat(document.id()).isEqualTo("pedido-P-1001");
        assertThat(document.title()).isEqualTo("Pedido P-1001");
        assertThat(document.text()).isEqualTo("Data da compra: 2025-03-02. Cliente: C-77. Transportadora: Correios. "
                + "Forma pagamento: cartao credito. Valor pago: R$\u00a01.234,56. Entregue com atraso.\n\n"
                + "Comentário do cliente: Caixa chegou amassada, cliente pediu troca.");
        assertThat(document.metadata()).containsOnly(Map.entry("pedido_id", "P-1001"), Map.entry("cliente", "C-77"),
                Map.entry("transportadora", "Correios"), Map.entry("forma_pagamento", "cartao_credito"),
                Map.entry("month", "2025-03"));
        assertThat(renderer.worthIndexingCondition()).isEqualTo("trim(comentario) <> ''");
        assertThat(renderer.worthIndexing(Map.of("pedido_id", "P-2", "comentario", ""))).isFalse();
    }

    @Test
    void reads_dates_of_any_driver_type_and_columns_in_any_case() {
        OrderDocumentRenderer renderer = OrderDocumentRenderer.of(model(PEDIDOS));
        Map<String, Object> row = Map.of("PEDIDO_ID", "P-7", "Data_Compra", java.sql.Date.valueOf(LocalDate.of(2025,
                12, 31)), "COMENTARIO", "Sem nota fiscal.");

        IndexDocument document = renderer.render(row);

        assertThat(document.id()).isEqualTo("pedido-P-7");
        assertThat(document.text()).isEqualTo("Data da compra: 2025-12-31.\n\nComentário do cliente: Sem nota fiscal.");
        assertThat(document.metadata()).containsEntry("month", "2025-12");
    }

    @Test
    void a_model_without_a_text_column_has_no_documents_to_render() {
        SemanticModel withoutText = model(PEDIDOS.replace("\"role\": \"TEXT\"", "\"role\": \"DIMENSION\""));

        assertThatThrownBy(() -> OrderDocumentRenderer.of(withoutText))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no order documents: the semantic model has no text column");
    }

    private static SemanticModel model(String json) {
        return SemanticModelFile.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "pedidos.json")
                .model();
    }
}
