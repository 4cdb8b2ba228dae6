package dev.orderlens.redis;

import static dev.orderlens.redis.internal.RedisCalls.call;
import static dev.orderlens.redis.internal.RedisCalls.run;

import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.port.ConversationStore;
import dev.orderlens.redis.internal.RedisJson;
import dev.orderlens.redis.internal.StoredTurn;
import dev.orderlens.redis.internal.Ttl;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

/**
 * Keeps each session's recent turns in a Redis list and its context in a Redis hash. Both expire after the TTL,
 * which every load and append starts again. Session ids must match {@code [A-Za-z0-9_-]{8,128}}.
 *
 * <p>Redis failures surface as {@link dev.orderlens.core.port.BackendException}s; wrap the store in a
 * {@link FailoverConversationStore} to keep answering from memory while Redis is away.
 */
public final class RedisConversationStore implements ConversationStore {

    public static final int DEFAULT_MAX_TURNS = 20;

    private final UnifiedJedis redis;
    private final String keyPrefix;
    private final long ttlSeconds;
    private final int maxTurns;

    private RedisConversationStore(Builder builder) {
        this.redis = Objects.requireNonNull(builder.client, "client");
        this.keyPrefix = builder.keyPrefix;
        this.ttlSeconds = builder.ttl.toSeconds();
        this.maxTurns = builder.maxTurns;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Conversation load(String sessionId) {
        SessionId.of(sessionId);
        String turnsKey = turnsKey(sessionId);
        String contextKey = contextKey(sessionId);
        return call("conversation load", () -> {
            Response<List<String>> turns;
            Response<Map<String, String>> context;
            try (AbstractPipeline pipeline = redis.pipelined()) {
                turns = pipeline.lrange(turnsKey, 0, -1);
                context = pipeline.hgetAll(contextKey);
                pipeline.expire(turnsKey, ttlSeconds);
                pipeline.expire(contextKey, ttlSeconds);
            }
            List<Turn> decoded = turns.get().stream()
                    .map(json -> RedisJson.read("conversation load", json, StoredTurn.class).toTurn())
                    .toList();
            return new Conversation(sessionId, decoded, new ConversationContext(context.get()));
        });
    }

    @Override
    public void append(String sessionId, Turn turn, ConversationContext context) {
        SessionId.of(sessionId);
        String turnsKey = turnsKey(sessionId);
        String contextKey = contextKey(sessionId);
        String turnJson = RedisJson.write(StoredTurn.of(turn));
        run("conversation append", () -> {
            try (AbstractTransaction transaction = redis.multi()) {
                transaction.rpush(turnsKey, turnJson);
                transaction.ltrim(turnsKey, -maxTurns, -1);
                transaction.expire(turnsKey, ttlSeconds);
                transaction.del(contextKey);
                if (!context.isEmpty()) {
                    transaction.hset(contextKey, context.values());
                    transaction.expire(contextKey, ttlSeconds);
                }
                transaction.exec();
            }
        });
    }

    @Override
    public void clear(String sessionId) {
        SessionId.of(sessionId);
        run("conversation clear", () -> redis.del(turnsKey(sessionId), contextKey(sessionId)));
    }

    private String turnsKey(String sessionId) {
        return keyPrefix + "conv:" + sessionId + ":turns";
    }

    private String contextKey(String sessionId) {
        return keyPrefix + "conv:" + sessionId + ":context";
    }

    public static final class Builder {
        private UnifiedJedis client;
        private String keyPrefix = "orderlens:";
        private Duration ttl = RedisSettings.DEFAULT_TTL;
        private int maxTurns = DEFAULT_MAX_TURNS;

        private Builder() {
        }

        /** The client to use (see {@link RedisSettings#createClient()}); the store does not close it. */
        public Builder client(UnifiedJedis client) {
            this.client = client;
            return this;
        }

        /** Prepended to every key, so that several applications can share one database. */
        public Builder keyPrefix(String keyPrefix) {
            this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
            return this;
        }

        /** How long an idle session is kept; whole seconds, at least one. */
        public Builder ttl(Duration ttl) {
            this.ttl = Ttl.require(ttl);
            return this;
        }

        /** How many of a session's most recent turns are kept. */
        public Builder maxTurns(int maxTurns) {
            if (maxTurns < 1) {
                throw new IllegalArgumentException("maxTurns must be at least 1 (was " + maxTurns + ")");
            }
            this.maxTurns = maxTurns;
            return this;
        }

        public RedisConversationStore build() {
            return new RedisConversationStore(this);
        }
    }
}
