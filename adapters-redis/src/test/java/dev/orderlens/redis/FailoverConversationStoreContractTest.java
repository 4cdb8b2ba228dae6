package dev.orderlens.redis;

import dev.orderlens.core.memory.InMemoryConversationStore;
import dev.orderlens.core.port.ConversationStore;
import dev.orderlens.testsupport.ConversationStoreContract;
import dev.orderlens.testsupport.Decorators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Redis behind the failover keeps the conversation store contract, and every call goes through the failover. */
class FailoverConversationStoreContractTest extends ConversationStoreContract {

    @RegisterExtension
    static final RedisServerExtension SERVER = new RedisServerExtension();

    @Override
    protected ConversationStore newStore(int maxTurns) {
        return FailoverConversationStore.builder()
                .primary(RedisConversationStore.builder().client(SERVER.client())
                        .keyPrefix(RedisServerExtension.newKeyPrefix()).maxTurns(maxTurns).build())
                .fallback(new InMemoryConversationStore(maxTurns, InMemoryConversationStore.DEFAULT_MAX_SESSIONS))
                .build();
    }

    @Test
    void forwards_every_method_of_the_port() {
        Decorators.assertDeclaresEveryMethodOf(FailoverConversationStore.class, ConversationStore.class);
    }
}
