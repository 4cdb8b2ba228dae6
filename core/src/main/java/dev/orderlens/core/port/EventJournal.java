package dev.orderlens.core.port;

import dev.orderlens.core.domain.order.OrderColumn;
import java.util.List;
import java.util.Map;

/**
 * A durable, append-only record of accepted order events and of their application, from which ingest resumes
 * after a restart. Every method returns only once what it wrote would survive a crash of the process.
 */
public interface EventJournal extends AutoCloseable {

    /**
     * Appends event envelopes (JSON trees) and gives the sequence number of the last one; the numbers are
     * consecutive, continuing from the previous append.
     */
    long appendEvents(List<Map<String, Object>> envelopes);

    /**
     * Records what the orders table held for orders before their first event was applied: a row of typed values
     * by column, or {@code null} for an order the table did not have.
     */
    void appendBaseRows(Map<String, Map<OrderColumn, Object>> rowsByOrder);

    /** Records that every event up to and including {@code sequence} has been applied. */
    void appendApplied(long sequence);

    /** Reads everything appended so far, in order. */
    void replay(Visitor visitor);

    @Override
    void close();

    /** Hears the journal's records on {@link #replay}. */
    interface Visitor {

        void event(long sequence, Map<String, Object> envelope);

        void baseRow(String orderId, Map<OrderColumn, Object> row);

        void applied(long sequence);
    }
}
