package dev.orderlens.bootstrap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.orderlens.core.domain.search.IndexSyncReport;
import dev.orderlens.core.ingest.IngestOrderEventsUseCase;
import dev.orderlens.core.ingest.IngestReceipt;
import dev.orderlens.core.ingest.IngestStatus;
import dev.orderlens.core.ingest.OrderEventIngest;
import dev.orderlens.core.port.SearchIndexSync;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Order events in, for both apps: a request body (one EventBridge event or an array of them) goes through the
 * same validation, journal and application whether it came over HTTP or from {@code orderlens ingest FILE}.
 */
public final class OrderIngest implements AutoCloseable {

    private static final int MAX_NESTING = 32;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
    }

    private final OrderEventIngest events;
    private final SearchIndexSync indexes;
    private final String target;

    OrderIngest(OrderEventIngest events, SearchIndexSync indexes, String target) {
        this.events = Objects.requireNonNull(events, "events");
        this.indexes = Objects.requireNonNull(indexes, "indexes");
        this.target = Objects.requireNonNull(target, "target");
    }

    /**
     * Takes the events of a JSON request body in.
     *
     * @throws IllegalArgumentException when the body is not JSON, not an event or array of events, or too large a batch
     * @throws dev.orderlens.core.port.BackendException when the journal cannot be written: nothing was accepted
     */
    public IngestReceipt submitJson(String body) {
        Object tree;
        try {
            tree = JSON.readValue(body, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"));
        }
        return events.submit(tree);
    }

    /** The use case itself, for callers that hold a JSON tree already. */
    public IngestOrderEventsUseCase events() {
        return events;
    }

    /** Waits until the events up to {@code sequence} are applied; false when the time ran out first. */
    public boolean awaitApplied(long sequence, Duration timeout) throws InterruptedException {
        return events.awaitApplied(sequence, timeout);
    }

    public IngestStatus status() {
        return events.status();
    }

    /** Brings the search indexes up to date with their sources and reports each one. */
    public List<IndexSyncReport> syncIndexes() {
        return indexes.sync();
    }

    /** Where events are applied, for people. */
    public String target() {
        return target;
    }

    @Override
    public void close() {
        events.close();
    }
}
