package dev.orderlens.databricks;

import dev.orderlens.databricks.internal.Authorizer;
import dev.orderlens.databricks.internal.OAuthTokenSource;
import dev.orderlens.databricks.internal.RetryingHttp;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** How OrderLens signs in to a workspace: a personal access token, or a service principal's OAuth secret (M2M). */
public final class DatabricksCredentials {

    private final String token;
    private final String clientId;
    private final String clientSecret;

    private DatabricksCredentials(String token, String clientId, String clientSecret) {
        this.token = token;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    public static DatabricksCredentials personalAccessToken(String token) {
        requireText(token, "token");
        return new DatabricksCredentials(token, null, null);
    }

    /** OAuth machine-to-machine: the service principal's application id and an OAuth secret created for it. */
    public static DatabricksCredentials servicePrincipal(String clientId, String clientSecret) {
        requireText(clientId, "clientId");
        requireText(clientSecret, "clientSecret");
        return new DatabricksCredentials(null, clientId, clientSecret);
    }

    public boolean isOAuth() {
        return token == null;
    }

    /** Whether both sign in as the same principal: the same token, or the same service principal. */
    boolean samePrincipal(DatabricksCredentials other) {
        return isOAuth() ? clientId.equals(other.clientId) : token.equals(other.token);
    }

    Authorizer authorizer(URI host, RetryingHttp http, Duration requestTimeout) {
        return isOAuth()
                ? new OAuthTokenSource(host, clientId, clientSecret, http, requestTimeout)
                : Authorizer.personalAccessToken(token);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DatabricksCredentials c && Objects.equals(token, c.token)
                && Objects.equals(clientId, c.clientId) && Objects.equals(clientSecret, c.clientSecret);
    }

    @Override
    public int hashCode() {
        return Objects.hash(token, clientId, clientSecret);
    }

    @Override
    public String toString() {
        return isOAuth() ? "oauth-m2m(clientId=" + clientId + ", clientSecret=***)" : "pat(token=***)";
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
