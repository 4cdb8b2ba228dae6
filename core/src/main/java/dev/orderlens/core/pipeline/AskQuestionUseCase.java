package dev.orderlens.core.pipeline;

import dev.orderlens.core.domain.answer.Answer;

/** Answers a question, by SQL or from documents, keeping the conversation's context. */
public interface AskQuestionUseCase {

    /**
     * Answers the question, streaming it to the listener. Failures of outside systems degrade the answer
     * (and are recorded) instead of failing the call.
     */
    Answer ask(AskCommand command, AnswerListener listener);

    default Answer ask(AskCommand command) {
        return ask(command, AnswerListener.IGNORE);
    }
}
