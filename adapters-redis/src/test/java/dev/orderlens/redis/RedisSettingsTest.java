package dev.orderlens.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import redis.clients.jedis.JedisClientConfig;

class RedisSettingsTest {

    @Test
    void is_absent_when_no_redis_is_configured() {
        assertThat(RedisSettings.from(Map.of("ORDERLENS_REDIS_TTL_HOURS", "2"))).isEmpty();
        assertThat(RedisSettings.from(Map.of("REDIS_URL", "  "))).isEmpty();
    }

    @Test
    void reads_a_plain_redis_url_with_defaults() {
        RedisSettings settings = RedisSettings.from(Map.of("REDIS_URL", "redis://localhost")).orElseThrow();

        assertThat(settings.host()).isEqualTo("localhost");
        assertThat(settings.port()).isEqualTo(6379);
        assertThat(settings.tls()).isFalse();
        assertThat(settings.user()).isNull();
        assertThat(settings.password()).isNull();
        assertThat(settings.database()).isZero();
        assertThat(settings.ttl()).isEqualTo(Duration.ofHours(24));
        assertThat(settings.poolSize()).isEqualTo(16);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "redis://:pw@cache:6380/2                   | cache | 6380 | false | null    | pw       | 2",
        "rediss://default:tok%40en@eu1.upstash.io:6379 | eu1.upstash.io | 6379 | true | default | tok@en | 0",
        "redis://app:p:w@10.0.0.5                   | 10.0.0.5 | 6379 | false | app   | p:w      | 0",
    })
    void reads_host_port_tls_credentials_and_database_from_the_url(String url, String host, int port, boolean tls,
            String user, String password, int database) {
        RedisSettings settings = RedisSettings.from(Map.of("REDIS_URL", url)).orElseThrow();

        assertThat(settings.host()).isEqualTo(host);
        assertThat(settings.port()).isEqualTo(port);
        assertThat(settings.tls()).isEqualTo(tls);
        assertThat(settings.user()).isEqualTo(user);
        assertThat(settings.password()).isEqualTo(password);
        assertThat(settings.database()).isEqualTo(database);
    }

    @Test
    void derives_a_tls_connection_from_the_upstash_rest_variables() {
        RedisSettings settings = RedisSettings.from(Map.of(
                "UPSTASH_REDIS_REST_URL", "https://eu1-fine-cat-12345.upstash.io",
                "UPSTASH_REDIS_REST_TOKEN", "AX1aToken")).orElseThrow();

        assertThat(settings.host()).isEqualTo("eu1-fine-cat-12345.upstash.io");
        assertThat(settings.port()).isEqualTo(6379);
        assertThat(settings.tls()).isTrue();
        assertThat(settings.user()).isEqualTo("default");
        assertThat(settings.password()).isEqualTo("AX1aToken");
    }

    @Test
    void prefers_redis_url_over_the_upstash_variables() {
        RedisSettings settings = RedisSettings.from(Map.of("REDIS_URL", "redis://primary:6379",
                "UPSTASH_REDIS_REST_URL", "https://other.upstash.io", "UPSTASH_REDIS_REST_TOKEN", "t")).orElseThrow();

        assertThat(settings.host()).isEqualTo("primary");
    }

    @Test
    void checks_the_server_host_name_over_tls() {
        JedisClientConfig config = RedisSettings.from(Map.of("REDIS_URL", "rediss://default:pw@eu1.upstash.io:6379"))
                .orElseThrow().clientConfig();

        assertThat(config.isSsl()).isTrue();
        assertThat(config.getSslParameters().getEndpointIdentificationAlgorithm()).isEqualTo("HTTPS");
        assertThat(config.getUser()).isEqualTo("default");
        assertThat(config.getPassword()).isEqualTo("pw");
    }

    @Test
    void speaks_plain_text_to_a_redis_url() {
        JedisClientConfig config = RedisSettings.from(Map.of("REDIS_URL", "redis://localhost:6379"))
                .orElseThrow().clientConfig();

        assertThat(config.isSsl()).isFalse();
    }

    @Test
    void reads_ttl_pool_size_and_timeout() {
        RedisSettings settings = RedisSettings.from(Map.of("REDIS_URL", "redis://localhost",
                "ORDERLENS_REDIS_TTL_HOURS", "6", "ORDERLENS_REDIS_POOL_SIZE", "4",
                "ORDERLENS_REDIS_TIMEOUT_MS", "750")).orElseThrow();

        assertThat(settings.ttl()).isEqualTo(Duration.ofHours(6));
        assertThat(settings.poolSize()).isEqualTo(4);
        assertThat(settings.timeout()).isEqualTo(Duration.ofMillis(750));
        assertThat(settings.poolConfig().getMaxTotal()).isEqualTo(4);
        assertThat(settings.poolConfig().getMaxWaitDuration()).isEqualTo(Duration.ofMillis(750));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "REDIS_URL                 | http://localhost:6379     | redis:// or rediss://",
        "REDIS_URL                 | redis://:pw@host/abc      | database number",
        "REDIS_URL                 | redis://bad host:pw       | REDIS_URL is not a valid URL",
        "ORDERLENS_REDIS_TTL_HOURS | 0                         | ORDERLENS_REDIS_TTL_HOURS",
        "ORDERLENS_REDIS_TTL_HOURS | one day                   | ORDERLENS_REDIS_TTL_HOURS",
        "ORDERLENS_REDIS_POOL_SIZE | -3                        | ORDERLENS_REDIS_POOL_SIZE",
    })
    void names_the_variable_that_is_malformed(String variable, String value, String expected) {
        Map<String, String> env = variable.equals("REDIS_URL") ? Map.of(variable, value)
                : Map.of("REDIS_URL", "redis://localhost", variable, value);

        assertThatThrownBy(() -> RedisSettings.from(env)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void wants_both_upstash_variables() {
        assertThatThrownBy(() -> RedisSettings.from(Map.of("UPSTASH_REDIS_REST_URL", "https://x.upstash.io")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UPSTASH_REDIS_REST_TOKEN");
    }

    @Test
    void never_shows_the_password() {
        RedisSettings settings = RedisSettings.from(Map.of("REDIS_URL", "rediss://default:s3cret@h.upstash.io:6379"))
                .orElseThrow();

        assertThat(settings.toString()).doesNotContain("s3cret")
                .contains("rediss://default:****@h.upstash.io:6379");
    }

    @Test
    void never_shows_a_password_from_a_malformed_url() {
        assertThatThrownBy(() -> RedisSettings.from(Map.of("REDIS_URL", "redis://u:s3cret pw@host")))
                .hasMessageNotContaining("s3cret");
    }
}
