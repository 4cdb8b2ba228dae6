package dev.orderlens.openai.internal;

import dev.orderlens.openai.Provider;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** Where each operation lives on a given server and how that server wants the key. */
public final class ServerRoutes {

    private final Provider provider;
    private final String base;
    private final String deployment;
    private final String azureApiVersion;

    /**
     * @param deployment the model; for Azure's dated API it goes into the path
     * @param azureApiVersion Azure only: null selects the v1 API, a version the dated API
     */
    public ServerRoutes(Provider provider, URI baseUrl, String deployment, String azureApiVersion) {
        this.provider = provider;
        this.base = baseUrl.toString().replaceAll("/+$", "");
        this.deployment = deployment;
        this.azureApiVersion = azureApiVersion;
    }

    public URI chatCompletions() {
        return operation("chat/completions");
    }

    public URI embeddings() {
        return operation("embeddings");
    }

    public HttpRequest.Builder authorize(HttpRequest.Builder request, String apiKey) {
        if (apiKey.isEmpty()) {
            return request;
        }
        return provider == Provider.AZURE
                ? request.header("api-key", apiKey)
                : request.header("Authorization", "Bearer " + apiKey);
    }

    private URI operation(String path) {
        if (provider != Provider.AZURE) {
            return URI.create(base + "/" + path);
        }
        if (azureApiVersion == null) {
            return URI.create(base + "/openai/v1/" + path);
        }
        return URI.create(base + "/openai/deployments/" + encode(deployment) + "/" + path
                + "?api-version=" + encode(azureApiVersion));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
