package dev.orderlens.redis;

import dev.orderlens.testsupport.RedisServerProcess;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;
import redis.clients.jedis.RedisClient;

/** A throw-away redis-server for a test class, with the settings and one client the Redis adapters' tests use. */
final class RedisServerExtension extends RedisServerProcess {

    private RedisClient client;

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (client != null) {
            client.close();
        }
        super.afterAll(context);
    }

    /** One client for the test class, closed with the server. */
    RedisClient client() {
        if (client == null) {
            client = settings().createClient();
        }
        return client;
    }

    /** A key prefix of its own for each test, so that tests sharing the server never see each other's keys. */
    static String newKeyPrefix() {
        return "test:" + UUID.randomUUID() + ":";
    }

    RedisSettings settings() {
        return RedisSettings.from(Map.of("REDIS_URL", url(), "ORDERLENS_REDIS_TIMEOUT_MS", "500")).orElseThrow();
    }

    /** Settings for a loopback port nobody listens on; {@code userInfo} is put before the host when not empty. */
    static RedisSettings unreachableSettings(String userInfo) throws IOException {
        String credentials = userInfo.isEmpty() ? "" : userInfo + "@";
        return RedisSettings.from(Map.of("REDIS_URL", "redis://" + credentials + "127.0.0.1:" + freeLoopbackPort(),
                "ORDERLENS_REDIS_TIMEOUT_MS", "300")).orElseThrow();
    }
}
