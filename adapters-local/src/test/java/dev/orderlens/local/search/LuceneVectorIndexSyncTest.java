package dev.orderlens.local.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.search.VectorQuery;
import dev.orderlens.core.port.BackendException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneVectorIndexSyncTest {

    @TempDir
    Path directory;

    private final List<LuceneVectorIndex> opened = new ArrayList<>();

    @AfterEach
    void closeIndexes() {
        opened.forEach(LuceneVectorIndex::close);
    }

    @Test
    void a_first_sync_embeds_every_document_and_records_the_fingerprint() {
        CountingEmbeddingModel model = new CountingEmbeddingModel("model-a");
        LuceneVectorIndex index = open(model);
        List<IndexDocument> documents = documents();

        int written = index.synchronize(documents, "v1", IndexProgress.none());

        assertThat(written).isEqualTo(documents.size());
        assertThat(model.embeddedTexts()).isEqualTo(documents.size());
        assertThat(index.documentCount()).isEqualTo(documents.size());
        assertThat(index.isCurrent("v1")).isTrue();
    }

    @Test
    void embeds_only_changed_and_new_documents_and_removes_those_gone() {
        CountingEmbeddingModel model = new CountingEmbeddingModel("model-a");
        LuceneVectorIndex index = open(model);
        index.synchronize(documents(), "v1", IndexProgress.none());
        model.resetCount();
        List<IndexDocument> next = new ArrayList<>(documents());
        next.set(1, document("doc-2", "The warehouse in Reno ran out of packing tape during the holiday rush."));
        next.set(2, new IndexDocument("doc-3", null, next.get(2).text(), Map.of("carrier", "DHL")));
        next.remove(3);
        next.add(document("doc-6", "A pallet of blenders was left in the rain at the Memphis hub."));

        int written = index.synchronize(next, "v2", IndexProgress.none());

        assertThat(written).isEqualTo(4);
        assertThat(model.embeddedTexts()).isEqualTo(3);
        assertThat(index.documentCount()).isEqualTo(5);
        assertThat(index.isCurrent("v2")).isTrue();
        assertThat(index.isCurrent("v1")).isFalse();
        assertThat(keywordHits(index, "holiday packing tape")).first().isEqualTo("doc-2");
        assertThat(keywordHits(index, "espresso grinder")).doesNotContain("doc-2");
        assertThat(keywordHits(index, "refund voucher")).doesNotContain("doc-4");
        assertThat(keywordHits(index, "blenders rain")).first().isEqualTo("doc-6");
    }

    @Test
    void a_sync_of_unchanged_documents_embeds_nothing_and_records_the_new_fingerprint() {
        CountingEmbeddingModel model = new CountingEmbeddingModel("model-a");
        LuceneVectorIndex index = open(model);
        index.synchronize(documents(), "v1", IndexProgress.none());
        model.resetCount();

        assertThat(index.synchronize(documents(), "v2", IndexProgress.none())).isZero();
        assertThat(model.embeddedTexts()).isZero();
        assertThat(index.fingerprint()).contains("v2");
    }

    @Test
    void a_sync_after_a_reopen_still_knows_what_it_holds() {
        LuceneVectorIndex first = open(new CountingEmbeddingModel("model-a"));
        first.synchronize(documents(), "v1", IndexProgress.none());
        first.close();
        CountingEmbeddingModel model = new CountingEmbeddingModel("model-a");

        int written = open(model).synchronize(documents().subList(0, 4), "v2", IndexProgress.none());

        assertThat(written).isEqualTo(1);
        assertThat(model.embeddedTexts()).isZero();
    }

    @Test
    void rebuilds_whole_an_index_built_by_another_embedding_model() {
        LuceneVectorIndex built = open(new CountingEmbeddingModel("model-a"));
        built.rebuild(documents(), "v1", IndexProgress.none());
        built.close();
        CountingEmbeddingModel other = new CountingEmbeddingModel("model-b");
        LuceneVectorIndex index = open(other);
        assertThat(index.isCurrent("v1")).isFalse();

        int written = index.synchronize(documents(), "v1", IndexProgress.none());

        assertThat(written).isEqualTo(documents().size());
        assertThat(other.embeddedTexts()).isEqualTo(documents().size());
        assertThat(index.documentCount()).isEqualTo(documents().size());
        assertThat(index.isCurrent("v1")).isTrue();
    }

    @Test
    void an_update_adds_replaces_and_removes_in_one_commit() throws IOException {
        LuceneVectorIndex index = open(new CountingEmbeddingModel("model-a"));
        index.rebuild(documents(), "v1", IndexProgress.none());
        long generation = commitGeneration();

        index.update(List.of(document("doc-1", "Replaced: the courier left the parcel with a neighbour."),
                document("doc-7", "New: a customer asked to split one order into two deliveries.")),
                List.of("doc-5", "doc-absent"));

        assertThat(commitGeneration()).isEqualTo(generation + 1);
        assertThat(index.documentCount()).isEqualTo(5);
        assertThat(keywordHits(index, "neighbour courier")).first().isEqualTo("doc-1");
        assertThat(keywordHits(index, "split deliveries")).first().isEqualTo("doc-7");
        assertThat(keywordHits(index, "gift wrapping")).doesNotContain("doc-5");
        assertThat(index.isCurrent("v1")).isTrue();
    }

    @Test
    void an_update_that_cannot_embed_its_documents_removes_nothing_either() {
        CountingEmbeddingModel model = new CountingEmbeddingModel("model-a");
        LuceneVectorIndex index = open(model);
        index.rebuild(documents(), "v1", IndexProgress.none());
        model.failing(true);

        assertThatThrownBy(() -> index.update(List.of(document("doc-8", "anything")), List.of("doc-5")))
                .isInstanceOf(BackendException.class);

        assertThat(index.documentCount()).isEqualTo(documents().size());
        assertThat(keywordHits(index, "gift wrapping")).contains("doc-5");
    }

    private long commitGeneration() throws IOException {
        try (FSDirectory index = FSDirectory.open(directory.resolve("index"))) {
            return SegmentInfos.readLatestCommit(index).getGeneration();
        }
    }

    @Test
    void a_second_opener_of_an_owned_index_searches_it_read_only_and_sees_the_owners_commits() {
        CountingEmbeddingModel model = new CountingEmbeddingModel("model-a");
        LuceneVectorIndex owner = open(model);
        owner.synchronize(documents(), "v1", IndexProgress.none());

        LuceneVectorIndex reader = open(model);
        owner.upsert(document("doc-6", "A pallet of blenders was left in the rain at the Memphis hub."));

        assertThat(owner.isReadOnly()).isFalse();
        assertThat(reader.isReadOnly()).isTrue();
        assertThat(reader.isCurrent("v1")).isTrue();
        assertThat(keywordHits(reader, "blenders rain")).first().isEqualTo("doc-6");
        assertThat(reader.documentCount()).isEqualTo(6);
    }

    @Test
    void a_read_only_index_refuses_every_write_and_leaves_the_owner_writing() {
        CountingEmbeddingModel model = new CountingEmbeddingModel("model-a");
        LuceneVectorIndex owner = open(model);
        owner.synchronize(documents(), "v1", IndexProgress.none());
        LuceneVectorIndex reader = open(model);

        assertThatThrownBy(() -> reader.synchronize(documents().subList(0, 2), "v2", IndexProgress.none()))
                .isInstanceOfSatisfying(BackendException.class,
                        e -> assertThat(e.kind()).isEqualTo(BackendException.Kind.REJECTED))
                .hasMessageContaining("another process owns");
        assertThatThrownBy(() -> reader.delete("doc-1")).isInstanceOf(BackendException.class);
        owner.delete("doc-1");

        assertThat(owner.documentCount()).isEqualTo(4);
        assertThat(reader.documentCount()).isEqualTo(4);
        assertThat(reader.isCurrent("v1")).isTrue();
    }

    private static List<String> keywordHits(LuceneVectorIndex index, String text) {
        return index.search(new VectorQuery(text, null, 5), SearchMode.KEYWORD).stream().map(Passage::id).toList();
    }

    private static List<IndexDocument> documents() {
        return List.of(
                document("doc-1", "The parcel arrived two days late because the FedEx truck broke down."),
                document("doc-2", "The espresso grinder was returned as defective after one week."),
                document("doc-3", "UPS delivered the order to the wrong address in Denver."),
                document("doc-4", "The customer asked for a refund voucher instead of money back."),
                document("doc-5", "Gift wrapping was missing from the birthday order."));
    }

    private static IndexDocument document(String id, String text) {
        return new IndexDocument(id, null, text, Map.of("carrier", "UPS"));
    }

    private LuceneVectorIndex open(CountingEmbeddingModel model) {
        LuceneVectorIndex index = LuceneVectorIndex.builder()
                .name("orders")
                .directory(directory.resolve("index"))
                .embeddingModel(model)
                .build();
        opened.add(index);
        return index;
    }
}
