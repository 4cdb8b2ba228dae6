package dev.orderlens.local.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The semantic model's metrics over one slice of the orders table. */
record Kpis(long orders, BigDecimal revenue, long keptOrders, BigDecimal refunds, long cancellations, long delivered,
        long late, long completed, long returns, long tickets, Double csat, Double deliveryDays, long customers,
        long units) {

    /** The select list that fills a {@code Kpis}, with the definitions of design §3. */
    static final String SELECT = """
            count(*),
            coalesce(sum(order_total) FILTER (WHERE status <> 'cancelled'), 0),
            count(*) FILTER (WHERE status <> 'cancelled'),
            coalesce(sum(refund_amount), 0),
            count(*) FILTER (WHERE status = 'cancelled'),
            count(*) FILTER (WHERE delivered_at IS NOT NULL),
            count(*) FILTER (WHERE is_late),
            count(*) FILTER (WHERE status IN ('delivered', 'returned')),
            count(*) FILTER (WHERE status = 'returned'),
            coalesce(sum(support_tickets), 0),
            avg(csat_score),
            avg(date_diff('second', order_ts, delivered_at)) / 86400.0,
            count(DISTINCT customer_id),
            coalesce(sum(quantity) FILTER (WHERE status <> 'cancelled'), 0)
            """;

    BigDecimal averageOrderValue() {
        return keptOrders == 0 ? BigDecimal.ZERO
                : revenue.divide(BigDecimal.valueOf(keptOrders), 2, RoundingMode.HALF_UP);
    }

    BigDecimal netRevenue() {
        return revenue.subtract(refunds);
    }

    double lateRate() {
        return ratio(late, delivered);
    }

    double returnRate() {
        return ratio(returns, completed);
    }

    double cancellationRate() {
        return ratio(cancellations, orders);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
