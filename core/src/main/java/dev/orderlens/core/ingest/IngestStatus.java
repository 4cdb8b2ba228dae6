package dev.orderlens.core.ingest;

import java.util.Map;
import java.util.Optional;

/**
 * Where ingest stands.
 *
 * @param journaled the position of the last event in the journal
 * @param applied the position up to which every event has been applied to the table and the index
 * @param waitingForCreation orders whose events arrived before their created event, held until it does
 * @param lastFailure why the last attempt to apply events failed, while they still wait
 * @param refusedOrders orders whose change the warehouse refused since the start (not an outage: a constraint or
 *     a type it will never accept), with its reason; their events are skipped rather than blocking the others
 */
public record IngestStatus(long journaled, long applied, int waitingForCreation, Optional<String> lastFailure,
        Map<String, String> refusedOrders) {

    public IngestStatus {
        refusedOrders = Map.copyOf(refusedOrders);
    }

    /** Events accepted but not applied yet. */
    public long pending() {
        return journaled - applied;
    }
}
