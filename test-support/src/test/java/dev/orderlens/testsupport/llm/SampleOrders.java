package dev.orderlens.testsupport.llm;

import dev.orderlens.core.domain.table.ColumnType;
import dev.orderlens.core.semantic.ColumnRole;
import dev.orderlens.core.semantic.Metric;
import dev.orderlens.core.semantic.MetricFormat;
import dev.orderlens.core.semantic.SemanticColumn;
import dev.orderlens.core.semantic.SemanticModel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The part of the sample's semantic model the LLM-backed components put in their prompts. */
final class SampleOrders {

    static final Clock NEW_YEAR_2026 = Clock.fixed(Instant.parse("2026-01-01T09:00:00Z"), ZoneOffset.UTC);

    private SampleOrders() {
    }

    static SemanticModel model() {
        return new SemanticModel("orders", "One row per order placed in 2024 and 2025.",
                List.of(
                        column("order_id", ColumnType.STRING, ColumnRole.IDENTIFIER, List.of("ORD-000001")),
                        column("order_ts", ColumnType.TIMESTAMP, ColumnRole.TIME, List.of()),
                        column("carrier", ColumnType.STRING, ColumnRole.DIMENSION, List.of("UPS", "FedEx", "USPS", "DHL")),
                        column("ship_state", ColumnType.STRING, ColumnRole.DIMENSION, List.of("CA", "TX", "NY")),
                        column("status", ColumnType.STRING, ColumnRole.DIMENSION, List.of("delivered", "cancelled")),
                        column("order_total", ColumnType.DECIMAL, ColumnRole.MEASURE, List.of()),
                        column("delivered_at", ColumnType.TIMESTAMP, ColumnRole.TIME, List.of()),
                        column("is_late", ColumnType.BOOLEAN, ColumnRole.FLAG, List.of())),
                List.of(
                        new Metric("orders", "orders", "count of orders", List.of("how many"), "count(*)", null,
                                MetricFormat.COUNT, null),
                        new Metric("revenue", "revenue", "sales of orders not cancelled", List.of("sales"),
                                "sum(order_total)", "status <> 'cancelled'", MetricFormat.CURRENCY, null),
                        new Metric("late_delivery_rate", "late delivery rate", "late deliveries per delivered order",
                                null, "100.0 * avg(CASE WHEN is_late THEN 1.0 ELSE 0.0 END)",
                                "delivered_at IS NOT NULL", MetricFormat.PERCENT, null)),
                "order_ts", LocalDate.of(2026, 1, 1));
    }

    private static SemanticColumn column(String name, ColumnType type, ColumnRole role, List<String> values) {
        return new SemanticColumn(name, type, role, name.replace('_', ' '), null, values, null);
    }
}
