package dev.orderlens.redis;

import static dev.orderlens.redis.internal.RedisCalls.call;
import static dev.orderlens.redis.internal.RedisCalls.run;

import dev.orderlens.core.domain.conversation.ArchivedChat;
import dev.orderlens.core.domain.conversation.ChatSummary;
import dev.orderlens.core.port.ChatArchive;
import dev.orderlens.redis.internal.Identifiers;
import dev.orderlens.redis.internal.RedisJson;
import dev.orderlens.redis.internal.StoredChat;
import dev.orderlens.redis.internal.Ttl;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

/**
 * Keeps each owner's chats in two Redis hashes: summaries (listed without reading messages) and whole chats. Both
 * expire together, a TTL after the owner's last save. Owner and chat ids must match {@code [A-Za-z0-9_.@-]{1,128}}.
 */
public final class RedisChatArchive implements ChatArchive {

    public static final Duration DEFAULT_TTL = Duration.ofDays(30);

    private static final Comparator<ChatSummary> PINNED_THEN_NEWEST = Comparator
            .comparing(ChatSummary::pinned).reversed()
            .thenComparing(ChatSummary::updatedAt, Comparator.reverseOrder());

    private final UnifiedJedis redis;
    private final String keyPrefix;
    private final long ttlSeconds;

    private RedisChatArchive(Builder builder) {
        this.redis = Objects.requireNonNull(builder.client, "client");
        this.keyPrefix = builder.keyPrefix;
        this.ttlSeconds = builder.ttl.toSeconds();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<ChatSummary> list(String ownerId) {
        String summariesKey = summariesKey(ownerId);
        List<String> stored = call("chat archive list", () -> redis.hvals(summariesKey));
        return stored.stream()
                .map(json -> RedisJson.read("chat archive list", json, StoredChat.Summary.class).toSummary())
                .sorted(PINNED_THEN_NEWEST)
                .toList();
    }

    @Override
    public Optional<ArchivedChat> get(String ownerId, String chatId) {
        String chatsKey = chatsKey(ownerId);
        String field = Identifiers.requireKeyPart("chatId", chatId);
        return Optional.ofNullable(call("chat archive get", () -> redis.hget(chatsKey, field)))
                .map(json -> RedisJson.read("chat archive get", json, StoredChat.class).toChat());
    }

    @Override
    public void save(ArchivedChat chat) {
        String summariesKey = summariesKey(chat.ownerId());
        String chatsKey = chatsKey(chat.ownerId());
        String field = Identifiers.requireKeyPart("chatId", chat.id());
        String summaryJson = RedisJson.write(StoredChat.Summary.of(chat.summary()));
        String chatJson = RedisJson.write(StoredChat.of(chat));
        run("chat archive save", () -> {
            try (AbstractTransaction transaction = redis.multi()) {
                transaction.hset(summariesKey, field, summaryJson);
                transaction.hset(chatsKey, field, chatJson);
                transaction.expire(summariesKey, ttlSeconds);
                transaction.expire(chatsKey, ttlSeconds);
                transaction.exec();
            }
        });
    }

    @Override
    public boolean delete(String ownerId, String chatId) {
        String summariesKey = summariesKey(ownerId);
        String chatsKey = chatsKey(ownerId);
        String field = Identifiers.requireKeyPart("chatId", chatId);
        return call("chat archive delete", () -> {
            Response<Long> removed;
            try (AbstractTransaction transaction = redis.multi()) {
                removed = transaction.hdel(summariesKey, field);
                transaction.hdel(chatsKey, field);
                transaction.exec();
            }
            return removed.get() > 0;
        });
    }

    private String summariesKey(String ownerId) {
        return keyPrefix + "chats:" + Identifiers.requireKeyPart("ownerId", ownerId) + ":summaries";
    }

    private String chatsKey(String ownerId) {
        return keyPrefix + "chats:" + Identifiers.requireKeyPart("ownerId", ownerId) + ":chats";
    }

    public static final class Builder {
        private UnifiedJedis client;
        private String keyPrefix = "orderlens:";
        private Duration ttl = DEFAULT_TTL;

        private Builder() {
        }

        /** The client to use (see {@link RedisSettings#createClient()}); the archive does not close it. */
        public Builder client(UnifiedJedis client) {
            this.client = client;
            return this;
        }

        /** Prepended to every key, so that several applications can share one database. */
        public Builder keyPrefix(String keyPrefix) {
            this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
            return this;
        }

        /** How long an owner's archive is kept after their last save; whole seconds, at least one. */
        public Builder ttl(Duration ttl) {
            this.ttl = Ttl.require(ttl);
            return this;
        }

        public RedisChatArchive build() {
            return new RedisChatArchive(this);
        }
    }
}
