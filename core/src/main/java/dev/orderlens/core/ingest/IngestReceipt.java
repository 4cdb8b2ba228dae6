package dev.orderlens.core.ingest;

import java.util.List;

/**
 * What became of each event of a request, in request order, once the accepted ones are in the journal.
 *
 * @param sequence the journal position of the last event accepted so far (by this or an earlier request); wait
 *     for it with {@link OrderEventIngest#awaitApplied}
 */
public record IngestReceipt(List<EventResult> results, long sequence) {

    public IngestReceipt {
        results = List.copyOf(results);
    }

    /** The fate of one event. */
    public enum Outcome {
        /** Journaled: it will be applied, also after a restart. */
        ACCEPTED,
        /** An event with this id was accepted before: it changes nothing. */
        DUPLICATE,
        /** It failed validation: nothing of it was stored. */
        REJECTED
    }

    /**
     * @param eventId {@code null} for a rejected event without a usable id
     * @param rejection why it was rejected, or {@code null}
     */
    public record EventResult(int index, String eventId, Outcome outcome, EventRejection rejection) {
    }

    public long count(Outcome outcome) {
        return results.stream().filter(result -> result.outcome() == outcome).count();
    }
}
