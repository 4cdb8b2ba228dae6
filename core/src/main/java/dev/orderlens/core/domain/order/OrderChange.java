package dev.orderlens.core.domain.order;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the orders table must hold for one order after the events applied so far: absolute values, so writing
 * the same change twice has the effect of writing it once.
 *
 * @param exists whether the order was already in the table before its first event (update) or not (insert)
 * @param values the values of the columns events wrote or derived, by column name (a value may be null); an insert holds the order id too
 */
public record OrderChange(String orderId, boolean exists, Map<String, Object> values) {

    public OrderChange {
        Objects.requireNonNull(orderId, "orderId");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
