package dev.orderlens.bench.micro;

import static java.util.concurrent.TimeUnit.MICROSECONDS;

import dev.orderlens.core.pipeline.PipelineSettings;
import dev.orderlens.core.sql.ReadOnlySqlGuard;
import dev.orderlens.core.sql.UnsafeSqlException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The read-only guard on statements as the SQL generator and users write them, and on one it refuses. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ReadOnlySqlGuardBenchmark {

    private static final String SIMPLE_AGGREGATE = """
            SELECT carrier, count(*) AS orders
            FROM orders
            WHERE order_ts >= TIMESTAMP '2025-09-01' AND order_ts < TIMESTAMP '2025-10-01'
            GROUP BY carrier
            ORDER BY orders DESC""";

    private static final String CTE_WITH_WINDOW = """
            WITH monthly AS (
              SELECT date_trunc('month', order_ts) AS month, category, sum(order_total) AS revenue
              FROM orders
              WHERE status <> 'cancelled' AND order_ts >= TIMESTAMP '2025-01-01'
              GROUP BY 1, 2),
            ranked AS (
              SELECT month, category, revenue,
                     rank() OVER (PARTITION BY month ORDER BY revenue DESC) AS position,
                     revenue - lag(revenue) OVER (PARTITION BY category ORDER BY month) AS change
              FROM monthly)
            SELECT month, category, revenue, change
            FROM ranked
            WHERE position <= 3
            ORDER BY month, position;""";

    /** A file reader hidden in a CTE behind a comment: refused by the function rules, after full tokenising. */
    private static final String HOSTILE = """
            -- monthly revenue
            WITH leak AS (SELECT * FROM read_csv('/etc/passwd'))
            SELECT o.order_id, l.* FROM orders o, leak l""";

    private final ReadOnlySqlGuard guard = ReadOnlySqlGuard.builder().allowedTables(List.of("orders"))
            .rowLimit(PipelineSettings.defaults().maxRows()).build();

    @Benchmark
    public String simpleAggregate() {
        return guard.check(SIMPLE_AGGREGATE);
    }

    @Benchmark
    public String cteWithWindowFunctions() {
        return guard.check(CTE_WITH_WINDOW);
    }

    @Benchmark
    public String hostileRefused() {
        try {
            return guard.check(HOSTILE);
        } catch (UnsafeSqlException refused) {
            return refused.getMessage();
        }
    }
}
