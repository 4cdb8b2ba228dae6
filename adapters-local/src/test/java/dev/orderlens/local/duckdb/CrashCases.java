package dev.orderlens.local.duckdb;

import dev.orderlens.core.domain.table.SqlQuery;
import dev.orderlens.core.sql.ReadOnlySqlGuard;
import dev.orderlens.core.sql.UnsafeSqlException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statements that, before the guard's limits and the deep-stack threads, ended the JVM with SIGSEGV inside
 * DuckDB. Run as a program in a child JVM by {@link QueryCrashIsolationTest}: it prints one line per case, and
 * a crash shows as the child dying before its last line.
 */
final class CrashCases {

    static final String DONE = "all cases done";

    private CrashCases() {
    }

    static Map<String, String> statements() {
        Map<String, String> cases = new LinkedHashMap<>();
        StringBuilder chain = new StringBuilder("WITH c0 AS (SELECT 1 AS x)");
        for (int i = 1; i < 300; i++) {
            chain.append(", c").append(i).append(" AS (SELECT * FROM c").append(i - 1).append(')');
        }
        cases.put("300 chained CTEs", chain.append(" SELECT * FROM c299").toString());
        cases.put("1,000 nested subqueries", "SELECT * FROM (".repeat(1000) + "SELECT * FROM orders"
                + ") t".repeat(1000));
        StringBuilder joins = new StringBuilder("SELECT count(*) FROM orders a0");
        for (int i = 1; i < 500; i++) {
            joins.append(" JOIN orders a").append(i).append(" ON a").append(i).append(".order_id = a0.order_id");
        }
        cases.put("500-way self-join", joins.toString());
        cases.put("2,000 nested parentheses", "SELECT " + "(".repeat(2000) + "1" + ")".repeat(2000) + " FROM orders");
        cases.put("5,000 additions", "SELECT 1" + "+1".repeat(5000) + " FROM orders");
        cases.put("deeply nested function calls", "SELECT " + "abs(".repeat(900) + "1" + ")".repeat(900)
                + " FROM orders");
        return cases;
    }

    /** Cases the warehouse runs without the guard in front: the deep stacks alone must hold them. */
    static List<String> unguarded() {
        return List.of("300 chained CTEs", "1,000 nested subqueries", "2,000 nested parentheses");
    }

    /** {@code args[0]}: the orders database file. */
    public static void main(String[] args) {
        Duration timeout = Duration.ofSeconds(20);
        try (DuckDbSqlWarehouse warehouse = DuckDbSqlWarehouse.builder().databaseFile(Path.of(args[0])).build()) {
            ReadOnlySqlGuard guard = ReadOnlySqlGuard.builder().allowedTables(List.of(warehouse.qualifiedName("orders")))
                    .parser(warehouse.parser()).build();
            statements().forEach((name, sql) -> {
                String outcome;
                try {
                    guard.check(sql);
                    outcome = "passed the guard";
                } catch (UnsafeSqlException e) {
                    outcome = "refused: " + e.getMessage();
                }
                System.out.println("guarded | " + name + " | " + outcome);
            });
            for (String name : unguarded()) {
                String outcome;
                try {
                    outcome = "ran: " + warehouse.execute(new SqlQuery(statements().get(name), 10, timeout)).totalRows()
                            + " rows";
                } catch (RuntimeException e) {
                    outcome = "failed: " + e.getMessage().lines().findFirst().orElse("");
                }
                System.out.println("unguarded | " + name + " | " + outcome);
            }
        }
        System.out.println(DONE);
    }
}
