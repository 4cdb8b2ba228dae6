package dev.orderlens.redis.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.core.port.BackendException;
import java.io.UncheckedIOException;

/** JSON for values stored in Redis; a value that does not read back is reported as an invalid response. */
public final class RedisJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private RedisJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String operation, String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new BackendException(RedisCalls.BACKEND, BackendException.Kind.INVALID_RESPONSE,
                    operation + " read a stored value it could not parse as " + type.getSimpleName(), e);
        }
    }
}
