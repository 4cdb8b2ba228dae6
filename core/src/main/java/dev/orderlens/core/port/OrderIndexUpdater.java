package dev.orderlens.core.port;

import dev.orderlens.core.domain.order.OrderChange;
import java.util.List;

/**
 * Brings the orders search index up to date with changes already written to the orders table. Called again with
 * the same changes after a failure, so it must be idempotent.
 */
public interface OrderIndexUpdater {

    void update(List<OrderChange> changes);
}
