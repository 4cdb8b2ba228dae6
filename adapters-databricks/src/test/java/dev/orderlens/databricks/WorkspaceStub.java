package dev.orderlens.databricks;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;
import dev.orderlens.core.resilience.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A WireMock server standing in for a workspace, and workspaces pointed at it with tiny retry pauses. One server
 * serves every test class (starting one takes seconds); it is reset before each test. A test class whose stubs
 * need extensions (WireMock registers them when a server is made) gets a server of its own, stopped after it.
 */
final class WorkspaceStub implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private static final WireMockServer SHARED = new WireMockServer(options().dynamicPort());

    static final String TOKEN = "dapi-test-0123456789abcdef";
    static final String WAREHOUSE = "abcdef0123456789";

    final WireMockServer server;
    /** Every pause the adapter asked for, in order; none is actually slept through. */
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    WorkspaceStub() {
        this.server = SHARED;
    }

    private WorkspaceStub(WireMockServer server) {
        this.server = server;
    }

    /** A stub on a server of its own, with these WireMock extensions. */
    static WorkspaceStub withExtensions(Extension... extensions) {
        return new WorkspaceStub(new WireMockServer(options().dynamicPort().extensions(extensions)));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (server != SHARED) {
            server.start();
            return;
        }
        synchronized (SHARED) {
            if (!SHARED.isRunning()) {
                SHARED.start();
                Runtime.getRuntime().addShutdownHook(new Thread(SHARED::stop, "wiremock-stop"));
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != SHARED) {
            server.stop();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server.resetAll();
        sleeps.clear();
    }

    String host() {
        return server.baseUrl();
    }

    DatabricksWorkspace.Builder workspaceBuilder() {
        return DatabricksWorkspace.builder()
                .host(host())
                .credentials(DatabricksCredentials.personalAccessToken(TOKEN))
                .requestTimeout(Duration.ofSeconds(5))
                .retryPolicy(RetryPolicy.builder().maxRetries(3)
                        .backoff(Duration.ofMillis(1), Duration.ofMillis(5)).build())
                .sleeper(sleeps::add);
    }

    DatabricksWorkspace workspace() {
        return workspaceBuilder().build();
    }

    /** A workspace whose pauses really happen (short ones), for tests where time must pass. */
    DatabricksWorkspace sleepingWorkspace() {
        return workspaceBuilder().clock(Clock.systemUTC()).sleeper(duration -> {
            sleeps.add(duration);
            Thread.sleep(duration.toMillis());
        }).build();
    }
}
