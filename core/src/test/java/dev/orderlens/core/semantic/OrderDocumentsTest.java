package dev.orderlens.core.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.table.ColumnType;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderDocumentsTest {

    private static final List<SemanticColumn> PEDIDOS = List.of(
            column("pedido_id", ColumnType.STRING, ColumnRole.IDENTIFIER, "identificador do pedido", List.of()),
            column("data_compra", ColumnType.DATE, ColumnRole.TIME, "data da compra", List.of()),
            column("cliente_id", ColumnType.STRING, ColumnRole.IDENTIFIER, "", List.of()),
            column("transportadora", ColumnType.STRING, ColumnRole.DIMENSION, "empresa de entrega, NULL se não enviado",
                    List.of("Correios", "Jadlog")),
            column("cidade", ColumnType.STRING, ColumnRole.DIMENSION, "cidade de entrega", List.of()),
            column("valor_total", ColumnType.DECIMAL, ColumnRole.MEASURE, "quantidade*preco + frete", List.of()),
            column("nota", ColumnType.INTEGER, ColumnRole.MEASURE, "nota 1..5", List.of()),
            column("comentario", ColumnType.STRING, ColumnRole.TEXT, "comentário do cliente", List.of()));
    private static final List<Metric> METRICS = List.of(new Metric("receita", "receita", null, null,
            "sum(valor_total)", null, MetricFormat.CURRENCY, null));

    @Test
    void a_model_that_says_nothing_about_documents_gets_them_from_its_column_roles() {
        OrderDocuments documents = new SemanticModel("pedidos", null, PEDIDOS, METRICS, "data_compra", null, null,
                null).documents();

        assertThat(documents.indexed()).isTrue();
        assertThat(documents.name()).isEqualTo("Pedido");
        assertThat(documents.idColumn()).isEqualTo("pedido_id");
        assertThat(documents.titleColumns()).isEmpty();
        assertThat(documents.text()).containsExactly(
                new DocumentField("comentario", "comentário do cliente", null));
        assertThat(documents.facts()).containsExactly(
                new DocumentField("data_compra", "data da compra", null),
                new DocumentField("cliente_id", "cliente id", null),
                new DocumentField("transportadora", "empresa de entrega", null),
                new DocumentField("cidade", "cidade de entrega", null),
                new DocumentField("valor_total", "valor total", MetricFormat.CURRENCY),
                new DocumentField("nota", "nota", null));
        assertThat(documents.metadataColumns()).containsExactly("pedido_id", "cliente_id", "transportadora");
        assertThat(documents.monthColumn()).isEqualTo("data_compra");
        assertThat(documents.indexRowsWith()).containsExactly("comentario");
    }

    @Test
    void a_model_without_a_text_column_has_no_documents_and_says_why() {
        List<SemanticColumn> noText = PEDIDOS.stream().filter(c -> c.role() != ColumnRole.TEXT).toList();
        SemanticModel model = new SemanticModel("pedidos", null, noText, METRICS, "data_compra", null, null, null);

        assertThat(model.documents().indexed()).isFalse();
        assertThat(model.whyNoDocuments()).hasValue("the semantic model has no text column");
    }

    @Test
    void a_model_without_an_identifier_cannot_tell_documents_apart() {
        List<SemanticColumn> noId = PEDIDOS.stream().filter(c -> c.role() != ColumnRole.IDENTIFIER).toList();
        SemanticModel model = new SemanticModel("pedidos", null, noId, METRICS, "data_compra", null, null, null);

        assertThat(model.documents().indexed()).isFalse();
        assertThat(model.whyNoDocuments()).get().asString().contains("IDENTIFIER");
    }

    @Test
    void stated_documents_keep_their_labels_and_get_the_rest_from_the_model() {
        OrderDocuments stated = new OrderDocuments("Compra", "pedido_id", List.of("cidade"),
                List.of(DocumentField.of("comentario")),
                List.of(new DocumentField("valor_total", "total", null), new DocumentField("nota", "nota", null)),
                List.of("transportadora"), null, List.of("comentario", "nota"));

        SemanticModel model = new SemanticModel("pedidos", null, PEDIDOS, METRICS, "data_compra", null, null, null,
                stated);

        assertThat(model.documents().name()).isEqualTo("Compra");
        assertThat(model.documents().facts()).containsExactly(
                new DocumentField("valor_total", "total", MetricFormat.CURRENCY), new DocumentField("nota", "nota", null));
        assertThat(model.documents().monthColumn()).isNull();
        assertThat(model.documents().indexRowsWith()).containsExactly("comentario", "nota");
        assertThat(model.whyNoDocuments()).isEmpty();
    }

    @Test
    void documents_naming_a_column_the_model_lacks_are_refused() {
        OrderDocuments stated = new OrderDocuments(null, "pedido_id", List.of(), List.of(DocumentField.of("nota_fiscal")),
                List.of(), List.of(), null, List.of());

        assertThatThrownBy(() -> new SemanticModel("pedidos", null, PEDIDOS, METRICS, "data_compra", null, null, null,
                stated)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nota_fiscal'");
    }

    private static SemanticColumn column(String name, ColumnType type, ColumnRole role, String description,
            List<String> values) {
        return new SemanticColumn(name, type, role, description, null, values, null);
    }
}
