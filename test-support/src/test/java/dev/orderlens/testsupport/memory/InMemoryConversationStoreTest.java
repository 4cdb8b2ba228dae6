package dev.orderlens.testsupport.memory;

import dev.orderlens.core.memory.InMemoryConversationStore;
import dev.orderlens.core.port.ConversationStore;
import dev.orderlens.testsupport.ConversationStoreContract;

class InMemoryConversationStoreTest extends ConversationStoreContract {

    @Override
    protected ConversationStore newStore(int maxTurns) {
        return new InMemoryConversationStore(maxTurns, 100);
    }
}
