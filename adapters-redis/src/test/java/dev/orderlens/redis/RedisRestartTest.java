package dev.orderlens.redis;

import dev.orderlens.core.memory.InMemoryConversationStore;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.domain.route.Route;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.RedisClient;

/** A conversation that goes on while its Redis server is stopped and started again. */
class RedisRestartTest {

    @RegisterExtension
    static final RedisServerExtension SERVER = new RedisServerExtension();

    private static final String SESSION = "session-restart";

    @Test
    void keeps_answering_from_memory_while_redis_is_down_and_uses_redis_again_once_it_is_back() throws Exception {
        try (RedisClient client = SERVER.settings().createClient()) {
            RedisConversationStore redis = RedisConversationStore.builder().client(client).build();
            InMemoryConversationStore memory = new InMemoryConversationStore();
            FailoverConversationStore store = FailoverConversationStore.builder()
                    .primary(redis).fallback(memory).coolDown(Duration.ofMillis(200)).build();

            store.append(SESSION, turn(1), context("UPS"));
            assertThat(redis.load(SESSION).turns()).hasSize(1);

            SERVER.stop();
            long started = System.nanoTime();
            Conversation duringOutage = store.load(SESSION);
            store.append(SESSION, turn(2), context("FedEx"));
            Conversation afterAnswer = store.load(SESSION);
            long outageMillis = (System.nanoTime() - started) / 1_000_000;

            assertThat(duringOutage.isEmpty()).isTrue();
            assertThat(afterAnswer.turns()).extracting(Turn::messageId).containsExactly("msg-2");
            assertThat(afterAnswer.context().get("carrier")).contains("FedEx");
            assertThat(store.isUsingFallback()).isTrue();
            assertThat(store.failureCount()).isEqualTo(1);
            assertThat(outageMillis).as("answers during the outage do not wait for Redis").isLessThan(1_000);

            SERVER.start();
            Thread.sleep(250);
            store.append(SESSION, turn(3), context("DHL"));

            assertThat(store.isUsingFallback()).isFalse();
            Conversation inRedis = redis.load(SESSION);
            assertThat(inRedis.turns()).extracting(Turn::messageId).containsExactly("msg-2", "msg-3");
            assertThat(inRedis.context().get("carrier")).contains("DHL");
            assertThat(memory.load(SESSION).isEmpty()).isTrue();
        }
    }

    private static Turn turn(int n) {
        return new Turn("msg-" + n, "question " + n, "answer " + n, Route.RAG, null, Instant.EPOCH.plusSeconds(n));
    }

    private static ConversationContext context(String carrier) {
        return new ConversationContext(Map.of("carrier", carrier));
    }
}
