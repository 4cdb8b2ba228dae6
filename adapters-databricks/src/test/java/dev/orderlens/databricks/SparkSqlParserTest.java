package dev.orderlens.databricks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderlens.core.sql.ParsedQuery;
import dev.orderlens.core.sql.ReadOnlySqlGuard;
import dev.orderlens.core.sql.TableName;
import dev.orderlens.core.sql.UnsafeSqlException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SparkSqlParserTest {

    private static final String ORDERS = "customer_suppport_agent.raw.orders";
    private static final String AUDIT = "system.access.audit";

    private final SparkSqlParser parser = new SparkSqlParser();
    private final ReadOnlySqlGuard guard = ReadOnlySqlGuard.builder()
            .allowedTables(List.of(ORDERS))
            .parser(parser)
            .build();

    static Stream<Arguments> legitimateQueries() {
        return Stream.of(
                Arguments.of("backticked three-part name",
                        "SELECT `carrier`, count(*) AS `late orders` FROM `customer_suppport_agent`.`raw`.`orders`"
                                + " WHERE `is_late` GROUP BY `carrier`",
                        query(List.of(ORDERS), Set.of(), Set.of("count"), Set.of(), 1, 1)),
                Arguments.of("CTE with a window over it",
                        "WITH monthly AS (SELECT date_trunc('MONTH', order_ts) AS month, sum(order_total) AS revenue"
                                + " FROM customer_suppport_agent.raw.orders GROUP BY 1)"
                                + " SELECT month, revenue, revenue - lag(revenue) OVER (ORDER BY month) AS change"
                                + " FROM monthly ORDER BY month",
                        query(List.of(ORDERS), Set.of("monthly"), Set.of("date_trunc", "sum", "lag"), Set.of(), 2, 2)),
                Arguments.of("QUALIFY with row_number",
                        "SELECT carrier, order_id, order_total FROM raw.orders"
                                + " QUALIFY row_number() OVER (PARTITION BY carrier ORDER BY order_total DESC) = 1",
                        query(List.of("raw.orders"), Set.of(), Set.of("row_number"), Set.of(), 1, 1)),
                Arguments.of("Spark date and aggregate functions",
                        "SELECT date_format(order_ts, 'yyyy-MM') AS month,"
                                + " percentile_approx(order_total, 0.5) AS median, count_if(is_late) AS late, avg(datediff(delivered_at, order_ts)) AS days"
                                + " FROM orders GROUP BY date_format(order_ts, 'yyyy-MM')",
                        query(List.of("orders"), Set.of(),
                                Set.of("date_format", "percentile_approx", "count_if", "avg", "datediff"), Set.of(), 1,
                                1)),
                Arguments.of("LATERAL VIEW explode",
                        "SELECT o.carrier, s FROM orders o LATERAL VIEW explode(array(o.ship_city, o.ship_state))"
                                + " places AS s WHERE o.carrier = 'DHL'",
                        query(List.of("orders"), Set.of(), Set.of("array"), Set.of("explode"), 1, 2)),
                Arguments.of("WITH names in later WITH queries and subqueries of the main query",
                        "WITH late AS (SELECT * FROM orders WHERE is_late), ups AS (SELECT * FROM late"
                                + " WHERE carrier = 'UPS') SELECT count(*) FROM ups"
                                + " WHERE order_id IN (SELECT order_id FROM late)",
                        query(List.of("orders"), Set.of("late", "ups"), Set.of("count"), Set.of(), 4, 4)),
                Arguments.of("GROUP BY ALL, an interval and null-safe equality",
                        "SELECT carrier, count(*) FROM orders WHERE order_ts >= current_date() - INTERVAL 7 DAYS"
                                + " AND carrier <=> 'UPS' GROUP BY ALL",
                        query(List.of("orders"), Set.of(), Set.of("count"), Set.of(), 1, 1)),
                Arguments.of("UNION ALL of two reads",
                        "SELECT carrier FROM orders WHERE is_late UNION ALL SELECT carrier FROM raw.orders",
                        query(List.of("orders", "raw.orders"), Set.of(), Set.of(), Set.of(), 2, 2)),
                Arguments.of("row generator in place of a table",
                        "SELECT d.id, count(o.order_id) FROM range(7) d LEFT JOIN orders o"
                                + " ON dayofweek(o.order_ts) = d.id GROUP BY d.id",
                        query(List.of("orders"), Set.of(), Set.of("count", "dayofweek"), Set.of("range"), 1, 2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legitimateQueries")
    void reads_legitimate_spark_analytics_as_spark_does(String name, String sql, ParsedQuery expected) {
        ParsedQuery parsed = parser.parse(sql);

        assertThat(parsed.tables()).containsExactlyInAnyOrderElementsOf(expected.tables());
        assertThat(parsed).usingRecursiveComparison().ignoringFields("tables").isEqualTo(expected);
        assertThat(guard.check(sql)).contains("LIMIT");
    }

    static Stream<Arguments> refusedByTheParser() {
        return Stream.of(
                Arguments.of("stacked statements", "SELECT * FROM orders; DROP TABLE orders", "only one statement"),
                Arguments.of("DDL", "DROP TABLE orders", "only a SELECT query"),
                Arguments.of("CREATE TABLE AS", "CREATE TABLE copy AS SELECT * FROM orders", "only a SELECT query"),
                Arguments.of("DML", "DELETE FROM orders WHERE is_late", "only a SELECT query"),
                Arguments.of("INSERT SELECT", "INSERT INTO orders SELECT * FROM orders", "only a SELECT query"),
                Arguments.of("MERGE", "MERGE INTO orders USING orders o ON true WHEN MATCHED THEN DELETE",
                        "only a SELECT query"),
                Arguments.of("SELECT INTO", "SELECT * INTO copy FROM orders", "where the query reads it"),
                Arguments.of("TRANSFORM USING a script", "SELECT TRANSFORM(carrier) USING 'cat' AS (c) FROM orders",
                        "cannot be read as Spark SQL"),
                Arguments.of("file by path", "SELECT * FROM csv.`/etc/passwd`", "cannot be read as Spark SQL"),
                Arguments.of("not SQL at all", "SELECT FROM WHERE", "cannot be read as Spark SQL"),
                Arguments.of("JDBC parameter", "SELECT * FROM orders WHERE carrier = ?", "jdbc parameter"),
                Arguments.of("lambda", "SELECT filter(array(1, 2), x -> x > 1) FROM orders", "lambda expression"),
                Arguments.of("lateral view of another generator",
                        "SELECT * FROM orders LATERAL VIEW posexplode(array(1, 2)) t AS p, v", "may only explode"),
                Arguments.of("table function with a schema", "SELECT * FROM system.builtin.range(3)", "plain name"),
                Arguments.of("function with a schema", "SELECT system.builtin.lower(carrier) FROM orders",
                        "plain name"),
                Arguments.of("time travel", "SELECT * FROM orders VERSION AS OF 3", "VERSION AS OF"),
                Arguments.of("recursive WITH",
                        "WITH RECURSIVE r AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM r) SELECT * FROM r",
                        "WITH RECURSIVE"),
                Arguments.of("CASE nested past JSqlParser's stack",
                        "SELECT " + "CASE WHEN is_late THEN ".repeat(3000) + "1" + " END".repeat(3000) + " FROM orders",
                        "cannot be read as Spark SQL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedByTheParser")
    void refuses_what_it_cannot_prove_safe(String name, String sql, String reason) {
        assertThatThrownBy(() -> parser.parse(sql)).isInstanceOf(UnsafeSqlException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("CASE WHEN is_late THEN CASE"));
        assertThatThrownBy(() -> guard.check(sql)).isInstanceOf(UnsafeSqlException.class);
    }

    static Stream<Arguments> hostileReads() {
        return Stream.of(
                Arguments.of("table in parentheses", "SELECT * FROM (system.information_schema.tables)",
                        "system.information_schema.tables"),
                Arguments.of("join inside parentheses",
                        "SELECT * FROM (orders JOIN system.information_schema.columns c ON true)",
                        "system.information_schema.columns"),
                Arguments.of("subquery in the select list",
                        "SELECT (SELECT max(event_time) FROM system.access.audit) FROM orders", AUDIT),
                Arguments.of("subquery in WHERE IN",
                        "SELECT * FROM orders WHERE customer_id IN (SELECT user_name FROM system.access.audit)", AUDIT),
                Arguments.of("subquery in EXISTS",
                        "SELECT * FROM orders WHERE EXISTS (SELECT 1 FROM system.access.audit)", AUDIT),
                Arguments.of("subquery in ANY", "SELECT * FROM orders WHERE order_total > ANY"
                        + " (SELECT 1 FROM system.access.audit)", AUDIT),
                Arguments.of("subquery in HAVING", "SELECT carrier FROM orders GROUP BY carrier"
                        + " HAVING count(*) > (SELECT count(*) FROM system.access.audit)", AUDIT),
                Arguments.of("subquery in GROUP BY", "SELECT count(*) FROM orders"
                        + " GROUP BY (SELECT max(action_name) FROM system.access.audit)", AUDIT),
                Arguments.of("subquery in ORDER BY",
                        "SELECT * FROM orders ORDER BY (SELECT max(event_time) FROM system.access.audit)", AUDIT),
                Arguments.of("subquery in LIMIT",
                        "SELECT * FROM orders LIMIT (SELECT count(*) FROM system.access.audit)", AUDIT),
                Arguments.of("subquery in a JOIN condition", "SELECT * FROM orders o JOIN orders p"
                        + " ON o.order_id = (SELECT max(request_id) FROM system.access.audit)", AUDIT),
                Arguments.of("subquery in a window", "SELECT rank() OVER (PARTITION BY"
                        + " (SELECT max(user_name) FROM system.access.audit) ORDER BY order_ts) FROM orders", AUDIT),
                Arguments.of("subquery in CASE", "SELECT CASE WHEN is_late THEN (SELECT max(user_name)"
                        + " FROM system.access.audit) END FROM orders", AUDIT),
                Arguments.of("subquery in a function argument",
                        "SELECT coalesce(carrier, (SELECT max(user_name) FROM system.access.audit)) FROM orders",
                        AUDIT),
                Arguments.of("subquery in trim ... FROM, which JSqlParser's visitor adapter skips",
                        "SELECT trim(BOTH ' ' FROM (SELECT max(user_name) FROM system.access.audit)) FROM orders",
                        AUDIT),
                Arguments.of("subquery in a lateral view",
                        "SELECT s FROM orders LATERAL VIEW explode(array((SELECT max(user_name)"
                                + " FROM system.access.audit))) t AS s", AUDIT),
                Arguments.of("LATERAL subquery", "SELECT * FROM orders o, LATERAL (SELECT user_name"
                        + " FROM system.access.audit a WHERE a.user_name = o.customer_id) l", AUDIT),
                Arguments.of("second branch of a UNION",
                        "SELECT carrier FROM orders UNION SELECT user_name FROM system.access.audit", AUDIT),
                Arguments.of("body of a WITH query",
                        "WITH a AS (SELECT * FROM system.access.audit) SELECT * FROM orders, a", AUDIT),
                Arguments.of("WITH inside a subquery", "SELECT * FROM orders WHERE customer_id IN"
                        + " (WITH a AS (SELECT user_name FROM system.access.audit) SELECT * FROM a)", AUDIT),
                Arguments.of("WITH query whose body reads the catalog object of its own name",
                        "WITH secrets AS (SELECT * FROM secrets) SELECT * FROM secrets", "secrets"),
                Arguments.of("WITH query read before it is defined",
                        "WITH a AS (SELECT * FROM b), b AS (SELECT * FROM orders) SELECT * FROM a", "b"),
                Arguments.of("reflect", "SELECT reflect('java.lang.Runtime', 'getRuntime') FROM orders", "reflect"),
                Arguments.of("java_method", "SELECT java_method('java.lang.System', 'getenv', 'HOME')",
                        "java_method"),
                Arguments.of("read_files", "SELECT * FROM read_files('/Volumes/x', format => 'csv')", "read_files"),
                Arguments.of("file by path behind a data source name", "SELECT * FROM json.`s3://bucket/x`",
                        "json.\"s3://bucket/x\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileReads")
    void exposes_hostile_reads_to_the_guard_which_refuses_them(String name, String sql, String exposed) {
        ParsedQuery parsed = parser.parse(sql);

        Set<String> seen = new HashSet<>(parsed.functions());
        seen.addAll(parsed.tableFunctions());
        parsed.tables().forEach(t -> seen.add(t.toString()));
        assertThat(seen).contains(exposed);
        assertThatThrownBy(() -> guard.check(sql)).isInstanceOf(UnsafeSqlException.class);
    }

    @Test
    void has_the_guard_refuse_a_with_query_named_like_a_system_view() {
        String sql = "WITH tables AS (SELECT * FROM orders) SELECT * FROM tables";

        assertThat(parser.parse(sql).withNames()).containsExactly("tables");
        assertThatThrownBy(() -> guard.check(sql)).isInstanceOf(UnsafeSqlException.class)
                .hasMessageContaining("has the name of a table or view");
    }

    @Test
    void reads_an_expression_as_deep_as_the_guard_allows_without_exhausting_the_stack() {
        String sql = "SELECT 1" + " + 1".repeat(20_000) + " FROM orders";

        ParsedQuery parsed = parser.parse(sql);

        assertThat(parsed.tables()).containsExactly(new TableName(List.of("orders")));
        assertThat(parsed.functions()).isEmpty();
    }

    @Test
    void never_echoes_a_long_stretch_of_the_query() {
        String sql = "SELECT '" + "x".repeat(200) + "' '" + "y".repeat(200) + "' FROM FROM orders";

        assertThatThrownBy(() -> parser.parse(sql)).isInstanceOf(UnsafeSqlException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("x".repeat(31)).doesNotContain(
                        "y".repeat(31)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tables", "COLUMNS", "schemata", "table_privileges", "system", "information_schema",
            "audit", "system.billing.usage"})
    void names_databricks_system_objects_as_catalog_objects(String name) {
        assertThat(parser.namesCatalogObject(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders_by_month", "late", "monthly", "raw"})
    void does_not_claim_other_names(String name) {
        assertThat(parser.namesCatalogObject(name)).isFalse();
    }

    private static ParsedQuery query(List<String> tables, Set<String> withNames, Set<String> functions,
            Set<String> tableFunctions, int queryBlocks, int tableReferences) {
        return new ParsedQuery(tables.stream().map(TableName::parse).toList(), withNames, functions, tableFunctions,
                queryBlocks, tableReferences);
    }
}
