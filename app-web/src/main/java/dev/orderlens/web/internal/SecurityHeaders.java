package dev.orderlens.web.internal;

import io.javalin.http.Context;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * The headers every response carries (a CSP that allows no inline script, no sniffing, no framing), and the
 * origin rule of the API: the page's own origin and the configured ones may call it; a browser on any other
 * origin may only read, never change anything.
 */
public final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
            "connect-src 'self'", "font-src 'self'", "object-src 'none'", "base-uri 'none'",
            "frame-ancestors 'none'", "form-action 'self'");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final List<String> allowedOrigins;

    public SecurityHeaders(List<String> allowedOrigins) {
        this.allowedOrigins = List.copyOf(allowedOrigins);
    }

    public void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }

    /** For {@code /api/*}: no caching, CORS for the allowed origins, and refusal of changes from other origins. */
    public void checkApiOrigin(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        String origin = ctx.header("Origin");
        if (origin == null || isSameOrigin(origin, ctx.header("Host"))) {
            return;
        }
        if (allowedOrigins.contains(origin)) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Vary", "Origin");
            ctx.header("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE");
            ctx.header("Access-Control-Allow-Headers", "Content-Type, Accept, " + ChatArchiveEndpoints.OWNER_HEADER);
            return;
        }
        if (!SAFE_METHODS.contains(ctx.method().name())) {
            throw new ApiException(403, "origin_not_allowed", "Origin", "requests from " + origin + " are not allowed");
        }
    }

    static boolean isSameOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
