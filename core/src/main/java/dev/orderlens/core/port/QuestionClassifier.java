package dev.orderlens.core.port;

import dev.orderlens.core.domain.conversation.Conversation;
import dev.orderlens.core.domain.route.Classification;

/** Decides whether a question is best answered by SQL or by retrieval, and how sure it is. */
public interface QuestionClassifier {

    /**
     * A verdict on any question a person may type, however short, long or foreign: never {@code null}. The pipeline
     * routes on it alone, so a classifier that cannot decide says so with a low confidence or one of the exceptions
     * below, never another.
     *
     * @throws ClassificationException when no valid route and confidence could be had
     * @throws BackendException when the model behind the classifier fails
     */
    Classification classify(String question, Conversation conversation);

    /** Thrown when a classifier's output carries no valid route and confidence. */
    final class ClassificationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ClassificationException(String message) {
            super(message);
        }
    }
}
