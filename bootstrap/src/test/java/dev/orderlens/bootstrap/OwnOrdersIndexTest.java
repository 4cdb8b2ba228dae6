package dev.orderlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.RagAnswer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.domain.route.RoutePreference;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.pipeline.AskCommand;
import dev.orderlens.testsupport.DocumentFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A home whose own orders have other column names than the sample's: its orders index is made of its own text
 * column as its model's roles say, and a model without a text column starts with no orders index at all.
 */
class OwnOrdersIndexTest {

    private static final String MODEL = """
            {"table": "pedidos", "timeColumn": "data_compra", "countMetric": "pedidos",
             "currency": "BRL", "locale": "pt-BR",
             "columns": [
               {"name": "pedido_id", "type": "STRING", "role": "IDENTIFIER", "sampleValues": ["P-1"]},
               {"name": "data_compra", "type": "TIMESTAMP", "role": "TIME", "description": "data da compra"},
               {"name": "transportadora", "type": "STRING", "role": "DIMENSION", "sampleValues": ["Correios"]},
               {"name": "valor_total", "type": "DECIMAL", "role": "MEASURE"},
               {"name": "comentario", "type": "STRING", "role": "TEXT", "description": "comentário do cliente"}
             ],
             "metrics": [{"name": "pedidos", "format": "COUNT", "expression": "count(*)"},
                         {"name": "receita", "format": "CURRENCY", "expression": "sum(valor_total)"}]}
            """;
    private static final String CSV = """
            pedido_id,data_compra,transportadora,valor_total,comentario
            P-1,2025-03-01 10:00:00,Correios,120.50,
            P-2,2025-03-09 16:30:00,Jadlog,89.90,Caixa chegou amassada e o liquidificador veio rachado
            P-3,2025-04-02 08:15:00,Correios,42.00,Cliente pediu nota fiscal em nome da empresa
            """;

    @TempDir
    Path home;
    @TempDir
    Path files;

    private final List<String> startupLines = new CopyOnWriteArrayList<>();

    @Test
    void own_orders_are_indexed_by_their_own_text_column() throws IOException {
        try (OrderLens orderLens = startWith(MODEL)) {
            List<Passage> sources = rag(orderLens, "liquidificador rachado amassada");

            assertThat(sources).first().satisfies(passage -> {
                assertThat(passage.id()).isEqualTo("pedido-P-2");
                assertThat(passage.index()).isEqualTo(EmbeddedIndexes.ORDERS);
                assertThat(passage.title()).isEqualTo("Pedido P-2");
                assertThat(passage.text()).contains("Valor total: R$", "89,90",
                        "Comentário do cliente: Caixa chegou amassada");
                assertThat(passage.metadata()).containsEntry("month", "2025-03");
            });
            assertThat(orderLens.backends()).anySatisfy(backend -> {
                assertThat(backend.port()).isEqualTo("vector index orders");
                assertThat(backend.target()).endsWith("2 documents");
            });
        }
        assertThat(startupLines).noneSatisfy(line -> assertThat(line).containsAnyOf("support_note", "order_id"));
    }

    @Test
    void a_model_without_a_text_column_starts_without_an_orders_index_and_says_so() throws IOException {
        try (OrderLens orderLens = startWith(MODEL.replace("\"role\": \"TEXT\"", "\"role\": \"DIMENSION\""),
                DocumentFolders.write(files.resolve("docs")))) {
            List<Passage> sources = rag(orderLens, "Can opened headphones be returned?");

            assertThat(sources).isNotEmpty().allSatisfy(passage ->
                    assertThat(passage.index()).isEqualTo(EmbeddedIndexes.ANALYTICS));
            assertThat(orderLens.checkBackends()).filteredOn(backend -> backend.port().equals("vector index orders"))
                    .singleElement().satisfies(backend -> {
                        assertThat(backend.implementation()).isEqualTo("none: the semantic model has no text column");
                        assertThat(backend.reachability()).isEqualTo(BackendStatus.Reachability.REACHABLE);
                    });
        }
        assertThat(startupLines).containsOnlyOnce("vector index orders: none: the semantic model has no text column");
        assertThat(home.resolve("indexes").resolve(EmbeddedIndexes.ORDERS)).doesNotExist();
    }

    private OrderLens startWith(String model) throws IOException {
        return startWith(model, null);
    }

    /** Starts on the shop's orders described by {@code model}, with its own documents when a folder is given. */
    private OrderLens startWith(String model, Path documents) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("ORDERLENS_HOME", home.toString());
        OrdersData.load(OrderLensSettings.from(env),
                OrdersData.Source.csv(Files.writeString(files.resolve("pedidos.csv"), CSV)),
                Optional.of(Files.writeString(files.resolve("pedidos.json"), model)));
        if (documents != null) {
            OwnDocuments.replace(env, documents);
        }
        return OrderLensWiring.start(env, new StartupListener() {
            @Override
            public void info(String message) {
                startupLines.add(message);
            }
        });
    }

    private static List<Passage> rag(OrderLens orderLens, String question) {
        Answer answer = orderLens.assistant().ask(new AskCommand(question, SessionId.random().value(),
                RoutePreference.RAG, List.of()));
        assertThat(answer).isInstanceOf(RagAnswer.class);
        return ((RagAnswer) answer).sources();
    }
}
