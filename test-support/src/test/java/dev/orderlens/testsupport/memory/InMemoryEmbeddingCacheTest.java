package dev.orderlens.testsupport.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.memory.InMemoryEmbeddingCache;
import dev.orderlens.core.port.EmbeddingCache;
import dev.orderlens.testsupport.EmbeddingCacheContract;
import org.junit.jupiter.api.Test;

class InMemoryEmbeddingCacheTest extends EmbeddingCacheContract {

    @Override
    protected EmbeddingCache newCache() {
        return new InMemoryEmbeddingCache();
    }

    @Test
    void forgets_the_least_recently_used_entry_beyond_its_bound() {
        InMemoryEmbeddingCache cache = new InMemoryEmbeddingCache(2);
        cache.put("m", "a", new float[] {1});
        cache.put("m", "b", new float[] {2});
        cache.get("m", "a");
        cache.put("m", "c", new float[] {3});

        assertThat(cache.get("m", "a")).isPresent();
        assertThat(cache.get("m", "b")).isEmpty();
        assertThat(cache.get("m", "c")).isPresent();
    }

    @Test
    void a_returned_vector_cannot_change_the_cached_one() {
        InMemoryEmbeddingCache cache = new InMemoryEmbeddingCache();
        cache.put("m", "a", new float[] {1, 2});

        cache.get("m", "a").orElseThrow()[0] = 99;

        assertThat(cache.get("m", "a").orElseThrow()).containsExactly(1, 2);
    }
}
