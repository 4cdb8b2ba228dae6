package dev.orderlens.local.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.port.EmbeddingModel;
import dev.orderlens.testsupport.EmbeddingModelContract;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingEmbeddingModelTest extends EmbeddingModelContract {

    private final CountingModel counting = new CountingModel();
    private final MapEmbeddingCache cache = new MapEmbeddingCache();
    private final CachingEmbeddingModel caching = new CachingEmbeddingModel(counting, cache);

    @Override
    protected EmbeddingModel model() {
        return caching;
    }

    @Override
    protected boolean capturesMeaning() {
        return false;
    }

    @Test
    void embeds_a_repeated_text_once() {
        float[] first = caching.embed("late delivery");
        float[] second = caching.embed("late delivery");

        assertThat(second).isEqualTo(first);
        assertThat(counting.textsEmbedded).containsExactly("late delivery");
    }

    @Test
    void embeds_only_the_unknown_texts_of_a_batch_in_one_call_and_keeps_the_order() {
        caching.embed("b");

        List<float[]> vectors = caching.embedAll(List.of("a", "b", "c"));

        assertThat(counting.batches).containsExactly(List.of("a", "c"));
        assertThat(vectors).containsExactly(counting.vectorOf("a"), counting.vectorOf("b"), counting.vectorOf("c"));
        assertThat(cache.size()).isEqualTo(3);
    }

    @Test
    void keys_the_cache_by_the_model_name() {
        caching.embed("refund");

        assertThat(cache.get("counting", "refund")).isPresent();
        assertThat(cache.get("another-model", "refund")).isEmpty();
    }

    @Test
    void reports_the_wrapped_model_name_and_dimension() {
        assertThat(caching.modelName()).isEqualTo("counting");
        assertThat(caching.dimension()).isEqualTo(4);
    }

    /** A deterministic fake that records what it was asked to embed. */
    private static final class CountingModel implements EmbeddingModel {
        final List<String> textsEmbedded = new ArrayList<>();
        final List<List<String>> batches = new ArrayList<>();

        @Override
        public float[] embed(String text) {
            textsEmbedded.add(text);
            return vectorOf(text);
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            batches.add(List.copyOf(texts));
            textsEmbedded.addAll(texts);
            return texts.stream().map(this::vectorOf).toList();
        }

        float[] vectorOf(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            float[] vector = {1, bytes.length, 0, 0};
            for (byte b : bytes) {
                vector[2] += b;
                vector[3] += b * b;
            }
            return vector;
        }

        @Override
        public int dimension() {
            return 4;
        }

        @Override
        public String modelName() {
            return "counting";
        }
    }
}
