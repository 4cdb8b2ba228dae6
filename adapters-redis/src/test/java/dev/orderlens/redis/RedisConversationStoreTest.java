package dev.orderlens.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.route.Route;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.ConversationStore;
import dev.orderlens.testsupport.ConversationStoreContract;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import redis.clients.jedis.RedisClient;

class RedisConversationStoreTest extends ConversationStoreContract {

    @RegisterExtension
    static final RedisServerExtension SERVER = new RedisServerExtension();

    private String keyPrefix;

    @Override
    protected ConversationStore newStore(int maxTurns) {
        return builder().maxTurns(maxTurns).build();
    }

    private RedisConversationStore.Builder builder() {
        keyPrefix = RedisServerExtension.newKeyPrefix();
        return RedisConversationStore.builder().client(SERVER.client()).keyPrefix(keyPrefix);
    }

    @Test
    void keeps_a_session_under_its_own_two_keys_with_the_ttl() {
        ConversationStore store = builder().ttl(Duration.ofHours(24)).build();

        store.append("session-keys", turn(1, Route.SQL, null), new ConversationContext(Map.of("carrier", "UPS")));

        assertThat(SERVER.client().keys(keyPrefix + "*")).containsExactlyInAnyOrder(
                keyPrefix + "conv:session-keys:turns", keyPrefix + "conv:session-keys:context");
        assertThat(SERVER.client().ttl(keyPrefix + "conv:session-keys:turns")).isBetween(86_390L, 86_400L);
        assertThat(SERVER.client().ttl(keyPrefix + "conv:session-keys:context")).isBetween(86_390L, 86_400L);
    }

    @Test
    void starts_the_ttl_again_when_a_session_is_loaded() {
        ConversationStore store = builder().ttl(Duration.ofHours(1)).build();
        store.append("session-ttl-1", turn(1, Route.SQL, null), new ConversationContext(Map.of("carrier", "UPS")));
        SERVER.client().expire(keyPrefix + "conv:session-ttl-1:turns", 5);
        SERVER.client().expire(keyPrefix + "conv:session-ttl-1:context", 5);

        store.load("session-ttl-1");

        assertThat(SERVER.client().ttl(keyPrefix + "conv:session-ttl-1:turns")).isGreaterThan(3_590L);
        assertThat(SERVER.client().ttl(keyPrefix + "conv:session-ttl-1:context")).isGreaterThan(3_590L);
    }

    @Test
    void forgets_a_session_once_its_ttl_has_passed() throws InterruptedException {
        ConversationStore store = builder().ttl(Duration.ofSeconds(1)).build();
        store.append("session-expiring", turn(1, Route.RAG, null), ConversationContext.empty());

        Thread.sleep(1_100);

        assertThat(store.load("session-expiring").isEmpty()).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"short", "", "session:other-user", "session*", "sessi0n with space",
            "session-ümlaut", "../session-1"})
    void rejects_a_session_id_outside_the_allowed_form(String sessionId) {
        ConversationStore store = newStore(MAX_TURNS);

        assertThatThrownBy(() -> store.load(sessionId)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sessionId");
        assertThatThrownBy(() -> store.append(sessionId, turn(1, Route.SQL, null), ConversationContext.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.clear(sessionId)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_a_session_id_longer_than_128_characters() {
        ConversationStore store = newStore(MAX_TURNS);

        assertThat(store.load("s".repeat(128)).isEmpty()).isTrue();
        assertThatThrownBy(() -> store.load("s".repeat(129))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reports_an_unreachable_server_as_unavailable_without_its_password() throws Exception {
        try (RedisClient unreachable = RedisServerExtension.unreachableSettings("app:s3cret-pw").createClient()) {
            ConversationStore store = RedisConversationStore.builder().client(unreachable).build();

            assertThatThrownBy(() -> store.load("session-unreachable"))
                    .isInstanceOfSatisfying(BackendException.class, e -> {
                        assertThat(e.kind()).isEqualTo(BackendException.Kind.UNAVAILABLE);
                        assertThat(e.backend()).isEqualTo("redis");
                        assertThat(e.getMessage()).contains("conversation load").doesNotContain("s3cret-pw");
                    });
        }
    }
}
