package dev.orderlens.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.core.Assistant;
import dev.orderlens.core.domain.verified.VerifiedQuestion;
import dev.orderlens.core.pipeline.VerifiedAnswers.UnknownAnswerException;
import dev.orderlens.web.json.VerifiedRows;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code POST /api/verified} saves a recent answer's query as right for its question; {@code GET} lists the saved
 * questions, newest first; {@code DELETE /api/verified/{id}} removes one. The page has no login, so who saved a
 * question is the name the caller gives, or "web".
 */
public final class VerifiedEndpoints {

    static final String DEFAULT_SAVED_BY = "web";
    static final int MAX_NAME_CHARS = 80;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private final Assistant assistant;
    private final ObjectMapper mapper;
    private final int maxBodyBytes;

    public VerifiedEndpoints(Assistant assistant, ObjectMapper mapper, int maxBodyBytes) {
        this.assistant = assistant;
        this.mapper = mapper;
        this.maxBodyBytes = maxBodyBytes;
    }

    public void save(Context ctx) {
        BodyFields body = JsonBody.read(ctx, mapper, maxBodyBytes).allowOnly("messageId", "savedBy");
        String messageId = body.requiredString("messageId", 128);
        if (!ID.matcher(messageId).matches()) {
            throw body.invalid("messageId", "must be letters, digits, '-' or '_'");
        }
        String savedBy = body.optionalString("savedBy", MAX_NAME_CHARS).map(String::strip).orElse(DEFAULT_SAVED_BY);
        if (savedBy.chars().anyMatch(Character::isISOControl)) {
            throw body.invalid("savedBy", "must be one line of text");
        }
        VerifiedQuestion saved;
        try {
            saved = assistant.verify(messageId, savedBy);
        } catch (UnknownAnswerException e) {
            throw new ApiException(404, "answer_not_found", "messageId", "'messageId' " + messageId
                    + " is not a recent answer whose query ran for a question that stands on its own (not a short "
                    + "follow-up); only those can be saved as verified");
        }
        ctx.status(201).json(Map.of("verified", VerifiedRows.json(saved)));
    }

    public void list(Context ctx) {
        List<VerifiedQuestion> saved = assistant.verifiedQuestions();
        ctx.json(Map.of("verified", VerifiedRows.json(saved), "count", saved.size()));
    }

    public void delete(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ID.matcher(id).matches()) {
            throw ApiException.badField("invalid_field", "id", "'id' must be letters, digits, '-' or '_'");
        }
        if (!assistant.removeVerified(id)) {
            throw new ApiException(404, "verified_not_found", "id", "'id' " + id + " is not a verified question");
        }
        ctx.json(Map.of("ok", true));
    }
}
