package dev.orderlens.core.port;

import dev.orderlens.core.domain.Feedback;

/** Keeps users' likes and dislikes. Implementations must not lose feedback when their backend is down. */
public interface FeedbackStore {

    void record(Feedback feedback);
}
