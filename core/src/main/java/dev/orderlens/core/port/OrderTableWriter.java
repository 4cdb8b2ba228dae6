package dev.orderlens.core.port;

import dev.orderlens.core.domain.order.OrderChange;
import dev.orderlens.core.domain.order.OrderColumn;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes order changes into the orders table, with credentials allowed to write (never the read-only ones the
 * question pipeline uses). Both methods fail with a {@link BackendException} when the warehouse is unavailable.
 */
public interface OrderTableWriter {

    /** The current rows of these orders, with the {@link OrderColumn} columns only; absent orders are left out. */
    Map<String, Map<OrderColumn, Object>> read(Collection<String> orderIds);

    /** Updates the orders that exist and inserts the others, all or none. */
    void write(List<OrderChange> changes);
}
