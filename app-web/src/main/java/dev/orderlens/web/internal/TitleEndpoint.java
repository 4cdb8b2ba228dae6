package dev.orderlens.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.core.Assistant;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code POST /api/generate-title {message}}: a plain-text title of at most six words. */
public final class TitleEndpoint implements Handler {

    private final Assistant assistant;
    private final ObjectMapper mapper;
    private final int maxBodyBytes;
    private final int maxMessageChars;

    public TitleEndpoint(Assistant assistant, ObjectMapper mapper, int maxBodyBytes, int maxMessageChars) {
        this.assistant = assistant;
        this.mapper = mapper;
        this.maxBodyBytes = maxBodyBytes;
        this.maxMessageChars = maxMessageChars;
    }

    @Override
    public void handle(Context ctx) {
        String message = JsonBody.read(ctx, mapper, maxBodyBytes).allowOnly("message")
                .requiredString("message", maxMessageChars);
        ctx.contentType("text/plain; charset=utf-8").result(assistant.title(message).strip());
    }
}
