package dev.orderlens.redis.internal;

import dev.orderlens.core.port.BackendException;
import java.net.SocketTimeoutException;
import java.util.function.Supplier;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

/** Runs Redis commands and turns Jedis failures into {@link BackendException}s that name the operation. */
public final class RedisCalls {

    public static final String BACKEND = "redis";

    private RedisCalls() {
    }

    /**
     * Runs {@code action}, once more when the connection broke: a pooled connection may have died with a server
     * restart, and a fresh one usually works. Data errors are not retried.
     */
    public static <T> T call(String operation, Supplier<T> action) {
        try {
            return action.get();
        } catch (JedisConnectionException brokenConnection) {
            try {
                return action.get();
            } catch (JedisException e) {
                throw translate(operation, e);
            }
        } catch (JedisException e) {
            throw translate(operation, e);
        }
    }

    public static void run(String operation, Runnable action) {
        call(operation, () -> {
            action.run();
            return null;
        });
    }

    static BackendException translate(String operation, JedisException e) {
        BackendException.Kind kind;
        if (e instanceof JedisAccessControlException) {
            kind = BackendException.Kind.UNAUTHORIZED;
        } else if (e instanceof JedisConnectionException) {
            kind = causedByTimeout(e) ? BackendException.Kind.TIMEOUT : BackendException.Kind.UNAVAILABLE;
        } else if (e instanceof JedisDataException) {
            kind = BackendException.Kind.REJECTED;
        } else {
            kind = BackendException.Kind.UNAVAILABLE;
        }
        return new BackendException(BACKEND, kind, operation + " failed: " + e.getMessage(), e);
    }

    private static boolean causedByTimeout(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
