package dev.orderlens.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.port.EmbeddingCache;
import dev.orderlens.testsupport.EmbeddingCacheContract;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.RedisClient;

class RedisEmbeddingCacheTest extends EmbeddingCacheContract {

    @RegisterExtension
    static final RedisServerExtension SERVER = new RedisServerExtension();

    private String keyPrefix;

    @Override
    protected EmbeddingCache newCache() {
        return builder().build();
    }

    private RedisEmbeddingCache.Builder builder() {
        keyPrefix = RedisServerExtension.newKeyPrefix();
        return RedisEmbeddingCache.builder().client(SERVER.client()).keyPrefix(keyPrefix);
    }

    @Test
    void stores_four_bytes_a_dimension_under_the_sha256_of_the_text_with_the_ttl() throws Exception {
        EmbeddingCache cache = builder().ttl(Duration.ofHours(2)).build();
        float[] vector = new float[384];
        vector[7] = 0.5f;

        cache.put("all-minilm-l6-v2", "late deliveries", vector);

        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("late deliveries".getBytes(StandardCharsets.UTF_8)));
        String key = keyPrefix + "emb:all-minilm-l6-v2:" + digest;
        assertThat(SERVER.client().keys(keyPrefix + "*")).containsExactly(key);
        assertThat(SERVER.client().strlen(key)).isEqualTo(384L * 4);
        assertThat(SERVER.client().ttl(key)).isBetween(7_190L, 7_200L);
    }

    @Test
    void misses_and_counts_failures_instead_of_throwing_while_redis_is_unreachable() throws Exception {
        try (RedisClient unreachable = RedisServerExtension.unreachableSettings("").createClient()) {
            RedisEmbeddingCache cache = RedisEmbeddingCache.builder().client(unreachable)
                    .coolDown(Duration.ZERO).build();

            cache.put("model-a", "question", new float[] {1f});

            assertThat(cache.get("model-a", "question")).isEmpty();
            assertThat(cache.failureCount()).isEqualTo(2);
        }
    }

    @Test
    void skips_redis_during_the_back_off_after_a_failure() throws Exception {
        try (RedisClient unreachable = RedisServerExtension.unreachableSettings("").createClient()) {
            RedisEmbeddingCache cache = RedisEmbeddingCache.builder().client(unreachable)
                    .coolDown(Duration.ofMinutes(1)).build();

            for (int i = 0; i < 5; i++) {
                assertThat(cache.get("model-a", "question " + i)).isEmpty();
            }

            assertThat(cache.failureCount()).isEqualTo(1);
        }
    }
}
