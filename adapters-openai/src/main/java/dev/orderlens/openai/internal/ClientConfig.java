package dev.orderlens.openai.internal;

import dev.orderlens.core.resilience.RetryPolicy;
import dev.orderlens.core.resilience.Sleeper;
import dev.orderlens.openai.Provider;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Everything both models need to talk to one server, with every default already filled in.
 *
 * @param apiKey empty when the server needs none (local servers)
 * @param readTimeout the longest wait for the response headers and for each piece of the body
 */
public record ClientConfig(Provider provider, ServerRoutes routes, String apiKey, String model,
        Duration readTimeout, RetryPolicy retryPolicy, Sleeper sleeper, int maxConcurrentRequests,
        HttpClient httpClient) {

    public String backend() {
        return provider.backendName();
    }
}
