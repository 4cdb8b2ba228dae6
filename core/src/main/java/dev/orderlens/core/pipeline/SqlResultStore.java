package dev.orderlens.core.pipeline;

import dev.orderlens.core.domain.table.SqlResult;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps recent SQL results so that users can page through them and download them without re-running the query.
 * It holds at most so many results and so many bytes of values, letting the least recently used go first: each
 * result is bounded by its query's byte limit, and the store bounds them together.
 */
public final class SqlResultStore {

    public static final int DEFAULT_MAX_RESULTS = 64;
    /** Bytes of values held across results: a few results at their own limit, or many small ones. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final int maxResults;
    private final long maxBytes;
    private final Map<String, Held> results = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    private record Held(SqlResult result, long bytes) {
    }

    public SqlResultStore(int maxResults, long maxBytes) {
        this.maxResults = maxResults;
        this.maxBytes = maxBytes;
    }

    public SqlResultStore(int maxResults) {
        this(maxResults, DEFAULT_MAX_BYTES);
    }

    public synchronized String put(SqlResult result) {
        String id = UUID.randomUUID().toString();
        long size = result.rows().stream().mapToLong(SqlResult::bytesOf).sum();
        results.put(id, new Held(result, size));
        bytes += size;
        Iterator<Held> eldest = results.values().iterator();
        // The newest result stays even when it alone passes the bytes: the answer that was just given can be paged.
        while (results.size() > 1 && (results.size() > maxResults || bytes > maxBytes)) {
            bytes -= eldest.next().bytes();
            eldest.remove();
        }
        return id;
    }

    public synchronized Optional<SqlResult> get(String resultId) {
        return Optional.ofNullable(results.get(resultId)).map(Held::result);
    }
}
