package dev.orderlens.testsupport.memory;

import dev.orderlens.core.memory.InMemoryVerifiedQuestions;
import dev.orderlens.core.port.VerifiedQuestions;
import dev.orderlens.testsupport.VerifiedQuestionsContract;

class InMemoryVerifiedQuestionsTest extends VerifiedQuestionsContract {

    @Override
    protected VerifiedQuestions newStore() {
        return new InMemoryVerifiedQuestions();
    }
}
