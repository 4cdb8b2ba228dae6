package dev.orderlens.web.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Turns requests away before they reach the app, through {@link JsonErrorHandler}: a method the app has no route
 * for (Javalin fails with a 500 on a lowercase one), and a {@code Host} this server is not known by. The second is
 * what stops DNS rebinding: a page on {@code evil.example} whose name the attacker re-points at this machine
 * calls it with {@code Host: evil.example} and a matching {@code Origin}, which the origin check alone lets through.
 * Any IP address is accepted as a host: rebinding needs a name, and a browser sends an address only to the
 * address it loaded the page from (and health probes call by address).
 */
public final class EdgeGuard extends Handler.Wrapper {

    /** HTTP methods are case-sensitive: {@code get} is not {@code GET}. */
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS");
    private static final String ALLOW = "GET, HEAD, POST, PUT, DELETE, OPTIONS";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Set<String> hostNames = new HashSet<>();
    private final JsonErrorHandler errors;

    /**
     * @param boundHost the address or name the server listens on, which callers may use as well
     * @param allowedHosts the other names it may be called by
     */
    public EdgeGuard(String boundHost, List<String> allowedHosts, JsonErrorHandler errors) {
        this.errors = errors;
        hostNames.add("localhost");
        hostNames.add(normalized(boundHost));
        allowedHosts.forEach(name -> hostNames.add(normalized(name)));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!METHODS.contains(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, ALLOW);
            errors.refuse(request, response, callback, 405, "method_not_allowed",
                    "the method is not allowed here; use one of " + ALLOW);
            return true;
        }
        String host = request.getHttpURI().getHost();
        if (host != null && !isAllowed(normalized(host))) {
            errors.refuse(request, response, callback, 421, "host_not_allowed",
                    "this server does not answer to the name in the Host header; it must be one of its allowed hosts");
            return true;
        }
        return super.handle(request, response, callback);
    }

    private boolean isAllowed(String host) {
        return hostNames.contains(host) || IPV4.matcher(host).matches() || host.contains(":");
    }

    /** {@code [::1]} as {@code ::1}, {@code LocalHost.} as {@code localhost}. */
    private static String normalized(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
