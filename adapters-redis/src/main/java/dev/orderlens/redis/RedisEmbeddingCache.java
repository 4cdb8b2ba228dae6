package dev.orderlens.redis;

import static dev.orderlens.redis.internal.RedisCalls.call;

import dev.orderlens.core.port.EmbeddingCache;
import dev.orderlens.core.resilience.CircuitBreaker;
import dev.orderlens.core.resilience.CircuitOpenException;
import dev.orderlens.redis.internal.FloatVectors;
import dev.orderlens.redis.internal.Ttl;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Caches query embeddings in Redis under the model name and the SHA-256 of the text, as raw float bytes, for a TTL.
 *
 * <p>A cache failure never costs more than a miss: when Redis fails, {@link #get} misses and {@link #put} does
 * nothing, and failures are logged and counted ({@link #failureCount()}). Redis sits behind a {@link CircuitBreaker}
 * that opens on its first outage and skips it for a short cool-down, then lets one call try it again.
 */
public final class RedisEmbeddingCache implements EmbeddingCache {

    private static final Logger LOG = LoggerFactory.getLogger(RedisEmbeddingCache.class);

    private final UnifiedJedis redis;
    private final String keyPrefix;
    private final SetParams expiry;
    private final CircuitBreaker breaker;
    private final AtomicLong failures = new AtomicLong();

    private RedisEmbeddingCache(Builder builder) {
        this.redis = Objects.requireNonNull(builder.client, "client");
        this.keyPrefix = builder.keyPrefix;
        this.expiry = SetParams.setParams().ex(builder.ttl.toSeconds());
        this.breaker = CircuitBreaker.builder("Redis embedding cache").consecutiveFailures(1)
                .coolDown(builder.coolDown).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<float[]> get(String model, String text) {
        byte[] key = key(model, text);
        return onRedis(() -> {
            byte[] stored = call("embedding cache get", () -> redis.get(key));
            return stored == null ? null : FloatVectors.decode(stored);
        }, "treating the lookup as a miss");
    }

    @Override
    public void put(String model, String text, float[] vector) {
        byte[] key = key(model, text);
        byte[] value = FloatVectors.encode(vector);
        onRedis(() -> call("embedding cache put", () -> redis.set(key, value, expiry)), "not caching");
    }

    /** How many Redis calls have failed since the cache was built. */
    public long failureCount() {
        return failures.get();
    }

    /** The command's result, or empty when it has none, Redis failed or is cut off; {@code consequence} is logged. */
    private <T> Optional<T> onRedis(Supplier<T> command, String consequence) {
        try {
            return Optional.ofNullable(breaker.call(command));
        } catch (CircuitOpenException cutOff) {
            return Optional.empty();
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            if (CircuitBreaker.isOutsideFailure(e)) {
                LOG.debug("Embedding cache failed, {}: {}", consequence, e.getMessage());
            } else {
                LOG.warn("Embedding cache failed, {}: {}", consequence, e.getMessage());
            }
            return Optional.empty();
        }
    }

    private byte[] key(String model, String text) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(text, "text");
        // The hash has a fixed length at the end, so any model name (even one with ':') makes a distinct key.
        return (keyPrefix + "emb:" + model + ":" + sha256(text)).getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static final class Builder {
        private UnifiedJedis client;
        private String keyPrefix = "orderlens:";
        private Duration ttl = RedisSettings.DEFAULT_TTL;
        private Duration coolDown = Duration.ofSeconds(5);

        private Builder() {
        }

        /** The client to use (see {@link RedisSettings#createClient()}); the cache does not close it. */
        public Builder client(UnifiedJedis client) {
            this.client = client;
            return this;
        }

        /** Prepended to every key, so that several applications can share one database. */
        public Builder keyPrefix(String keyPrefix) {
            this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
            return this;
        }

        /** How long an embedding is kept after it was put; whole seconds, at least one. */
        public Builder ttl(Duration ttl) {
            this.ttl = Ttl.require(ttl);
            return this;
        }

        /** How long Redis is skipped after an outage before one call tries it again (default 5 s). */
        public Builder coolDown(Duration coolDown) {
            this.coolDown = Objects.requireNonNull(coolDown, "coolDown");
            return this;
        }

        public RedisEmbeddingCache build() {
            return new RedisEmbeddingCache(this);
        }
    }
}
