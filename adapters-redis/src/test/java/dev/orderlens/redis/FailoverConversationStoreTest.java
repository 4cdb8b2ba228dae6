package dev.orderlens.redis;

import dev.orderlens.core.memory.InMemoryConversationStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.ConversationStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The failover rules, with a primary that fails on demand. */
class FailoverConversationStoreTest {

    private static final String SESSION = "session-failover";

    private final SwitchableStore primary = new SwitchableStore();
    private final InMemoryConversationStore fallback = new InMemoryConversationStore();

    @Test
    void answers_from_the_primary_while_it_works() {
        FailoverConversationStore store = failover(Duration.ofMinutes(1));

        store.append(SESSION, turn(1), context("UPS"));

        assertThat(primary.load(SESSION).turns()).extracting(Turn::messageId).containsExactly("msg-1");
        assertThat(fallback.load(SESSION).isEmpty()).isTrue();
        assertThat(store.isUsingFallback()).isFalse();
    }

    @Test
    void answers_from_the_fallback_and_counts_the_failure_when_the_primary_fails() {
        FailoverConversationStore store = failover(Duration.ofMinutes(1));
        primary.down = true;

        store.append(SESSION, turn(1), context("UPS"));
        Conversation loaded = store.load(SESSION);

        assertThat(loaded.turns()).extracting(Turn::messageId).containsExactly("msg-1");
        assertThat(loaded.context().get("carrier")).contains("UPS");
        assertThat(store.isUsingFallback()).isTrue();
        assertThat(store.failureCount()).isEqualTo(1);
    }

    @Test
    void leaves_the_primary_alone_during_the_back_off() {
        FailoverConversationStore store = failover(Duration.ofMinutes(1));
        primary.down = true;
        store.load(SESSION);
        primary.down = false;

        store.load(SESSION);
        store.append(SESSION, turn(1), context("UPS"));

        assertThat(primary.calls.get()).isEqualTo(1);
        assertThat(store.isUsingFallback()).isTrue();
    }

    @Test
    void goes_back_to_the_primary_after_the_back_off_with_the_turns_kept_meanwhile() throws InterruptedException {
        FailoverConversationStore store = failover(Duration.ofMillis(50));
        store.append(SESSION, turn(1), context("UPS"));
        primary.down = true;
        store.append(SESSION, turn(2), context("FedEx"));
        primary.down = false;

        Thread.sleep(60);
        store.append(SESSION, turn(3), context("DHL"));

        Conversation inPrimary = primary.load(SESSION);
        assertThat(inPrimary.turns()).extracting(Turn::messageId).containsExactly("msg-1", "msg-2", "msg-3");
        assertThat(inPrimary.context().get("carrier")).contains("DHL");
        assertThat(fallback.load(SESSION).isEmpty()).isTrue();
        assertThat(store.isUsingFallback()).isFalse();
    }

    @Test
    void clears_the_primary_too_when_a_session_was_cleared_during_an_outage() throws InterruptedException {
        FailoverConversationStore store = failover(Duration.ofMillis(50));
        store.append(SESSION, turn(1), context("UPS"));
        primary.down = true;
        store.clear(SESSION);
        primary.down = false;

        Thread.sleep(60);

        assertThat(store.load(SESSION).isEmpty()).isTrue();
        assertThat(primary.load(SESSION).isEmpty()).isTrue();
    }

    @Test
    void answers_a_refusal_from_the_fallback_without_cutting_the_primary_off() {
        FailoverConversationStore store = failover(Duration.ofMinutes(1));
        primary.refusing = true;
        store.load(SESSION);
        primary.refusing = false;

        store.append(SESSION, turn(1), context("UPS"));

        assertThat(primary.load(SESSION).turns()).extracting(Turn::messageId).containsExactly("msg-1");
        assertThat(store.failureCount()).isEqualTo(1);
        assertThat(store.isUsingFallback()).isFalse();
    }

    @Test
    void throws_invalid_input_instead_of_treating_it_as_an_outage() {
        primary.rejectInput = true;
        FailoverConversationStore store = failover(Duration.ofMinutes(1));

        assertThatThrownBy(() -> store.load("bad")).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.failureCount()).isZero();
        assertThat(store.isUsingFallback()).isFalse();
    }

    private FailoverConversationStore failover(Duration coolDown) {
        return FailoverConversationStore.builder().primary(primary).fallback(fallback).coolDown(coolDown).build();
    }

    private static Turn turn(int n) {
        return new Turn("msg-" + n, "question " + n, "answer " + n, Route.SQL, null, Instant.EPOCH.plusSeconds(n));
    }

    private static ConversationContext context(String carrier) {
        return new ConversationContext(Map.of("carrier", carrier));
    }

    /** A memory store that fails like an unreachable or refusing Redis when told to. */
    private static final class SwitchableStore implements ConversationStore {
        private final InMemoryConversationStore memory = new InMemoryConversationStore();
        private final AtomicInteger calls = new AtomicInteger();
        private volatile boolean down;
        private volatile boolean rejectInput;
        private volatile boolean refusing;

        @Override
        public Conversation load(String sessionId) {
            check();
            return memory.load(sessionId);
        }

        @Override
        public void append(String sessionId, Turn turn, ConversationContext context) {
            check();
            memory.append(sessionId, turn, context);
        }

        @Override
        public void clear(String sessionId) {
            check();
            memory.clear(sessionId);
        }

        private void check() {
            calls.incrementAndGet();
            if (rejectInput) {
                throw new IllegalArgumentException("sessionId is malformed");
            }
            if (down) {
                throw new BackendException("redis", BackendException.Kind.UNAVAILABLE, "connection refused");
            }
            if (refusing) {
                throw new BackendException("redis", BackendException.Kind.REJECTED, "WRONGTYPE Operation against a "
                        + "key holding the wrong kind of value");
            }
        }
    }
}
