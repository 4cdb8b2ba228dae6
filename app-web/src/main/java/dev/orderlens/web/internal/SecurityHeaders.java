package dev.orderlens.web.internal;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.http.HttpFields;

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
    /** The same headers whether the app answers or Jetty refuses the request before it reaches the app. */
    private static final Map<String, String> HEADERS = headers();
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final List<String> allowedOrigins;

    public SecurityHeaders(List<String> allowedOrigins) {
        this.allowedOrigins = List.copyOf(allowedOrigins);
    }

    public void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
    }

    /** For the answers written below the app: refusals of requests that never reach it. */
    static void apply(HttpFields.Mutable fields) {
        HEADERS.forEach(fields::put);
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

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        return Collections.unmodifiableMap(headers);
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
