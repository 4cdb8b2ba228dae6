package dev.orderlens.core.resilience;

import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.SqlWarehouse;
import java.util.Objects;

/** A {@link SqlWarehouse} behind a {@link CircuitBreaker}: queries fail fast while the warehouse is cut off. */
public final class CircuitBreakingSqlWarehouse implements SqlWarehouse {

    private final SqlWarehouse warehouse;
    private final CircuitBreaker breaker;

    public CircuitBreakingSqlWarehouse(SqlWarehouse warehouse, CircuitBreaker breaker) {
        this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
        this.breaker = Objects.requireNonNull(breaker, "breaker");
    }

    @Override
    public SqlResult execute(SqlQuery query) {
        return breaker.call(() -> warehouse.execute(query));
    }

    @Override
    public SqlDialect dialect() {
        return warehouse.dialect();
    }
}
