package dev.orderlens.databricks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.BackendException.Kind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth machine-to-machine authorization for a service principal: the client-credentials grant against the
 * workspace's {@code /oidc/v1/token}, one token shared by all threads. Like the Databricks SDKs, it refreshes a
 * token once it is within {@link #STALE_BEFORE_EXPIRY} of expiry (keeping the old one if that refresh fails)
 * and never uses one within {@link #EXPIRED_BEFORE_EXPIRY} of expiry, because Azure rejects those.
 */
public final class OAuthTokenSource implements Authorizer {

    public static final String TOKEN_PATH = "/oidc/v1/token";
    static final Duration STALE_BEFORE_EXPIRY = Duration.ofMinutes(5);
    static final Duration EXPIRED_BEFORE_EXPIRY = Duration.ofSeconds(40);

    private static final Logger LOG = LoggerFactory.getLogger(OAuthTokenSource.class);
    private static final String CALL = "OAuth token request (POST " + TOKEN_PATH + ")";

    private final URI tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final RetryingHttp http;
    private final Duration requestTimeout;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Token token;

    private record Token(String value, Instant expiresAt) {
    }

    public OAuthTokenSource(URI host, String clientId, String clientSecret, RetryingHttp http,
            Duration requestTimeout) {
        this.tokenEndpoint = host.resolve(TOKEN_PATH);
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.http = http;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public String authorization() throws InterruptedException {
        Token current = token;
        if (current != null && isFresh(current)) {
            return "Bearer " + current.value();
        }
        lock.lockInterruptibly();
        try {
            current = token;
            if (current != null && isFresh(current)) {
                return "Bearer " + current.value();
            }
            try {
                token = fetch();
            } catch (BackendException e) {
                if (current == null || isExpired(current)) {
                    throw e;
                }
                LOG.warn("Refreshing the Databricks OAuth token failed; using the current one until it expires: {}",
                        e.getMessage());
                return "Bearer " + current.value();
            }
            return "Bearer " + token.value();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean invalidate() {
        token = null;
        return true;
    }

    @Override
    public List<String> secrets() {
        Token current = token;
        return current == null ? List.of(clientSecret) : List.of(clientSecret, current.value());
    }

    private boolean isFresh(Token candidate) {
        return http.clock().instant().isBefore(candidate.expiresAt().minus(STALE_BEFORE_EXPIRY));
    }

    private boolean isExpired(Token candidate) {
        return !http.clock().instant().isBefore(candidate.expiresAt().minus(EXPIRED_BEFORE_EXPIRY));
    }

    private Token fetch() throws InterruptedException {
        Instant requestedAt = http.clock().instant();
        String basic = Base64.getEncoder()
                .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(CALL, () -> HttpRequest.newBuilder(tokenEndpoint)
                .timeout(requestTimeout)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=all-apis"))
                .build(), true);
        int status = response.statusCode();
        if (status / 100 != 2) {
            String message = WorkspaceErrors.message(CALL, status, response.body(), secrets());
            // The token endpoint answers 400 as well as 401 for refused client credentials.
            Kind kind = status == 400 ? Kind.UNAUTHORIZED : WorkspaceErrors.kindOf(status);
            throw new BackendException(BACKEND, kind, kind == Kind.UNAUTHORIZED
                    ? message + " (check DATABRICKS_CLIENT_ID and DATABRICKS_CLIENT_SECRET)" : message);
        }
        return parse(response.body(), requestedAt);
    }

    private Token parse(String body, Instant requestedAt) {
        try {
            JsonNode json = Json.WIRE.readTree(body);
            JsonNode accessToken = json == null ? null : json.get("access_token");
            if (accessToken == null || !accessToken.isTextual() || accessToken.asText().isEmpty()) {
                throw new BackendException(BACKEND, Kind.UNAUTHORIZED, CALL + " returned no access_token");
            }
            long expiresIn = json.path("expires_in").asLong(3600);
            return new Token(accessToken.asText(), requestedAt.plusSeconds(expiresIn));
        } catch (IOException e) {
            throw new BackendException(BACKEND, Kind.INVALID_RESPONSE, CALL + " returned a body that is not JSON");
        }
    }
}
