package dev.orderlens.web.internal;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and discards what a request sent but no handler read, so a refusal (413, 415, 401…) reaches the
 * client. Jetty closes a connection that still has unread content once the response is done; a client still
 * uploading then gets a reset, which can destroy the refusal before the client reads it. Like Tomcat's
 * {@code maxSwallowSize}, only so much is swallowed: a body announced larger than {@link #MAX_SWALLOW_BYTES}
 * is left to the reset, so refusing a huge upload never costs receiving it.
 */
public final class UnreadBodyDrain {

    /** Four times the largest body an endpoint takes by default (a 2 MiB chat or batch of events). */
    static final long MAX_SWALLOW_BYTES = 8L * 1024 * 1024;

    private UnreadBodyDrain() {
    }

    public static void drain(Context ctx) {
        long announced = ctx.req().getContentLengthLong();
        if (announced == 0 || announced > MAX_SWALLOW_BYTES) {
            return;
        }
        byte[] buffer = new byte[16 * 1024];
        long swallowed = 0;
        try {
            InputStream in = ctx.req().getInputStream();
            int read;
            while (swallowed <= MAX_SWALLOW_BYTES && (read = in.read(buffer)) != -1) {
                swallowed += read;
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away or the body was read as characters: there is nothing left to save.
        }
    }
}
