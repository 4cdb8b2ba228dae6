package dev.orderlens.local.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.search.VectorQuery;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.EmbeddingModel;
import dev.orderlens.local.embedding.SharedMiniLm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneVectorIndexTest {

    @TempDir
    Path directory;

    private final List<LuceneVectorIndex> opened = new ArrayList<>();

    @AfterEach
    void closeIndexes() {
        opened.forEach(LuceneVectorIndex::close);
    }

    @Test
    void finds_the_same_passages_after_closing_and_reopening() {
        List<IndexDocument> documents = allDocuments();
        String fingerprint = DocumentFingerprint.of(documents);
        LuceneVectorIndex index = open(SharedMiniLm.CACHED);
        index.rebuild(documents, fingerprint, IndexProgress.none());
        VectorQuery query = new VectorQuery("why were FedEx parcels late in September", null, 5);
        List<Passage> before = index.search(query);
        index.close();

        LuceneVectorIndex reopened = open(SharedMiniLm.CACHED);

        assertThat(reopened.search(query)).isEqualTo(before);
        assertThat(reopened.isCurrent(fingerprint)).isTrue();
        assertThat(reopened.fingerprint()).contains(fingerprint);
        assertThat(reopened.documentCount()).isEqualTo(documents.size());
    }

    @Test
    void is_not_current_for_other_data_or_another_embedding_model() {
        LuceneVectorIndex index = open(SharedMiniLm.CACHED);
        assertThat(index.isCurrent("v1")).isFalse();
        index.rebuild(SupportCorpus.analyticsDocuments(), "v1", IndexProgress.none());
        index.close();

        assertThat(open(SharedMiniLm.CACHED).isCurrent("v2")).isFalse();
        opened.get(opened.size() - 1).close();
        assertThat(open(new RenamedModel(SharedMiniLm.CACHED, "another-model")).isCurrent("v1")).isFalse();
    }

    @Test
    void knows_the_words_of_its_documents_in_any_form_and_no_others() {
        LuceneVectorIndex index = rebuilt(SupportCorpus.analyticsDocuments());

        assertThat(index.containsWord("hurricane")).isTrue();
        assertThat(index.containsWord("Hurricanes")).isTrue();
        assertThat(index.containsWord("earbuds")).isTrue();
        assertThat(index.containsWord("paris")).isFalse();
        assertThat(index.containsWord("the")).isFalse();
    }

    @Test
    void puts_the_order_a_question_names_first_in_every_keyword_mode() {
        LuceneVectorIndex index = rebuilt(allDocuments());

        for (SearchMode mode : List.of(SearchMode.KEYWORD, SearchMode.HYBRID)) {
            assertThat(index.search(new VectorQuery("Is there news on ORD-021009?", null, 5), mode))
                    .first().extracting(Passage::id).as(mode.name()).isEqualTo("order-ORD-021009");
        }
    }

    @Test
    void finds_every_order_of_a_customer_named_by_id_before_anything_else() {
        LuceneVectorIndex index = rebuilt(allDocuments());

        List<Passage> passages = index.search(new VectorQuery("what happened to customer CUST-00007", null, 5));

        assertThat(passages.subList(0, 2)).extracting(Passage::id)
                .containsExactlyInAnyOrder("order-ORD-000123", "order-ORD-021009");
    }

    @Test
    void puts_the_report_of_the_day_a_question_names_before_the_review_of_its_month() {
        LuceneVectorIndex index = rebuilt(List.of(
                new IndexDocument("review-2025-03", "Monthly business review: March 2025",
                        "In March 2025 cancellations rose to 73, up from 44 in February 2025. The busiest day was "
                                + "March 14, 2025, when cancellations jumped to 27.", Map.of()),
                new IndexDocument("review-2025-04", "Monthly business review: April 2025",
                        "In April 2025 cancellations fell back to 68.", Map.of()),
                new IndexDocument("incident-2025-03-14", "Payment outage, March 14, 2025",
                        "The payment provider's authorisation service was down for most of the day; the orders "
                                + "that could not be authorised were cancelled automatically.", Map.of())));

        for (String question : List.of("why did cancellations jump on march 14 2025",
                "Why did cancellations jump on 14 March 2025?", "why did cancellations jump on 2025-03-14")) {
            for (SearchMode mode : List.of(SearchMode.KEYWORD, SearchMode.HYBRID)) {
                assertThat(index.search(new VectorQuery(question, null, 3), mode)).extracting(Passage::id)
                        .as(mode + ": " + question).startsWith("incident-2025-03-14");
            }
        }
        assertThat(index.search(new VectorQuery("why did cancellations jump in march 2025", null, 3)))
                .extracting(Passage::id).first().isEqualTo("review-2025-03");
    }

    @Test
    void applies_metadata_filters_to_both_legs() {
        LuceneVectorIndex index = rebuilt(allDocuments());
        VectorQuery query = new VectorQuery("late deliveries during the hurricane", null, 10, Map.of("carrier", "UPS"));

        for (SearchMode mode : SearchMode.values()) {
            assertThat(index.search(query, mode)).as(mode.name()).isNotEmpty()
                    .allSatisfy(passage -> assertThat(passage.metadata()).containsEntry("carrier", "UPS"));
        }
    }

    @Test
    void searches_by_a_given_vector_without_embedding_the_text() {
        LuceneVectorIndex index = rebuilt(allDocuments());
        float[] vector = SharedMiniLm.CACHED.embed("Klarna checkout timeouts left orders pending");

        List<Passage> passages = index.search(new VectorQuery(null, vector, 3));

        assertThat(passages).first().extracting(Passage::id).isEqualTo("incident-klarna-outage");
    }

    @Test
    void returns_one_passage_per_long_document_with_its_best_chunk() {
        String filler = "Carriers report their weekly volumes and nothing unusual happened in this period. ";
        String text = filler.repeat(12) + "\n\nThe warehouse in Reno flooded and 300 parcels were water damaged.\n\n"
                + filler.repeat(12);
        LuceneVectorIndex index = rebuilt(List.of(
                new IndexDocument("long-report", "Weekly operations report", text, Map.of()),
                new IndexDocument("short-note", "Reno note", "Reno warehouse staff were trained.", Map.of())));

        List<Passage> passages = index.search(new VectorQuery("Reno warehouse flooded, water damaged parcels", null, 5));

        assertThat(passages).extracting(Passage::id).containsExactly("long-report", "short-note");
        Passage best = passages.get(0);
        assertThat(best.text()).contains("flooded");
        assertThat(best.title()).isEqualTo("Weekly operations report");
        assertThat(Integer.parseInt(best.metadata().get("chunks"))).isGreaterThan(1);
        assertThat(Integer.parseInt(best.metadata().get("chunk"))).isBetween(2, Integer.parseInt(best.metadata().get("chunks")) - 1);
    }

    @Test
    void returns_a_short_document_whole_and_a_long_one_by_its_best_chunk() {
        String filler = "Carriers report their weekly volumes and nothing unusual happened in this period. ";
        String report = "**What happened.** The payment partner had an outage and checkouts timed out. "
                + filler.repeat(8) + "\n\n**Follow-up.** The checkout now hides the option during an incident.";
        String longReport = "The warehouse in Reno flooded.\n\n" + filler.repeat(60);
        LuceneVectorIndex index = rebuilt(List.of(new IndexDocument("report", "Outage report", report, Map.of()),
                new IndexDocument("long-report", "Reno report", longReport, Map.of())));

        Passage shortOne = index.search(new VectorQuery("payment partner outage checkouts timed out", null, 1)).get(0);
        Passage longOne = index.search(new VectorQuery("Reno warehouse flooded", null, 1)).get(0);

        assertThat(Integer.parseInt(shortOne.metadata().get("chunks"))).isGreaterThan(1);
        assertThat(shortOne.text()).contains("payment partner had an outage", "hides the option during an incident");
        assertThat(longOne.id()).isEqualTo("long-report");
        assertThat(longOne.text()).contains("flooded").hasSizeLessThan(longReport.length() / 2);
    }

    @Test
    void shows_an_upserted_document_to_the_next_search_and_replaces_the_old_version() {
        LuceneVectorIndex index = rebuilt(allDocuments());
        IndexDocument changed = new IndexDocument("order-ORD-045001", "Order ORD-045001 — Wooden train set (returned)",
                "The wooden train set was returned because a wheel snapped off.", Map.of("status", "returned"));

        index.upsert(changed);

        List<Passage> passages = index.search(new VectorQuery("wooden train set wheel snapped", null, 5));
        assertThat(passages).first().satisfies(passage -> {
            assertThat(passage.id()).isEqualTo("order-ORD-045001");
            assertThat(passage.text()).contains("wheel snapped");
            assertThat(passage.metadata()).containsEntry("status", "returned");
        });
        assertThat(passages).extracting(Passage::id).containsOnlyOnce("order-ORD-045001");
        assertThat(index.documentCount()).isEqualTo(allDocuments().size());
    }

    @Test
    void adds_a_new_document_by_upsert_and_removes_it_by_delete() {
        LuceneVectorIndex index = rebuilt(allDocuments());
        index.upsert(new IndexDocument("order-ORD-099999", null, "Drone arrived with a broken propeller.", Map.of()));
        assertThat(index.search(new VectorQuery("ORD-099999 drone propeller", null, 1)))
                .extracting(Passage::id).containsExactly("order-ORD-099999");

        index.delete("order-ORD-099999");

        assertThat(index.search(new VectorQuery("ORD-099999 drone propeller", null, 5)))
                .extracting(Passage::id).doesNotContain("order-ORD-099999");
        assertThat(index.documentCount()).isEqualTo(allDocuments().size());
    }

    @Test
    void serves_concurrent_searches_while_documents_are_upserted() throws Exception {
        LuceneVectorIndex index = rebuilt(allDocuments());
        float[] vector = SharedMiniLm.CACHED.embed("late FedEx deliveries in the hurricane");
        ExecutorService searchers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                results.add(searchers.submit(() -> {
                    int found = 0;
                    for (int i = 0; i < 50; i++) {
                        found += index.search(new VectorQuery("late FedEx deliveries", vector, 3)).size();
                    }
                    return found;
                }));
            }
            for (int i = 0; i < 5; i++) {
                index.upsert(new IndexDocument("note-" + i, null, "FedEx parcel " + i + " was late.", Map.of()));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(150);
            }
        } finally {
            searchers.shutdownNow();
        }
        assertThat(index.documentCount()).isEqualTo(allDocuments().size() + 5);
    }

    @Test
    void reports_progress_up_to_the_total() {
        LuceneVectorIndex index = open(SharedMiniLm.CACHED);
        List<int[]> updates = new ArrayList<>();

        index.rebuild(allDocuments(), "v1", (done, total) -> updates.add(new int[] {done, total}));

        assertThat(updates).isNotEmpty();
        assertThat(updates.get(updates.size() - 1)).containsExactly(allDocuments().size(), allDocuments().size());
    }

    @Test
    void reports_an_unknown_total_for_a_source_that_is_not_a_collection() {
        LuceneVectorIndex index = open(SharedMiniLm.CACHED);
        List<Integer> totals = new ArrayList<>();
        Iterable<IndexDocument> stream = () -> allDocuments().iterator();

        index.rebuild(stream, "v1", (done, total) -> totals.add(total));

        assertThat(totals).containsOnly(-1);
        assertThat(index.documentCount()).isEqualTo(allDocuments().size());
    }

    @Test
    void keeps_the_old_contents_when_a_rebuild_fails() {
        FailingModel failing = new FailingModel();
        LuceneVectorIndex index = open(failing);
        index.rebuild(SupportCorpus.analyticsDocuments(), "v1", IndexProgress.none());
        failing.fail = true;

        assertThatThrownBy(() -> index.rebuild(allDocuments(), "v2", IndexProgress.none()))
                .isInstanceOf(BackendException.class);

        failing.fail = false;
        index.upsert(new IndexDocument("after-failure", null, "Written after the failed rebuild.", Map.of()));
        assertThat(index.documentCount()).isEqualTo(SupportCorpus.analyticsDocuments().size() + 1);
        assertThat(index.isCurrent("v1")).isTrue();
        assertThat(index.search(new VectorQuery("Klarna outage", null, 1))).extracting(Passage::id)
                .containsExactly("incident-klarna-outage");
    }

    @Test
    void rejects_a_query_vector_of_the_wrong_dimension() {
        LuceneVectorIndex index = rebuilt(allDocuments());

        assertThatThrownBy(() -> index.search(new VectorQuery(null, new float[] {1, 0, 0}, 3)))
                .isInstanceOf(BackendException.class)
                .satisfies(e -> assertThat(((BackendException) e).kind()).isEqualTo(BackendException.Kind.REJECTED));
    }

    @Test
    void cannot_be_searched_once_closed() {
        LuceneVectorIndex index = open(SharedMiniLm.CACHED);
        index.close();

        assertThatThrownBy(() -> index.search(new VectorQuery("refund", null, 3)))
                .isInstanceOf(IllegalStateException.class);
    }

    static List<IndexDocument> allDocuments() {
        return Stream.concat(SupportCorpus.analyticsDocuments().stream(), SupportCorpus.orderDocuments().stream())
                .toList();
    }

    private LuceneVectorIndex rebuilt(List<IndexDocument> documents) {
        LuceneVectorIndex index = open(SharedMiniLm.CACHED);
        index.rebuild(documents, DocumentFingerprint.of(documents), IndexProgress.none());
        return index;
    }

    private LuceneVectorIndex open(EmbeddingModel model) {
        LuceneVectorIndex index = LuceneVectorIndex.builder()
                .name("analytics")
                .directory(directory.resolve("index"))
                .embeddingModel(model)
                .build();
        opened.add(index);
        return index;
    }

    private record RenamedModel(EmbeddingModel delegate, String modelName) implements EmbeddingModel {
        @Override
        public float[] embed(String text) {
            return delegate.embed(text);
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            return delegate.embedAll(texts);
        }

        @Override
        public int dimension() {
            return delegate.dimension();
        }
    }

    /** The real model, failing on request in the middle of a batch job. */
    private static final class FailingModel implements EmbeddingModel {
        volatile boolean fail;

        @Override
        public float[] embed(String text) {
            return SharedMiniLm.CACHED.embed(text);
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            if (fail) {
                throw new BackendException("fake", BackendException.Kind.UNAVAILABLE, "embedAll failed");
            }
            return SharedMiniLm.CACHED.embedAll(texts);
        }

        @Override
        public int dimension() {
            return SharedMiniLm.CACHED.dimension();
        }

        @Override
        public String modelName() {
            return SharedMiniLm.CACHED.modelName();
        }
    }
}
