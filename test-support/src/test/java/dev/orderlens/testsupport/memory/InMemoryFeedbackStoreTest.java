package dev.orderlens.testsupport.memory;

import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.memory.InMemoryFeedbackStore;
import dev.orderlens.core.port.FeedbackStore;
import dev.orderlens.testsupport.FeedbackStoreContract;
import java.util.List;

class InMemoryFeedbackStoreTest extends FeedbackStoreContract {

    private InMemoryFeedbackStore store;

    @Override
    protected FeedbackStore newStore() {
        store = new InMemoryFeedbackStore();
        return store;
    }

    @Override
    protected List<Feedback> storedFeedback() {
        return store.all();
    }
}
