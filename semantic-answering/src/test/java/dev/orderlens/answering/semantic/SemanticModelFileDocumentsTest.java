package dev.orderlens.answering.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.semantic.DocumentField;
import dev.orderlens.core.semantic.MetricFormat;
import dev.orderlens.core.semantic.OrderDocuments;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code documents} section of a model file: how rows become documents of the orders search index. */
class SemanticModelFileDocumentsTest {

    private static final String MODEL = """
            {"table": "pedidos", "timeColumn": "data_compra", "countMetric": "pedidos",
             "columns": [
               {"name": "pedido_id", "type": "STRING", "role": "IDENTIFIER"},
               {"name": "data_compra", "type": "DATE", "role": "TIME"},
               {"name": "produto", "type": "STRING", "role": "DIMENSION"},
               {"name": "valor", "type": "DECIMAL", "role": "MEASURE"},
               {"name": "chamados", "type": "INTEGER", "role": "MEASURE"},
               {"name": "comentario", "type": "STRING", "role": "TEXT"}
             ],
             "metrics": [{"name": "pedidos", "format": "COUNT", "expression": "count(*)"}]
             DOCUMENTS}
            """;

    @Test
    void the_sample_model_says_how_its_orders_become_documents() {
        OrderDocuments documents = SemanticModelFile.loadDefault().model().documents();

        assertThat(documents.name()).isEqualTo("Order");
        assertThat(documents.idColumn()).isEqualTo("order_id");
        assertThat(documents.titleColumns()).containsExactly("product_name", "status");
        assertThat(documents.text()).containsExactly(new DocumentField("support_note", "support note", null));
        assertThat(documents.facts()).contains(new DocumentField("order_total", "total", MetricFormat.CURRENCY));
        assertThat(documents.metadataColumns())
                .containsExactly("order_id", "customer_id", "carrier", "status", "ship_region", "category");
        assertThat(documents.monthColumn()).isEqualTo("order_ts");
        assertThat(documents.indexRowsWith()).containsExactly("support_note", "support_tickets");
        assertThat(SemanticModelFile.loadDefault().withTable("main.raw.orders").model().documents())
                .isEqualTo(documents);
    }

    @Test
    void reads_the_section_and_derives_what_it_leaves_out() {
        OrderDocuments documents = load(", \"documents\": {\"name\": \"Pedido\", \"title\": [\"produto\"],"
                + " \"facts\": [\"produto\", {\"column\": \"valor\", \"label\": \"valor pago\", \"format\": \"CURRENCY\"}],"
                + " \"month\": null, \"indexRowsWith\": [\"comentario\", \"chamados\"]}");

        assertThat(documents.name()).isEqualTo("Pedido");
        assertThat(documents.idColumn()).isEqualTo("pedido_id");
        assertThat(documents.titleColumns()).containsExactly("produto");
        assertThat(documents.text()).containsExactly(new DocumentField("comentario", "comentario", null));
        assertThat(documents.facts()).containsExactly(new DocumentField("produto", "produto", null),
                new DocumentField("valor", "valor pago", MetricFormat.CURRENCY));
        assertThat(documents.monthColumn()).isNull();
        assertThat(documents.indexRowsWith()).containsExactly("comentario", "chamados");
    }

    @Test
    void without_the_section_documents_come_from_the_column_roles() {
        OrderDocuments documents = load("");

        assertThat(documents.name()).isEqualTo("Pedido");
        assertThat(documents.text()).extracting(DocumentField::column).containsExactly("comentario");
        assertThat(documents.facts()).extracting(DocumentField::column)
                .containsExactly("data_compra", "produto", "valor", "chamados");
        assertThat(documents.monthColumn()).isEqualTo("data_compra");
    }

    @Test
    void an_empty_text_list_means_no_orders_index() {
        OrderDocuments documents = load(", \"documents\": {\"text\": []}");

        assertThat(documents.indexed()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[]|documents must be an object",
        "{\"ids\": \"pedido_id\"}|documents.ids is not a field of documents (name, id, title, text, facts",
        "{\"id\": \"pedido\"}|documents.id 'pedido' is not one of the columns",
        "{\"title\": [\"produto\", \"preco\"]}|documents.title[1] 'preco' is not one of the columns",
        "{\"text\": [\"produto\"]}|documents.text[0] 'produto' is not a TEXT column",
        "{\"text\": \"comentario\"}|documents.text must be a list",
        "{\"facts\": [{\"label\": \"valor\"}]}|documents.facts[0].column is missing",
        "{\"facts\": [{\"column\": \"valor\", \"format\": \"MONEY\"}]}|documents.facts[0].format 'MONEY' is not one of",
        "{\"facts\": [3]}|documents.facts[0] must be a column name or an object",
        "{\"metadata\": [\"loja\"]}|documents.metadata[0] 'loja' is not one of the columns",
        "{\"month\": \"produto\"}|documents.month 'produto' is not a DATE or TIMESTAMP column",
        "{\"indexRowsWith\": [\"nota\"]}|documents.indexRowsWith[0] 'nota' is not one of the columns"
    })
    void names_the_bad_field_of_the_section(String section, String message) {
        assertThatThrownBy(() -> load(", \"documents\": " + section))
                .isInstanceOf(SemanticModelFile.InvalidSemanticModelException.class)
                .hasMessageStartingWith("pedidos.json: ")
                .hasMessageContaining(message);
    }

    @Test
    void text_needs_an_id_to_tell_documents_apart() {
        String withoutIdentifier = MODEL.replace("\"role\": \"IDENTIFIER\"", "\"role\": \"DIMENSION\"")
                .replace("DOCUMENTS", ", \"documents\": {\"text\": [\"comentario\"]}");

        assertThatThrownBy(() -> SemanticModelFile.load(new ByteArrayInputStream(
                withoutIdentifier.getBytes(StandardCharsets.UTF_8)), "pedidos.json"))
                .hasMessage("pedidos.json: documents.id is missing, and the model has no IDENTIFIER column to take it"
                        + " from");
    }

    private static OrderDocuments load(String documents) {
        String json = MODEL.replace("DOCUMENTS", documents);
        return SemanticModelFile.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "pedidos.json")
                .model().documents();
    }
}
