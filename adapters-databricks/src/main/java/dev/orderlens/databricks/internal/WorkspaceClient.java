package dev.orderlens.databricks.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.BackendException.Kind;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

/**
 * Calls the workspace's REST API: JSON in and out, the authorization header on every attempt, retries through
 * {@link RetryingHttp}, one token refresh after a 401 with OAuth, and errors that name the call.
 */
public final class WorkspaceClient {

    private final URI host;
    private final RetryingHttp http;
    private final Authorizer authorizer;
    private final Duration requestTimeout;

    public WorkspaceClient(URI host, RetryingHttp http, Authorizer authorizer, Duration requestTimeout) {
        this.host = host;
        this.http = http;
        this.authorizer = authorizer;
        this.requestTimeout = requestTimeout;
    }

    public Clock clock() {
        return http.clock();
    }

    public <T> T send(WorkspaceCall call, Class<T> responseType) throws InterruptedException {
        String body = serialize(call);
        HttpResponse<String> response = exchange(call, body);
        if (response.statusCode() == 401 && authorizer.invalidate()) {
            response = exchange(call, body);
        }
        if (response.statusCode() / 100 != 2) {
            throw WorkspaceErrors.fromResponse(call.describe(), response.statusCode(), response.body(),
                    authorizer.secrets());
        }
        return parse(call, response.body(), responseType);
    }

    private HttpResponse<String> exchange(WorkspaceCall call, String body) throws InterruptedException {
        String authorization = authorizer.authorization();
        return http.send(call.describe(), () -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(host.resolve(call.path()))
                    .timeout(requestTimeout.plus(call.extraTimeout()))
                    .header("Authorization", authorization)
                    .header("Accept", "application/json");
            if (body == null) {
                return request.method(call.method(), HttpRequest.BodyPublishers.noBody()).build();
            }
            return request.header("Content-Type", "application/json")
                    .method(call.method(), HttpRequest.BodyPublishers.ofString(body))
                    .build();
        }, call.idempotent());
    }

    private static String serialize(WorkspaceCall call) {
        if (call.body() == null) {
            return null;
        }
        try {
            return Json.WIRE.writeValueAsString(call.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the body of " + call.describe(), e);
        }
    }

    private <T> T parse(WorkspaceCall call, String body, Class<T> type) {
        try {
            return Json.WIRE.readValue(body == null || body.isBlank() ? "{}" : body, type);
        } catch (JsonProcessingException e) {
            throw new BackendException(Authorizer.BACKEND, Kind.INVALID_RESPONSE,
                    call.describe() + " returned a body that is not the expected JSON ("
                            + Redactor.redact(e.getOriginalMessage(), authorizer.secrets()) + ")");
        }
    }
}
