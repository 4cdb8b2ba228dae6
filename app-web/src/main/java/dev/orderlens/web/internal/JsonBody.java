package dev.orderlens.web.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reads a request body as one JSON object, refusing other media types, oversized bodies and malformed JSON. */
public final class JsonBody {

    private JsonBody() {
    }

    public static BodyFields read(Context ctx, ObjectMapper mapper, int maxBytes) {
        String text = text(ctx, maxBytes);
        JsonNode node;
        try (JsonParser parser = mapper.createParser(text)) {
            node = mapper.readTree(parser);
            if (parser.nextToken() != null) {
                // readTree stops after the first value: '{...}{...}' or '{...}]' would pass as the first object.
                throw new ApiException(400, "malformed_json", null,
                        "the body is not valid JSON: more content follows the object");
            }
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "malformed_json", null, "the body is not valid JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiException(400, "unreadable_body", null, "the body could not be read");
        }
        if (!(node instanceof ObjectNode object)) {
            throw new ApiException(400, "invalid_body", null, "the body must be a JSON object");
        }
        return new BodyFields(object, "");
    }

    /** The body of a JSON request as text, once its content type and size are checked. */
    public static String text(Context ctx, int maxBytes) {
        String contentType = ctx.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type", null, "the body must be application/json");
        }
        if (ctx.contentLength() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        return readAtMost(ctx, maxBytes);
    }

    private static String readAtMost(Context ctx, int maxBytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = ctx.req().getInputStream()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                bytes.write(buffer, 0, read);
                if (bytes.size() > maxBytes) {
                    throw tooLarge(maxBytes);
                }
            }
        } catch (IOException e) {
            throw new ApiException(400, "unreadable_body", null, "the body could not be read");
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static ApiException tooLarge(int maxBytes) {
        return new ApiException(413, "body_too_large", null, "the body must be at most " + maxBytes + " bytes");
    }
}
