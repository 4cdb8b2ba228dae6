package dev.orderlens.core.pipeline;

import dev.orderlens.core.domain.SqlResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Keeps recent SQL results so that users can page through them and download them without re-running the query. */
public final class SqlResultStore {

    public static final int DEFAULT_MAX_RESULTS = 64;

    private final Map<String, SqlResult> results;

    public SqlResultStore(int maxResults) {
        this.results = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SqlResult> eldest) {
                return size() > maxResults;
            }
        };
    }

    public synchronized String put(SqlResult result) {
        String id = UUID.randomUUID().toString();
        results.put(id, result);
        return id;
    }

    public synchronized Optional<SqlResult> get(String resultId) {
        return Optional.ofNullable(results.get(resultId));
    }
}
