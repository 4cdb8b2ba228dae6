package dev.orderlens.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.core.Assistant;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.feedback.Rating;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * {@code POST /api/feedback}: a like or dislike with an optional comment. When the store cannot keep it the
 * caller hears 503, so that the page can say so and let the user retry; feedback is never dropped silently.
 */
public final class FeedbackEndpoint implements Handler {

    static final int MAX_COMMENT_CHARS = 2_000;
    static final int MAX_ANSWER_CHARS = 20_000;
    private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final Logger LOG = Logger.getLogger(FeedbackEndpoint.class.getName());

    private final Assistant assistant;
    private final ObjectMapper mapper;
    private final int maxBodyBytes;
    private final int maxQuestionChars;
    private final Clock clock;

    public FeedbackEndpoint(Assistant assistant, ObjectMapper mapper, int maxBodyBytes, int maxQuestionChars,
            Clock clock) {
        this.assistant = assistant;
        this.mapper = mapper;
        this.maxBodyBytes = maxBodyBytes;
        this.maxQuestionChars = maxQuestionChars;
        this.clock = clock;
    }

    @Override
    public void handle(Context ctx) {
        BodyFields body = JsonBody.read(ctx, mapper, maxBodyBytes)
                .allowOnly("messageId", "sessionId", "rating", "comment", "question", "answer");
        String messageId = body.requiredString("messageId", 128);
        if (!MESSAGE_ID.matcher(messageId).matches()) {
            throw body.invalid("messageId", "must be letters, digits, '-' or '_'");
        }
        String sessionId = body.requiredString("sessionId", 128);
        if (!SessionId.isValid(sessionId)) {
            throw body.invalid("sessionId", "must be 8 to 128 letters, digits, '-' or '_'");
        }
        Rating rating;
        try {
            rating = Rating.parse(body.requiredString("rating", 10));
        } catch (IllegalArgumentException e) {
            throw body.invalid("rating", "must be 'like' or 'dislike'");
        }
        Feedback feedback = new Feedback(messageId, sessionId, rating,
                body.optionalString("comment", MAX_COMMENT_CHARS).orElse(null),
                body.optionalString("question", maxQuestionChars).orElse(null),
                body.optionalString("answer", MAX_ANSWER_CHARS).orElse(null), clock.instant());
        try {
            assistant.recordFeedback(feedback);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "feedback for message " + messageId + " could not be stored: " + e.getMessage());
            throw new ApiException(503, "feedback_unavailable", null,
                    "the feedback could not be stored right now; please try again");
        }
        ctx.json(Map.of("ok", true));
    }
}
