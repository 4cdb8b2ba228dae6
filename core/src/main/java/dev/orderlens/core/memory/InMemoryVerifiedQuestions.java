package dev.orderlens.core.memory;

import dev.orderlens.core.domain.verified.VerifiedQuestion;
import dev.orderlens.core.port.VerifiedQuestions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Verified questions kept in the process, lost when it stops; for tests and embedding without a home. */
public final class InMemoryVerifiedQuestions implements VerifiedQuestions {

    private final List<VerifiedQuestion> questions = new ArrayList<>();

    @Override
    public synchronized void save(VerifiedQuestion question) {
        questions.removeIf(kept -> kept.normalisedQuestion().equals(question.normalisedQuestion())
                || kept.id().equals(question.id()));
        questions.add(question);
    }

    @Override
    public synchronized List<VerifiedQuestion> list() {
        return questions.stream().sorted(Comparator.comparing(VerifiedQuestion::savedAt).reversed()).toList();
    }

    @Override
    public synchronized boolean remove(String id) {
        return questions.removeIf(kept -> kept.id().equals(id));
    }
}
