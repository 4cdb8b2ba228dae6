package dev.orderlens.databricks.internal;

import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.BackendException.Kind;
import dev.orderlens.databricks.internal.StatementApi.ChunkInfo;
import dev.orderlens.databricks.internal.StatementApi.Manifest;
import dev.orderlens.databricks.internal.StatementApi.ResultData;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Reads rows of a finished statement's INLINE result, chunk after chunk, from a given row offset until enough
 * rows are held. Chunks are followed by {@code next_chunk_internal_link} when the server gives one (it may carry
 * a query string) and by {@code next_chunk_index} otherwise; a page that starts later in the result jumps
 * straight to the chunk holding its first row, using the manifest.
 */
public final class ResultReader {

    private static final String CHUNK_LINK_PREFIX = StatementApi.STATEMENTS_PATH + "/";

    private final WorkspaceClient client;

    public ResultReader(WorkspaceClient client) {
        this.client = client;
    }

    /**
     * Rows {@code [from, from + count)} as raw text values.
     *
     * @param firstChunk the chunk that came with the statement's response, or {@code null}
     */
    public List<List<String>> read(String statementId, Manifest manifest, ResultData firstChunk, long from, int count)
            throws InterruptedException {
        List<List<String>> rows = new ArrayList<>(Math.min(count, 1024));
        ResultData chunk;
        if (firstChunk != null && (holds(firstChunk, from) || !hasNext(firstChunk) && firstChunk.rowOffset() <= from)) {
            chunk = firstChunk;
        } else {
            OptionalInt index = chunkIndexFor(manifest, from);
            if (index.isEmpty()) {
                return rows;
            }
            chunk = fetch(statementId, index.getAsInt());
        }
        while (true) {
            List<List<String>> data = chunk.rows();
            for (int i = 0; i < data.size() && rows.size() < count; i++) {
                if (chunk.rowOffset() + i >= from) {
                    rows.add(data.get(i));
                }
            }
            if (rows.size() >= count || !hasNext(chunk)) {
                return rows;
            }
            ResultData following = next(statementId, chunk);
            if (following.chunkIndex() <= chunk.chunkIndex()) {
                throw new BackendException(Authorizer.BACKEND, Kind.INVALID_RESPONSE, "get SQL result chunk of "
                        + statementId + " went back from chunk " + chunk.chunkIndex() + " to " + following.chunkIndex());
            }
            chunk = following;
        }
    }

    private static boolean holds(ResultData chunk, long row) {
        return chunk.rowOffset() <= row && row < chunk.rowOffset() + chunk.rows().size();
    }

    /** The chunk holding the row; empty when the manifest lists chunks and none holds it (past the end). */
    private static OptionalInt chunkIndexFor(Manifest manifest, long row) {
        for (ChunkInfo info : manifest.chunkList()) {
            if (info.rowOffset() <= row && row < info.rowOffset() + info.rowCount()) {
                return OptionalInt.of(info.chunkIndex());
            }
        }
        return manifest.chunkList().isEmpty() ? OptionalInt.of(0) : OptionalInt.empty();
    }

    private static boolean hasNext(ResultData chunk) {
        return chunk.nextChunkIndex() != null || isChunkLink(chunk.nextChunkInternalLink());
    }

    private ResultData next(String statementId, ResultData chunk) throws InterruptedException {
        String link = chunk.nextChunkInternalLink();
        String path = isChunkLink(link) ? link : StatementApi.chunkPath(statementId, chunk.nextChunkIndex());
        return client.send(WorkspaceCall.get("get SQL result chunk", path), ResultData.class);
    }

    private ResultData fetch(String statementId, int chunkIndex) throws InterruptedException {
        return client.send(WorkspaceCall.get("get SQL result chunk", StatementApi.chunkPath(statementId, chunkIndex)),
                ResultData.class);
    }

    /** Only a path inside the statements API is followed, so the token never goes anywhere else. */
    private static boolean isChunkLink(String link) {
        return link != null && link.startsWith(CHUNK_LINK_PREFIX) && !link.contains("..");
    }
}
