package dev.orderlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.RagAnswer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.search.VectorQuery;
import dev.orderlens.core.pipeline.AskCommand;
import dev.orderlens.local.embedding.MiniLmEmbeddingModel;
import dev.orderlens.local.sample.SampleDataset;
import dev.orderlens.local.search.LuceneVectorIndex;
import dev.orderlens.testsupport.DocumentFolders;
import dev.orderlens.testsupport.OwnOrdersCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A home with its user's own orders holds none of the sample: no sample orders, none of the sample's documents in
 * the analytics index; its own documents, once read with data docs, are what questions are answered from.
 */
class OwnDocumentsTest {

    @TempDir
    Path home;
    @TempDir
    Path files;

    private Map<String, String> env() {
        return Map.of("ORDERLENS_HOME", home.toString(), "ORDERLENS_SAMPLE_ORDERS", "1000");
    }

    private OrderLensSettings settings() {
        return OrderLensSettings.from(env());
    }

    private void loadOwnOrders() {
        OrdersData.load(settings(), OrdersData.Source.csv(OwnOrdersCsv.write(files.resolve("orders.csv"))),
                Optional.empty());
    }

    @Test
    void a_home_with_its_own_orders_starts_without_the_sample_and_says_it_has_no_documents_yet() {
        loadOwnOrders();
        List<String> lines = new ArrayList<>();

        try (OrderLens orderLens = start(lines)) {
            assertThat(lines).contains("analytics: " + OwnDocuments.NONE_YET);
            assertThat(orderLens.checkBackends()).filteredOn(s -> s.port().equals("vector index analytics"))
                    .singleElement().satisfies(status -> {
                        assertThat(status.reachability()).isEqualTo(BackendStatus.Reachability.REACHABLE);
                        assertThat(status.detail()).isEqualTo("no documents yet (orderlens data docs DIR)");
                    });
        }

        assertThat(home.resolve("data").resolve(SampleDataset.ORDERS_FILE)).doesNotExist();
        assertThat(home.resolve("data").resolve(SampleDataset.DOCUMENTS_FILE)).doesNotExist();
        assertThat(OwnDocuments.inUse(settings())).isEmpty();
    }

    @Test
    void answers_a_question_from_an_own_document_and_cites_it() {
        loadOwnOrders();

        OwnDocuments.Summary summary = OwnDocuments.replace(env(), DocumentFolders.write(files.resolve("docs")));

        assertThat(summary.sentence()).isEqualTo("Indexed 3 documents (1 PDF, 1 Markdown, 1 text); skipped 1: "
                + DocumentFolders.SCAN + " has no text layer");
        try (OrderLens orderLens = start(new ArrayList<>())) {
            Answer answer = orderLens.assistant().ask(new AskCommand("Why did the frozen desserts spoil in transit?",
                    SessionId.random().value()));

            assertThat(answer).isInstanceOf(RagAnswer.class);
            assertThat(((RagAnswer) answer).sources()).extracting(Passage::id).first()
                    .isEqualTo(DocumentFolders.AUDIT);
            assertThat(answer.text()).contains("refrigeration");
        }
    }

    @Test
    void reading_the_folder_again_replaces_the_set_and_a_deleted_file_leaves_the_index() throws IOException {
        loadOwnOrders();
        Path docs = DocumentFolders.write(files.resolve("docs"));
        OwnDocuments.replace(env(), docs);
        start(new ArrayList<>()).close();
        Files.delete(docs.resolve(DocumentFolders.NOTE));

        OwnDocuments.Summary again = OwnDocuments.replace(env(), docs);
        start(new ArrayList<>()).close();

        assertThat(again.documents()).isEqualTo(2);
        withAnalyticsIndex(analytics -> {
            assertThat(analytics.documentCount()).isEqualTo(2);
            assertThat(ids(analytics, "Reno warehouse moved to Sparks, same-day cut-off"))
                    .doesNotContain(DocumentFolders.NOTE).contains(DocumentFolders.POLICY);
        });
    }

    @Test
    void the_samples_documents_leave_the_index_when_the_user_loads_their_own_orders() {
        start(new ArrayList<>()).close();
        withAnalyticsIndex(analytics -> assertThat(ids(analytics, "hurricane closed carrier hubs")).isNotEmpty());

        loadOwnOrders();
        start(new ArrayList<>()).close();

        withAnalyticsIndex(analytics -> {
            assertThat(analytics.documentCount()).isZero();
            assertThat(ids(analytics, "hurricane closed carrier hubs")).isEmpty();
        });
    }

    @Test
    void refuses_while_another_process_owns_the_home_and_when_databricks_is_configured() {
        DocumentFolders.write(files.resolve("docs"));
        Map<String, String> databricks = Map.of("ORDERLENS_HOME", home.toString(),
                "DATABRICKS_HOST", "https://example.cloud.databricks.com", "DATABRICKS_TOKEN", "dapi-test");

        assertThatThrownBy(() -> OwnDocuments.replace(databricks, files.resolve("docs")))
                .isInstanceOf(SettingsException.class).hasMessageContaining("data docs builds the embedded index only");
        loadOwnOrders();
        try (OrderLens owner = start(new ArrayList<>())) {
            assertThatThrownBy(() -> OwnDocuments.replace(env(), files.resolve("docs")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("another process (orderlens web or chat) owns " + home
                            + "; stop it, then run data docs again");
        }
        assertThat(OwnDocuments.inUse(settings())).isEmpty();
    }

    private OrderLens start(List<String> lines) {
        return OrderLensWiring.start(env(), new StartupListener() {
            @Override
            public void info(String message) {
                lines.add(message);
            }
        });
    }

    private void withAnalyticsIndex(Consumer<LuceneVectorIndex> check) {
        try (LuceneVectorIndex analytics = EmbeddedIndexes.open(EmbeddedIndexes.ANALYTICS, settings().indexDirectory(),
                MiniLmEmbeddingModel.builder().build())) {
            check.accept(analytics);
        }
    }

    private static List<String> ids(LuceneVectorIndex index, String question) {
        return index.search(new VectorQuery(question, null, 10)).stream().map(Passage::id).toList();
    }
}
