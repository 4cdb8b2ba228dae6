package dev.orderlens.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A {@code text/event-stream} response written event by event. Javalin's {@code SseHandler} commits the
 * stream before the handler runs; a chat answer only knows it will stream once the route is settled (SQL
 * answers are one JSON body), so the stream is opened here, at that point. A client that went away ends
 * the writing silently: the answer is still completed and saved.
 */
final class EventStream {

    private final HttpServletResponse response;
    private final ObjectMapper mapper;
    private boolean open = true;

    private EventStream(HttpServletResponse response, ObjectMapper mapper) {
        this.response = response;
        this.mapper = mapper;
    }

    static EventStream open(Context ctx, ObjectMapper mapper) {
        HttpServletResponse response = ctx.res();
        response.setStatus(200);
        response.setCharacterEncoding("UTF-8");
        response.setContentType("text/event-stream");
        response.setHeader("Cache-Control", "no-cache, no-store");
        response.setHeader("X-Accel-Buffering", "no");
        EventStream stream = new EventStream(response, mapper);
        try {
            response.flushBuffer();
        } catch (IOException e) {
            stream.open = false;
        }
        return stream;
    }

    synchronized void send(String event, Object data) {
        if (!open) {
            return;
        }
        try {
            String frame = "event: " + event + "\ndata: " + mapper.writeValueAsString(data) + "\n\n";
            OutputStream out = response.getOutputStream();
            out.write(frame.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the " + event + " event as JSON", e);
        } catch (IOException e) {
            open = false;
        }
    }
}
