package dev.orderlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.port.ConversationStore;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConversationStore} must do. Session ids used here match {@code [A-Za-z0-9_-]{8,128}}, the
 * strictest form an implementation may require.
 */
public abstract class ConversationStoreContract {

    protected static final int MAX_TURNS = 3;

    /** A new, empty store that keeps at most {@code maxTurns} turns per session. */
    protected abstract ConversationStore newStore(int maxTurns);

    @Test
    void returns_an_empty_conversation_for_an_unknown_session() {
        Conversation conversation = newStore(MAX_TURNS).load("unknown-session-1");

        assertThat(conversation.sessionId()).isEqualTo("unknown-session-1");
        assertThat(conversation.isEmpty()).isTrue();
    }

    @Test
    void keeps_appended_turns_in_order_with_their_fields() {
        ConversationStore store = newStore(MAX_TURNS);
        Turn first = turn(1, Route.SQL, "SELECT carrier, count(*) FROM orders GROUP BY carrier");
        Turn second = turn(2, Route.RAG, null);

        store.append("session-aaaa", first, ConversationContext.empty());
        store.append("session-aaaa", second, ConversationContext.empty());

        assertThat(store.load("session-aaaa").turns()).containsExactly(first, second);
    }

    @Test
    void keeps_only_the_newest_turns_beyond_its_bound() {
        ConversationStore store = newStore(MAX_TURNS);
        for (int i = 1; i <= MAX_TURNS + 2; i++) {
            store.append("session-bounded", turn(i, Route.SQL, null), ConversationContext.empty());
        }

        assertThat(store.load("session-bounded").turns())
                .extracting(Turn::messageId)
                .containsExactly("msg-3", "msg-4", "msg-5");
    }

    @Test
    void replaces_the_context_on_each_append() {
        ConversationStore store = newStore(MAX_TURNS);
        store.append("session-context", turn(1, Route.SQL, null),
                new ConversationContext(Map.of("carrier", "FedEx", "month", "2025-09")));
        store.append("session-context", turn(2, Route.SQL, null),
                new ConversationContext(Map.of("carrier", "UPS")));

        assertThat(store.load("session-context").context().values()).isEqualTo(Map.of("carrier", "UPS"));
    }

    @Test
    void never_shows_one_session_the_turns_or_context_of_another() {
        ConversationStore store = newStore(MAX_TURNS);
        store.append("session-alice", turn(1, Route.SQL, null), new ConversationContext(Map.of("carrier", "DHL")));

        Conversation other = store.load("session-bob-1");

        assertThat(other.turns()).isEmpty();
        assertThat(other.context().isEmpty()).isTrue();
        assertThat(store.load("session-alice").turns()).hasSize(1);
    }

    @Test
    void forgets_a_cleared_session_and_only_that_one() {
        ConversationStore store = newStore(MAX_TURNS);
        store.append("session-gone", turn(1, Route.RAG, null), new ConversationContext(Map.of("sku", "NX2")));
        store.append("session-kept", turn(2, Route.RAG, null), ConversationContext.empty());

        store.clear("session-gone");

        assertThat(store.load("session-gone").isEmpty()).isTrue();
        assertThat(store.load("session-kept").turns()).hasSize(1);
    }

    protected static Turn turn(int n, Route route, String sql) {
        return new Turn("msg-" + n, "question " + n + " — naïve “quotes”", "answer " + n, route, sql,
                Instant.parse("2025-09-10T12:00:00.123456Z").plusSeconds(n));
    }
}
