package dev.orderlens.redis;

import dev.orderlens.core.domain.Conversation;
import dev.orderlens.core.domain.ConversationContext;
import dev.orderlens.core.domain.Turn;
import dev.orderlens.core.port.ConversationStore;
import dev.orderlens.redis.internal.OutageGuard;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers from a fallback store (typically in memory) while the primary one (typically Redis) fails, and goes back
 * to the primary once it answers again, without a restart. After a failure the primary is left alone for a short
 * back-off, so that requests during an outage do not each wait for a connection timeout.
 *
 * <p>Sessions written during an outage are handed over: the next time the primary answers for such a session, the
 * turns kept in the fallback are appended to it (or the session cleared there first, if it was cleared meanwhile),
 * so the conversation continues where it was. Invalid input ({@link IllegalArgumentException}) is not an outage
 * and is thrown as is.
 */
public final class FailoverConversationStore implements ConversationStore {

    private static final Logger LOG = LoggerFactory.getLogger(FailoverConversationStore.class);

    private final ConversationStore primary;
    private final ConversationStore fallback;
    private final OutageGuard outage;
    /** Sessions the fallback holds turns for, mapped to whether the primary must clear the session first. */
    private final Map<String, Boolean> pendingHandOvers = new ConcurrentHashMap<>();

    private FailoverConversationStore(Builder builder) {
        this.primary = Objects.requireNonNull(builder.primary, "primary");
        this.fallback = Objects.requireNonNull(builder.fallback, "fallback");
        this.outage = new OutageGuard(LOG, "Conversation store " + primary.getClass().getSimpleName(),
                builder.retryAfter);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Conversation load(String sessionId) {
        return onPrimary(sessionId, () -> primary.load(sessionId), () -> fallback.load(sessionId));
    }

    @Override
    public void append(String sessionId, Turn turn, ConversationContext context) {
        onPrimary(sessionId, () -> {
            primary.append(sessionId, turn, context);
            return null;
        }, () -> {
            fallback.append(sessionId, turn, context);
            pendingHandOvers.putIfAbsent(sessionId, false);
            return null;
        });
    }

    @Override
    public void clear(String sessionId) {
        onPrimary(sessionId, () -> {
            primary.clear(sessionId);
            return null;
        }, () -> {
            fallback.clear(sessionId);
            pendingHandOvers.put(sessionId, true);
            return null;
        });
    }

    /** How many calls to the primary have failed since this store was built. */
    public long failureCount() {
        return outage.failures();
    }

    /** Whether the last call to the primary failed, so that the fallback is answering. */
    public boolean isUsingFallback() {
        return outage.isDown();
    }

    private <T> T onPrimary(String sessionId, Supplier<T> onPrimary, Supplier<T> onFallback) {
        if (outage.shouldTry()) {
            try {
                handOver(sessionId);
                T result = onPrimary.get();
                outage.succeeded();
                return result;
            } catch (IllegalArgumentException invalidInput) {
                throw invalidInput;
            } catch (RuntimeException e) {
                outage.failed(e, "answering from the fallback store");
            }
        }
        return onFallback.get();
    }

    private void handOver(String sessionId) {
        Boolean clearFirst = pendingHandOvers.get(sessionId);
        if (clearFirst == null) {
            return;
        }
        if (clearFirst) {
            primary.clear(sessionId);
        }
        Conversation kept = fallback.load(sessionId);
        for (Turn turn : kept.turns()) {
            primary.append(sessionId, turn, kept.context());
        }
        fallback.clear(sessionId);
        pendingHandOvers.remove(sessionId);
        LOG.info("Handed {} turns of a session kept during an outage back to the primary store", kept.turns().size());
    }

    public static final class Builder {
        private ConversationStore primary;
        private ConversationStore fallback;
        private Duration retryAfter = Duration.ofSeconds(5);

        private Builder() {
        }

        public Builder primary(ConversationStore primary) {
            this.primary = primary;
            return this;
        }

        public Builder fallback(ConversationStore fallback) {
            this.fallback = fallback;
            return this;
        }

        /** How long the primary is left alone after a failure before it is tried again. */
        public Builder retryAfter(Duration retryAfter) {
            this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
            return this;
        }

        public FailoverConversationStore build() {
            return new FailoverConversationStore(this);
        }
    }
}
