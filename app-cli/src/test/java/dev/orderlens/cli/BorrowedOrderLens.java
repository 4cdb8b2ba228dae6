package dev.orderlens.cli;

import dev.orderlens.bootstrap.BackendCheck;
import dev.orderlens.bootstrap.BackendStatus;
import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.port.SqlWarehouse;

/**
 * A view of a running OrderLens that commands may close without closing it, so one slow-starting instance
 * serves every test of a class.
 */
final class BorrowedOrderLens {

    private BorrowedOrderLens() {
    }

    static OrderLens of(OrderLens shared) {
        SqlWarehouse warehouse = new SqlWarehouse() {
            @Override
            public SqlResult execute(SqlQuery query) {
                return shared.runSql(query.sql());
            }

            @Override
            public SqlDialect dialect() {
                return SqlDialect.DUCKDB;
            }
        };
        return OrderLens.of(shared.assistant(), warehouse, shared.settings(),
                shared.backends().stream().map(status -> new BackendCheck(status, () -> recheck(shared, status)))
                        .toList(),
                shared.exampleQuestions());
    }

    private static String recheck(OrderLens shared, BackendStatus configured) {
        BackendStatus checked = shared.checkBackends().stream().filter(s -> s.port().equals(configured.port()))
                .findFirst().orElseThrow();
        if (checked.reachability() == BackendStatus.Reachability.UNREACHABLE) {
            throw new IllegalStateException(checked.detail());
        }
        return checked.detail();
    }
}
