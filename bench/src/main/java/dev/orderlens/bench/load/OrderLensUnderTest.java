package dev.orderlens.bench.load;

import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.bootstrap.OrderLensWiring;
import dev.orderlens.bootstrap.StartupListener;
import dev.orderlens.web.WebServer;
import dev.orderlens.web.WebSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** OrderLens wired by settings alone to the stub backends, behind the real web app on a free port. */
final class OrderLensUnderTest implements AutoCloseable {

    private final OrderLens orderLens;
    private final WebServer server;

    private OrderLensUnderTest(OrderLens orderLens, WebServer server) {
        this.orderLens = orderLens;
        this.server = server;
    }

    /** {@code extraSettings} are added to (and win over) the settings that point at the stubs. */
    static OrderLensUnderTest start(StubProcess stubs, Map<String, String> extraSettings) throws IOException {
        Path home = Files.createTempDirectory("orderlens-bench-");
        Map<String, String> env = new HashMap<>(Map.of(
                "ORDERLENS_HOME", home.toString(),
                "OPENAI_BASE_URL", stubs.openAiBaseUrl(),
                "OPENAI_API_KEY", "sk-bench-0123456789",
                "OPENAI_CHAT_MODEL", "bench-model",
                "DATABRICKS_HOST", stubs.databricksHost(),
                "DATABRICKS_TOKEN", "dapi-bench-0123456789",
                "DATABRICKS_WAREHOUSE_ID", "abc123def456",
                "ORDERLENS_ORDERS_TABLE", StubBackends.ORDERS_TABLE,
                "ORDERLENS_ORDERS_INDEX", StubBackends.ORDERS_INDEX,
                "ORDERLENS_ANALYTICS_INDEX", StubBackends.ANALYTICS_INDEX));
        env.putAll(extraSettings);
        OrderLens orderLens = OrderLensWiring.start(env, StartupListener.SILENT);
        // Every simulated user comes from 127.0.0.1, so the per-client rate and connection limits are lifted.
        WebServer server = WebServer.start(orderLens, WebSettings.defaults().withPort(0)
                .withRequestsPerMinute(Integer.MAX_VALUE).withMaxConnectionsPerAddress(Integer.MAX_VALUE));
        return new OrderLensUnderTest(orderLens, server);
    }

    URI chatUri() {
        return URI.create("http://127.0.0.1:" + server.port() + "/api/chat");
    }

    @Override
    public void close() {
        server.close();
        orderLens.close();
    }
}
