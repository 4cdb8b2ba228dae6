package dev.orderlens.core.ingest;

import java.time.Duration;

/** Takes order events in, durably, and keeps the orders table and search index up to date with them. */
public interface IngestOrderEventsUseCase {

    /**
     * Validates the events of a request, drops duplicates and journals the rest before returning; they are then
     * applied in the background.
     *
     * @param body the request body as a JSON tree: one EventBridge event (a {@code Map}) or a {@code List} of them
     * @throws IllegalArgumentException when the body is neither, or the batch is empty or too large
     * @throws dev.orderlens.core.port.BackendException when the journal cannot be written: nothing was accepted
     */
    IngestReceipt submit(Object body);

    /** Waits until every event up to {@code sequence} is applied; false when the time ran out first. */
    boolean awaitApplied(long sequence, Duration timeout) throws InterruptedException;

    IngestStatus status();
}
