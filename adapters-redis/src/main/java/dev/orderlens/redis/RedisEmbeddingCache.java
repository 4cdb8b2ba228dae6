package dev.orderlens.redis;

import static dev.orderlens.redis.internal.RedisCalls.call;
import static dev.orderlens.redis.internal.RedisCalls.run;

import dev.orderlens.core.port.EmbeddingCache;
import dev.orderlens.redis.internal.FloatVectors;
import dev.orderlens.redis.internal.OutageGuard;
import dev.orderlens.redis.internal.Ttl;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Caches query embeddings in Redis under the model name and the SHA-256 of the text, as raw float bytes, for a TTL.
 *
 * <p>A cache failure never costs more than a miss: while Redis fails, {@link #get} misses and {@link #put} does
 * nothing, Redis is skipped for a short back-off, and failures are logged and counted ({@link #failureCount()}).
 */
public final class RedisEmbeddingCache implements EmbeddingCache {

    private static final Logger LOG = LoggerFactory.getLogger(RedisEmbeddingCache.class);

    private final UnifiedJedis redis;
    private final String keyPrefix;
    private final SetParams expiry;
    private final OutageGuard outage;

    private RedisEmbeddingCache(Builder builder) {
        this.redis = Objects.requireNonNull(builder.client, "client");
        this.keyPrefix = builder.keyPrefix;
        this.expiry = SetParams.setParams().ex(builder.ttl.toSeconds());
        this.outage = new OutageGuard(LOG, "Redis embedding cache", builder.retryAfter);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<float[]> get(String model, String text) {
        byte[] key = key(model, text);
        if (!outage.shouldTry()) {
            return Optional.empty();
        }
        try {
            byte[] stored = call("embedding cache get", () -> redis.get(key));
            outage.succeeded();
            return Optional.ofNullable(stored).map(FloatVectors::decode);
        } catch (RuntimeException e) {
            outage.failed(e, "treating lookups as misses");
            return Optional.empty();
        }
    }

    @Override
    public void put(String model, String text, float[] vector) {
        byte[] key = key(model, text);
        byte[] value = FloatVectors.encode(vector);
        if (!outage.shouldTry()) {
            return;
        }
        try {
            run("embedding cache put", () -> redis.set(key, value, expiry));
            outage.succeeded();
        } catch (RuntimeException e) {
            outage.failed(e, "not caching");
        }
    }

    /** How many Redis calls have failed since the cache was built. */
    public long failureCount() {
        return outage.failures();
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
        private Duration retryAfter = Duration.ofSeconds(5);

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

        /** How long Redis is skipped after a failure. */
        public Builder retryAfter(Duration retryAfter) {
            this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
            return this;
        }

        public RedisEmbeddingCache build() {
            return new RedisEmbeddingCache(this);
        }
    }
}
