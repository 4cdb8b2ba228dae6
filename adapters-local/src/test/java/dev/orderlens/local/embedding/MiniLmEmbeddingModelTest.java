package dev.orderlens.local.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.orderlens.core.port.EmbeddingModel;
import dev.orderlens.testsupport.EmbeddingModelContract;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MiniLmEmbeddingModelTest extends EmbeddingModelContract {

    @Override
    protected EmbeddingModel model() {
        return SharedMiniLm.MODEL;
    }

    @Test
    void returns_unit_vectors_of_384_dimensions_named_after_the_model() {
        float[] vector = SharedMiniLm.MODEL.embed("Where is my order?");

        double squares = 0;
        for (float component : vector) {
            squares += component * component;
        }
        assertThat(vector).hasSize(384);
        assertThat(Math.sqrt(squares)).isCloseTo(1.0, within(1e-3));
        assertThat(SharedMiniLm.MODEL.modelName()).isEqualTo("all-minilm-l6-v2-q");
    }

    @Test
    void gives_the_same_vectors_when_used_from_several_threads() throws Exception {
        List<String> texts = IntStream.range(0, 16).mapToObj(i -> "Order number " + i + " arrived late").toList();
        List<float[]> sequential = texts.stream().map(SharedMiniLm.MODEL::embed).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> parallel = new ArrayList<>();
            texts.forEach(text -> parallel.add(pool.submit(() -> SharedMiniLm.MODEL.embed(text))));
            for (int i = 0; i < texts.size(); i++) {
                assertThat(parallel.get(i).get()).containsExactly(sequential.get(i), within(1e-5f));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void embeds_more_texts_than_one_batch_in_order() {
        MiniLmEmbeddingModel smallBatches = MiniLmEmbeddingModel.builder().batchSize(3).threads(2).build();
        List<String> texts = IntStream.range(0, 7).mapToObj(i -> "Refund request number " + i).toList();

        List<float[]> vectors = smallBatches.embedAll(texts);

        assertThat(vectors).hasSize(7);
        assertThat(vectors.get(6)).containsExactly(SharedMiniLm.MODEL.embed(texts.get(6)), within(1e-4f));
    }

    @Test
    void embeds_a_sentence_in_milliseconds_once_warm() {
        for (int i = 0; i < 5; i++) {
            SharedMiniLm.MODEL.embed("warm-up sentence " + i);
        }

        int sentences = 50;
        long start = System.nanoTime();
        for (int i = 0; i < sentences; i++) {
            SharedMiniLm.MODEL.embed("Why was my parcel number " + i + " delivered late by FedEx?");
        }
        double perSentenceMs = (System.nanoTime() - start) / 1e6 / sentences;

        System.out.printf("MiniLM: %.2f ms per sentence (warm)%n", perSentenceMs);
        assertThat(perSentenceMs).isLessThan(100);
    }
}
