package dev.orderlens.web.internal;

import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Receives a request's body before the app is called, so that a client sending it slowly holds a connection, not
 * a thread: on JDK 17 the app reads bodies on Jetty's 250 threads, and 250 clients trickling bodies stalled the
 * server. A body that falls below {@code minBytesPerSecond} on average once {@link #GRACE_NANOS} has passed is
 * cut off with 408; a client that sends nothing at all is left to the connection's idle timeout. Jetty's own
 * minimum data rate is checked only when a byte arrives, and only while a thread waits for it.
 */
public final class BodyBeforeDispatch extends EagerContentHandler {

    /** Time for the body to start arriving before its pace counts. */
    static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final long maxBytes;
    private final long minBytesPerSecond;

    /** @param maxBytes the largest body received up front; the app refuses larger ones by their length */
    public BodyBeforeDispatch(long maxBytes, long minBytesPerSecond) {
        super(new RetainedContentLoaderFactory(maxBytes, -1, false));
        this.maxBytes = maxBytes;
        this.minBytesPerSecond = minBytesPerSecond;
    }

    @Override
    protected boolean onConditionsMet(Request request, Response response, Callback callback) throws Exception {
        if (request.getLength() > maxBytes) {
            return getHandler().handle(request, response, callback);
        }
        return super.onConditionsMet(new Paced(request), response, callback);
    }

    /** The request whose body reads fail once it arrives too slowly. */
    private final class Paced extends Request.Wrapper {

        private final long start = System.nanoTime();
        private long received;

        Paced(Request request) {
            super(request);
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk chunk = super.read();
            if (chunk == null || Content.Chunk.isFailure(chunk)) {
                return chunk;
            }
            received += chunk.remaining();
            long elapsed = System.nanoTime() - start;
            if (!chunk.isLast() && elapsed > GRACE_NANOS
                    && received < minBytesPerSecond * elapsed / TimeUnit.SECONDS.toNanos(1)) {
                chunk.release();
                return Content.Chunk.from(new BadMessageException(408,
                        "the request body arrived slower than " + minBytesPerSecond + " bytes a second"), true);
            }
            return chunk;
        }
    }
}
