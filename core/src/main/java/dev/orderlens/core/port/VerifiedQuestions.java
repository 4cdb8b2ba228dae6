package dev.orderlens.core.port;

import dev.orderlens.core.domain.verified.VerifiedQuestion;
import java.util.List;

/**
 * Keeps the questions whose queries people saved as right. Finding the one that matches a new question is the
 * pipeline's (one rule for every store); a store keeps, lists and removes.
 */
public interface VerifiedQuestions {

    /**
     * Keeps the question; one saved earlier for the same question (same normalised text) is replaced, so a
     * question has at most one verified query.
     *
     * @throws BackendException when the store cannot keep it
     */
    void save(VerifiedQuestion question);

    /**
     * Every saved question, newest first.
     *
     * @throws BackendException when the store cannot be read
     */
    List<VerifiedQuestion> list();

    /**
     * Forgets the question with this id.
     *
     * @return whether there was one
     * @throws BackendException when the store cannot be changed
     */
    boolean remove(String id);
}
