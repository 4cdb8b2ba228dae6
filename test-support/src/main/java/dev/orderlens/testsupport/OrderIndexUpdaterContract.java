package dev.orderlens.testsupport;

import static dev.orderlens.testsupport.OrderRows.SEED;
import static dev.orderlens.testsupport.OrderRows.SHIPPED;
import static dev.orderlens.testsupport.OrderRows.insert;
import static dev.orderlens.testsupport.OrderRows.update;
import static dev.orderlens.testsupport.OrderRows.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.order.OrderChange;
import dev.orderlens.core.domain.order.OrderColumn;
import dev.orderlens.core.port.OrderIndexUpdater;
import dev.orderlens.core.port.OrderTableWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OrderIndexUpdater} must do, used as ingest uses it: the changes are written to the orders table
 * first, then the updater brings the orders index up to date with them. A changed order is then found by its new
 * text and no longer by the text it lost; updating again with the same changes (ingest's retry after a failure)
 * leaves the index as it was; and an old change updated late indexes the order as the table holds it now, not as
 * the change said, so a retry can never bring back stale text.
 *
 * <p>Every order of the scenarios has a support note and tickets, which every index keeps. What the contract does
 * not assert, because the implementations differ: whether an order the table no longer has is removed from the
 * index (the embedded index removes it; a Direct Vector Access index on Databricks keeps its last row, since ingest
 * never deletes orders).
 */
public abstract class OrderIndexUpdaterContract {

    /**
     * An orders table, its search index, and the updater that keeps the index in step with the table.
     *
     * @param search the ids of the orders the index finds for one word of their text (a word of a support note)
     * @param size how many orders the index holds an entry for
     */
    public record IndexedOrders(OrderTableWriter table, OrderIndexUpdater updater,
            Function<String, Set<String>> search, IntSupplier size) {

        Set<String> ordersFoundBy(String word) {
            return search.apply(word);
        }

        int indexedOrders() {
            return size.getAsInt();
        }
    }

    /** A table holding exactly {@code rows} and an empty index over it, both seen by no other test. */
    protected abstract IndexedOrders indexedOrdersOver(List<Map<OrderColumn, Object>> rows);

    @Test
    void makes_the_changed_orders_findable_by_their_text() {
        IndexedOrders orders = indexedOrdersOver(SEED);

        orders.updater().update(List.of(update("ORD-1", OrderColumn.STATUS, "shipped"),
                update("ORD-2", OrderColumn.STATUS, "returned")));

        assertThat(orders.ordersFoundBy("crushed")).containsExactly("ORD-1");
        assertThat(orders.ordersFoundBy("hissing")).containsExactly("ORD-2");
        assertThat(orders.indexedOrders()).isEqualTo(2);
    }

    @Test
    void finds_a_changed_order_by_its_new_text_and_no_longer_by_the_old() {
        IndexedOrders orders = indexedOrdersOver(SEED);
        orders.updater().update(List.of(update("ORD-1", OrderColumn.STATUS, "shipped")));
        List<OrderChange> changes = List.of(update("ORD-1", OrderColumn.SUPPORT_NOTE,
                "Parcel vanished after the depot scan"));
        orders.table().write(changes);

        orders.updater().update(changes);

        assertThat(orders.ordersFoundBy("vanished")).containsExactly("ORD-1");
        assertThat(orders.ordersFoundBy("crushed")).isEmpty();
        assertThat(orders.indexedOrders()).isEqualTo(1);
    }

    @Test
    void makes_a_new_order_findable() {
        IndexedOrders orders = indexedOrdersOver(SEED);
        List<OrderChange> changes = List.of(insert(with(SHIPPED, OrderColumn.ORDER_ID, "ORD-3",
                OrderColumn.SUPPORT_NOTE, "Customer wants gift wrapping with a ribbon")));
        orders.table().write(changes);

        orders.updater().update(changes);

        assertThat(orders.ordersFoundBy("ribbon")).containsExactly("ORD-3");
        assertThat(orders.ordersFoundBy("crushed")).as("an order in no change").isEmpty();
    }

    @Test
    void updating_again_with_the_same_changes_leaves_the_index_as_it_was() {
        IndexedOrders orders = indexedOrdersOver(SEED);
        List<OrderChange> changes = List.of(update("ORD-1", OrderColumn.SUPPORT_NOTE, "Courier left it in the rain"),
                update("ORD-2", OrderColumn.SUPPORT_TICKETS, 4L));
        orders.table().write(changes);
        orders.updater().update(changes);

        orders.updater().update(changes);

        assertThat(orders.indexedOrders()).isEqualTo(2);
        assertThat(orders.ordersFoundBy("rain")).containsExactly("ORD-1");
        assertThat(orders.ordersFoundBy("hissing")).containsExactly("ORD-2");
        assertThat(orders.ordersFoundBy("crushed")).isEmpty();
    }

    @Test
    void an_old_change_updated_late_indexes_the_order_as_the_table_holds_it_now() {
        IndexedOrders orders = indexedOrdersOver(SEED);
        List<OrderChange> first = List.of(update("ORD-1", OrderColumn.SUPPORT_NOTE, "Customer asked for a discount"));
        orders.table().write(first);
        orders.table().write(List.of(update("ORD-1", OrderColumn.SUPPORT_NOTE, "Customer accepted a voucher")));

        orders.updater().update(first);

        assertThat(orders.ordersFoundBy("voucher")).containsExactly("ORD-1");
        assertThat(orders.ordersFoundBy("discount")).isEmpty();
    }

    @Test
    void an_order_the_table_does_not_have_is_not_made_findable() {
        IndexedOrders orders = indexedOrdersOver(SEED);

        orders.updater().update(List.of(update("ORD-404", OrderColumn.SUPPORT_NOTE, "A ghostly order")));

        assertThat(orders.ordersFoundBy("ghostly")).isEmpty();
        assertThat(orders.indexedOrders()).isZero();
    }

    @Test
    void no_changes_change_nothing() {
        IndexedOrders orders = indexedOrdersOver(SEED);

        orders.updater().update(List.of());

        assertThat(orders.indexedOrders()).isZero();
    }
}
