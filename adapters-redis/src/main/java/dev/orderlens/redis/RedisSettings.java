package dev.orderlens.redis;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLParameters;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;

/**
 * Where Redis is and how to talk to it, read from the environment.
 *
 * @param tls whether to speak TLS ({@code rediss://}); the server's certificate is checked against its host name
 * @param user the ACL user, or {@code null} for the default user
 * @param password {@code null} when the server needs none; never shown by {@link #toString()}
 * @param ttl how long an idle conversation, cached embedding or archive is kept
 * @param poolSize the most connections open at once
 * @param timeout the connect and read timeout of one command
 */
public record RedisSettings(String host, int port, boolean tls, String user, String password, int database,
        Duration ttl, int poolSize, Duration timeout) {

    public static final int DEFAULT_PORT = 6379;
    public static final Duration DEFAULT_TTL = Duration.ofHours(24);
    /** Enough for the web app's request threads to share, small enough for hosted plans' connection limits. */
    public static final int DEFAULT_POOL_SIZE = 16;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    public RedisSettings {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("Redis port must be 1..65535 (was " + port + ")");
        }
        requirePositive("ttl", ttl);
        requirePositive("timeout", timeout);
        if (poolSize < 1) {
            throw new IllegalArgumentException("Redis pool size must be at least 1 (was " + poolSize + ")");
        }
    }

    /**
     * Reads {@code REDIS_URL} ({@code redis://[user:password@]host[:port][/db]}, or {@code rediss://} for TLS), or
     * else {@code UPSTASH_REDIS_REST_URL} with {@code UPSTASH_REDIS_REST_TOKEN} (the same Upstash database over TLS
     * on port 6379 as user {@code default}), plus {@code ORDERLENS_REDIS_TTL_HOURS},
     * {@code ORDERLENS_REDIS_POOL_SIZE} and {@code ORDERLENS_REDIS_TIMEOUT_MS}. Empty when no Redis is configured.
     *
     * @throws IllegalArgumentException naming the variable that is malformed or missing its pair
     */
    public static Optional<RedisSettings> from(Map<String, String> env) {
        Duration ttl = positiveNumber(env, "ORDERLENS_REDIS_TTL_HOURS").map(Duration::ofHours).orElse(DEFAULT_TTL);
        int poolSize = positiveNumber(env, "ORDERLENS_REDIS_POOL_SIZE").map(Math::toIntExact)
                .orElse(DEFAULT_POOL_SIZE);
        Duration timeout = positiveNumber(env, "ORDERLENS_REDIS_TIMEOUT_MS").map(Duration::ofMillis)
                .orElse(DEFAULT_TIMEOUT);

        Optional<String> url = value(env, "REDIS_URL");
        if (url.isPresent()) {
            return Optional.of(fromUrl(url.get(), ttl, poolSize, timeout));
        }
        Optional<String> restUrl = value(env, "UPSTASH_REDIS_REST_URL");
        Optional<String> restToken = value(env, "UPSTASH_REDIS_REST_TOKEN");
        if (restUrl.isEmpty() && restToken.isEmpty()) {
            return Optional.empty();
        }
        if (restUrl.isEmpty() || restToken.isEmpty()) {
            throw new IllegalArgumentException("UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN must be set "
                    + "together (only " + (restUrl.isPresent() ? "the URL" : "the token") + " is set)");
        }
        String host = parse("UPSTASH_REDIS_REST_URL", restUrl.get()).getHost();
        if (host == null) {
            throw new IllegalArgumentException("UPSTASH_REDIS_REST_URL has no host name");
        }
        return Optional.of(new RedisSettings(host, DEFAULT_PORT, true, "default", restToken.get(), 0, ttl, poolSize,
                timeout));
    }

    private static RedisSettings fromUrl(String url, Duration ttl, int poolSize, Duration timeout) {
        URI uri = parse("REDIS_URL", url);
        String scheme = uri.getScheme();
        if (!"redis".equals(scheme) && !"rediss".equals(scheme)) {
            throw new IllegalArgumentException("REDIS_URL must start with redis:// or rediss:// (TLS)");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("REDIS_URL has no host name");
        }
        String user = null;
        String password = null;
        String userInfo = uri.getUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = colon < 0 ? userInfo : userInfo.substring(0, colon);
            password = colon < 0 ? null : userInfo.substring(colon + 1);
            user = user.isEmpty() ? null : user;
            password = password == null || password.isEmpty() ? null : password;
        }
        return new RedisSettings(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(),
                "rediss".equals(scheme), user, password, database(uri.getPath()), ttl, poolSize, timeout);
    }

    /** Opens a pooled client; close it when the application stops. */
    public RedisClient createClient() {
        return RedisClient.builder()
                .hostAndPort(new HostAndPort(host, port))
                .clientConfig(clientConfig())
                .poolConfig(poolConfig())
                .build();
    }

    JedisClientConfig clientConfig() {
        int millis = Math.toIntExact(timeout.toMillis());
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(millis)
                .socketTimeoutMillis(millis)
                .user(user)
                .password(password)
                .database(database)
                .clientName("orderlens");
        if (tls) {
            // Jedis checks the certificate chain but not the host name unless asked to.
            SSLParameters sslParameters = new SSLParameters();
            sslParameters.setEndpointIdentificationAlgorithm("HTTPS");
            config.ssl(true).sslParameters(sslParameters);
        }
        return config.build();
    }

    ConnectionPoolConfig poolConfig() {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(poolSize);
        pool.setMaxIdle(poolSize);
        pool.setMinIdle(0);
        // Without a bound, a request would wait forever for a connection when all are busy or Redis is gone.
        pool.setMaxWait(timeout);
        pool.setTestWhileIdle(true);
        pool.setTimeBetweenEvictionRuns(Duration.ofSeconds(30));
        return pool;
    }

    @Override
    public String toString() {
        return "RedisSettings[" + (tls ? "rediss://" : "redis://") + (user == null ? "" : user)
                + (password == null ? "" : ":****") + (user == null && password == null ? "" : "@") + host + ":"
                + port + "/" + database + ", ttl=" + ttl + ", poolSize=" + poolSize + ", timeout=" + timeout + "]";
    }

    private static int database(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return 0;
        }
        try {
            int database = Integer.parseInt(path.substring(1));
            if (database >= 0) {
                return database;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("REDIS_URL path must be a database number such as /0");
    }

    private static URI parse(String variable, String value) {
        try {
            return new URI(value.strip());
        } catch (URISyntaxException e) {
            // The value may hold a password: say where it failed, not what it was.
            throw new IllegalArgumentException(variable + " is not a valid URL (at index " + e.getIndex() + ")");
        }
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Optional<Long> positiveNumber(Map<String, String> env, String name) {
        return value(env, name).map(v -> {
            try {
                long number = Long.parseLong(v);
                if (number > 0) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(name + " must be a positive whole number (was '" + v + "')");
        });
    }

    private static void requirePositive(String name, Duration duration) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("Redis " + name + " must be positive (was " + duration + ")");
        }
    }
}
