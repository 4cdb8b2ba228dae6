package dev.orderlens.redis;

import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.port.ConversationStore;
import dev.orderlens.core.resilience.CircuitBreaker;
import dev.orderlens.core.resilience.CircuitOpenException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers from a fallback store (typically in memory) while the primary one (typically Redis) fails, and goes back
 * to the primary once it answers again, without a restart. The primary sits behind a {@link CircuitBreaker} that
 * opens on its first outage (unreachable, timed out) and keeps it cut off for a short cool-down, so that requests
 * during an outage do not each wait for a connection timeout; then one call tries it again. Any other failure of
 * the primary (a refused password, an error reply) is answered from the fallback too, but does not cut it off.
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
    private final CircuitBreaker breaker;
    private final AtomicLong failures = new AtomicLong();
    /** Sessions the fallback holds turns for, mapped to whether the primary must clear the session first. */
    private final Map<String, Boolean> pendingHandOvers = new ConcurrentHashMap<>();

    private FailoverConversationStore(Builder builder) {
        this.primary = Objects.requireNonNull(builder.primary, "primary");
        this.fallback = Objects.requireNonNull(builder.fallback, "fallback");
        this.breaker = CircuitBreaker.builder("Conversation store " + primary.getClass().getSimpleName())
                .consecutiveFailures(1).coolDown(builder.coolDown).build();
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
        return failures.get();
    }

    /** Whether the primary is cut off after an outage, so that the fallback is answering. */
    public boolean isUsingFallback() {
        return breaker.state() != CircuitBreaker.State.CLOSED;
    }

    private <T> T onPrimary(String sessionId, Supplier<T> onPrimary, Supplier<T> onFallback) {
        try {
            return breaker.call(() -> {
                handOver(sessionId);
                return onPrimary.get();
            });
        } catch (IllegalArgumentException invalidInput) {
            throw invalidInput;
        } catch (CircuitOpenException cutOff) {
            // The primary failed moments ago: the fallback answers without waiting for it again.
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            if (CircuitBreaker.isOutsideFailure(e)) {
                LOG.debug("Answering from the fallback store: {}", e.getMessage());
            } else {
                LOG.warn("Answering from the fallback store: {}", e.getMessage());
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
        private Duration coolDown = Duration.ofSeconds(5);

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

        /** How long the primary is left alone after an outage before one call tries it again (default 5 s). */
        public Builder coolDown(Duration coolDown) {
            this.coolDown = Objects.requireNonNull(coolDown, "coolDown");
            return this;
        }

        public FailoverConversationStore build() {
            return new FailoverConversationStore(this);
        }
    }
}
