package dev.orderlens.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests refused before they reach the app: those Jetty cannot read (a garbled request line, an
 * unknown HTTP version, a URI too long, a path that is not UTF-8) and those {@link EdgeGuard} turns away. Each
 * gets the API's one error shape and the security headers, whatever the method, and counts against the client's
 * rate limit like an API request, so that a flood of broken requests is throttled like any other.
 */
public final class JsonErrorHandler extends ErrorHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RateLimiter limiter;

    public JsonErrorHandler(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        refuse(request, response, callback, code, ErrorBody.codeOf(code), messageFor(code, message));
    }

    /** Answers {@code status} with {@code {error:{code, message}}}, or 429 when the client is over its limit. */
    void refuse(Request request, Response response, Callback callback, int status, String code, String message) {
        long waitSeconds = limiter.acquire(Request.getRemoteAddr(request));
        HttpFields.Mutable headers = response.getHeaders();
        if (waitSeconds > 0) {
            status = 429;
            code = "rate_limited";
            message = "too many requests; try again in " + waitSeconds + " seconds";
            headers.put(HttpHeader.RETRY_AFTER, waitSeconds);
        }
        response.setStatus(status);
        SecurityHeaders.apply(headers);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    /** Used when Jetty cannot hand the refusal to {@link #generateResponse}; there is no request to count then. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.apply(fields);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(ErrorBody.codeOf(status), messageFor(status, reason)));
    }

    /** Jetty's own reason is shown only for a version it refused: elsewhere it could echo what the client sent. */
    private static String messageFor(int status, String reason) {
        return switch (status) {
            case 505 -> "this HTTP version is not supported (" + reason + "); use HTTP/1.1";
            case 426 -> "HTTP/2 is not served on this connection; use HTTP/1.1";
            case 404 -> "there is nothing at this address";
            default -> status >= 500 ? "something went wrong on the server"
                    : "the request could not be read (" + HttpStatus.getMessage(status) + ")";
        };
    }

    private static byte[] body(String code, String message) {
        try {
            return JSON.writeValueAsBytes(ErrorBody.of(code, message, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write an error body", e);
        }
    }
}
