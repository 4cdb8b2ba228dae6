package dev.orderlens.core.pipeline;

import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.conversation.ConversationContext;
import dev.orderlens.core.domain.search.VectorSimilarity;
import dev.orderlens.core.domain.verified.QuestionWords;
import dev.orderlens.core.domain.verified.VerifiedQuestion;
import dev.orderlens.core.port.VerifiedQuestions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Verified answers: saving the query of an answer that ran as right for its question, and finding the saved
 * question a new one matches, so that the pipeline runs the saved query instead of writing one.
 *
 * <p>Matching is conservative, since reusing a query for a question that only looks alike gives a wrong number
 * with a "verified" mark on it. A question matches when its normalised text is the saved one's, or, with an
 * embedding model, when it has the same words about the data in the same order (only ways of asking such as
 * "how many … were there" differ) and the two questions' embeddings are at least {@link #MIN_SIMILARITY} alike.
 */
public final class VerifiedAnswers {

    /**
     * The words about the data already agree, so this only keeps out phrasings that change the question. With the
     * embedded MiniLM, rephrasings with the same data words score 0.88 to 0.94 ("How many orders were there in
     * 2025?" / "Number of orders in 2025": 0.88), while swapping the years of "2024 vs 2025" still scores 0.99:
     * the words in their order, not the embedding, keep such questions apart.
     */
    static final double MIN_SIMILARITY = 0.85;
    private static final int RECENT_ANSWERS = 256;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final VerifiedQuestions store;
    private final Clock wallClock;
    /** Answers that ran, by message id, so that one can be saved by its id alone. */
    private final Map<String, Ran> recent = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Ran> eldest) {
            return size() > RECENT_ANSWERS;
        }
    };

    public VerifiedAnswers(VerifiedQuestions store, Clock wallClock) {
        this.store = Objects.requireNonNull(store, "store");
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
    }

    /** A question whose query ran, and what the query meant. */
    private record Ran(String question, String sql, ConversationContext context) {
    }

    /** A saved question a new one matches, and why it matches. */
    public record Match(VerifiedQuestion verified, String reason) {
    }

    /**
     * The saved question {@code question} matches, if any.
     *
     * @param embed the question's embedding, or {@code null} when there is no model or it failed (then only the
     *     same normalised text matches)
     * @throws dev.orderlens.core.port.BackendException when the store cannot be read
     */
    public Optional<Match> match(String question, Function<String, float[]> embed) {
        List<VerifiedQuestion> saved = store.list();
        if (saved.isEmpty()) {
            return Optional.empty();
        }
        String asked = QuestionWords.normalise(question);
        for (VerifiedQuestion candidate : saved) {
            if (candidate.normalisedQuestion().equals(asked)) {
                return Optional.of(new Match(candidate, "the same question as the verified \""
                        + candidate.question() + "\""));
            }
        }
        List<String> dataWords = QuestionWords.dataWords(question);
        List<VerifiedQuestion> sameWords = saved.stream()
                .filter(candidate -> !dataWords.isEmpty()
                        && QuestionWords.dataWords(candidate.question()).equals(dataWords))
                .toList();
        if (sameWords.isEmpty()) {
            return Optional.empty();
        }
        float[] askedVector = embed.apply(question);
        if (askedVector == null) {
            return Optional.empty();
        }
        for (VerifiedQuestion candidate : sameWords) {
            float[] savedVector = embed.apply(candidate.question());
            double similarity = savedVector == null ? 0 : VectorSimilarity.cosine(askedVector, savedVector);
            if (similarity >= MIN_SIMILARITY) {
                return Optional.of(new Match(candidate, String.format(Locale.ROOT,
                        "the same words about the data (%s) as the verified \"%s\", asked another way "
                                + "(similarity %.2f)", String.join(" ", dataWords), candidate.question(),
                        similarity)));
            }
        }
        return Optional.empty();
    }

    /** The sentence an answer reusing a verified query starts with. */
    public static String note(VerifiedQuestion verified) {
        return "Verified answer (saved by " + verified.savedBy() + " on " + DAY.format(verified.savedAt()) + ").";
    }

    /** Keeps an answer whose query ran, so that it can be saved by its message id. */
    void remember(SqlAnswer answer, ConversationContext context) {
        if (answer.sql() == null || answer.error() != null) {
            return;
        }
        synchronized (recent) {
            recent.put(answer.messageId(), new Ran(answer.question(), answer.sql(), context));
        }
    }

    /**
     * Saves the query of the answer with this message id as verified for its question.
     *
     * @throws UnknownAnswerException when no SQL answer that ran has this id (or it was answered too long ago)
     * @throws dev.orderlens.core.port.BackendException when the store cannot keep it
     */
    public VerifiedQuestion save(String messageId, String savedBy) {
        Ran ran;
        synchronized (recent) {
            ran = recent.get(messageId);
        }
        if (ran == null) {
            throw new UnknownAnswerException(messageId);
        }
        VerifiedQuestion verified = new VerifiedQuestion(UUID.randomUUID().toString(), ran.question(), ran.sql(),
                ran.context(), savedBy, wallClock.instant(), messageId);
        store.save(verified);
        return verified;
    }

    public List<VerifiedQuestion> list() {
        return store.list();
    }

    public boolean remove(String id) {
        return store.remove(id);
    }

    /** No answer that ran a query for a question standing on its own is known by this message id. */
    public static final class UnknownAnswerException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UnknownAnswerException(String messageId) {
            super("no answer computed by a query has the id " + messageId + " (only recent answers whose query ran"
                    + " and answers the question as asked, standing on its own, can be saved)");
        }
    }
}
