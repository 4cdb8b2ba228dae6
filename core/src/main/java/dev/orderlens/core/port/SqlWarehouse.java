package dev.orderlens.core.port;

import dev.orderlens.core.domain.table.SqlDialect;
import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.domain.table.SqlResult;

/** Runs read-only SQL. Implementations open the warehouse read-only; the core guard checks the SQL first. */
public interface SqlWarehouse {

    /**
     * Runs the query and returns at most {@code maxRows} rows with the true total.
     *
     * @throws BackendException when the query fails (its message says why) or times out
     */
    SqlResult execute(SqlQuery query);

    /** The dialect generated SQL must be written in. */
    SqlDialect dialect();
}
