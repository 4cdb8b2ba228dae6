package dev.orderlens.testsupport.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.memory.InMemoryEmbeddingCache;
import dev.orderlens.core.pipeline.CachingEmbeddingModel;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.EmbeddingCache;
import dev.orderlens.core.port.EmbeddingModel;
import dev.orderlens.testsupport.EmbeddingModelContract;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CachingEmbeddingModelTest extends EmbeddingModelContract {

    private final CountingModel counting = new CountingModel();
    private final InMemoryEmbeddingCache cache = new InMemoryEmbeddingCache();
    private final List<RuntimeException> cacheFailures = new ArrayList<>();
    private final CachingEmbeddingModel caching = new CachingEmbeddingModel(counting, cache, cacheFailures::add);

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
        assertThat(List.of("a", "b", "c")).allSatisfy(text -> assertThat(cache.get("counting", text)).isPresent());
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

    @Test
    void a_failing_cache_is_a_miss_that_is_reported_and_the_text_is_still_embedded() {
        EmbeddingCache down = new EmbeddingCache() {
            @Override
            public Optional<float[]> get(String model, String text) {
                throw new BackendException("redis", BackendException.Kind.UNAVAILABLE, "connection refused");
            }

            @Override
            public void put(String model, String text, float[] vector) {
                throw new BackendException("redis", BackendException.Kind.UNAVAILABLE, "connection refused");
            }
        };
        CachingEmbeddingModel withoutCache = new CachingEmbeddingModel(counting, down, cacheFailures::add);

        assertThat(withoutCache.embed("late delivery")).isEqualTo(counting.vectorOf("late delivery"));
        assertThat(withoutCache.embedAll(List.of("a", "b"))).containsExactly(counting.vectorOf("a"),
                counting.vectorOf("b"));
        assertThat(cacheFailures).hasSize(6).allSatisfy(failure -> assertThat(failure)
                .hasMessageContaining("connection refused"));
    }

    @Test
    void a_working_cache_reports_nothing() {
        caching.embedAll(List.of("a", "b"));
        caching.embed("a");

        assertThat(cacheFailures).isEmpty();
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
