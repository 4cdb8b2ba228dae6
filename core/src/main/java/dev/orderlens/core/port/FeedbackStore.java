package dev.orderlens.core.port;

import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.feedback.FeedbackQuery;
import java.util.List;

/** Keeps users' likes and dislikes. Implementations must not lose feedback when their backend is down. */
public interface FeedbackStore {

    void record(Feedback feedback);

    /**
     * The current verdict on each rated answer, newest first: of all feedback on one message of one session only
     * the latest counts (a like that became a dislike is a dislike; a rating followed by the same rating with a
     * comment is one entry). The query's filters apply to that latest feedback, then its limit.
     *
     * @throws BackendException when the store cannot be read
     */
    List<Feedback> list(FeedbackQuery query);
}
