package dev.orderlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.port.EmbeddingCache;
import org.junit.jupiter.api.Test;

/** What every {@link EmbeddingCache} must do. */
public abstract class EmbeddingCacheContract {

    /** A new, empty cache. */
    protected abstract EmbeddingCache newCache();

    @Test
    void misses_a_text_never_put() {
        assertThat(newCache().get("model-a", "late deliveries in September")).isEmpty();
    }

    @Test
    void returns_an_equal_vector_for_a_text_put_before() {
        EmbeddingCache cache = newCache();
        float[] vector = {0.25f, -1.5f, 3.0e-7f, Float.MAX_VALUE, -0.0f};

        cache.put("model-a", "late deliveries in September", vector);

        assertThat(cache.get("model-a", "late deliveries in September")).hasValueSatisfying(
                cached -> assertThat(cached).containsExactly(vector));
    }

    @Test
    void keys_entries_by_model_as_well_as_text() {
        EmbeddingCache cache = newCache();
        cache.put("model-a", "returns of Nimbus earbuds", new float[] {1f, 2f});
        cache.put("model-b", "returns of Nimbus earbuds", new float[] {3f, 4f, 5f});

        assertThat(cache.get("model-a", "returns of Nimbus earbuds")).hasValueSatisfying(
                cached -> assertThat(cached).containsExactly(1f, 2f));
        assertThat(cache.get("model-b", "returns of Nimbus earbuds")).hasValueSatisfying(
                cached -> assertThat(cached).containsExactly(3f, 4f, 5f));
        assertThat(cache.get("model-c", "returns of Nimbus earbuds")).isEmpty();
        assertThat(cache.get("model-a", "returns of Nimbus earbuds?")).isEmpty();
    }
}
