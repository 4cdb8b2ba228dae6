package dev.orderlens.core.domain.verified;

import dev.orderlens.core.domain.answer.Verification;
import dev.orderlens.core.domain.conversation.ConversationContext;
import java.time.Instant;
import java.util.Objects;

/**
 * A question whose query a person checked and saved as right, so that the same question asked later runs that
 * query instead of a newly written one.
 *
 * @param id the saved question's handle, for listing and removing it
 * @param question the question as it was asked
 * @param sql the query that ran for it, as the read-only guard passed it
 * @param context what the query meant (metric, filters, period), kept so that follow-ups to a reused answer work
 * @param savedBy who saved it (a name, or "web" / the terminal's user when nobody gave one)
 * @param savedAt when
 * @param messageId the answer it was saved from, or {@code null} when it was entered by hand
 */
public record VerifiedQuestion(String id, String question, String sql, ConversationContext context, String savedBy,
        Instant savedAt, String messageId) {

    public VerifiedQuestion {
        Objects.requireNonNull(id, "id");
        requireText(question, "question");
        requireText(sql, "sql");
        context = context == null ? ConversationContext.empty() : context;
        requireText(savedBy, "savedBy");
        savedBy = savedBy.strip();
        Objects.requireNonNull(savedAt, "savedAt");
        messageId = messageId == null || messageId.isBlank() ? null : messageId;
    }

    /** The mark an answer reusing this query carries. */
    public Verification verification() {
        return new Verification(id, savedBy, savedAt);
    }

    /** The question as matching compares it: two questions that normalise alike are the same question. */
    public String normalisedQuestion() {
        return QuestionWords.normalise(question);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
