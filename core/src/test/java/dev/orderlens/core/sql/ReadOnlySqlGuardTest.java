package dev.orderlens.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReadOnlySqlGuardTest {

    private final ReadOnlySqlGuard guard = guardFor("customer_suppport_agent.raw.orders");

    private static ReadOnlySqlGuard guardFor(String... tables) {
        return ReadOnlySqlGuard.builder().allowedTables(List.of(tables)).rowLimit(100).build();
    }

    private void assertRefused(String sql, String reason) {
        assertThatThrownBy(() -> guard.check(sql)).isInstanceOf(UnsafeSqlException.class).hasMessage(reason);
    }

    // row limit

    @Test
    void appends_the_row_limit_when_the_query_has_none() {
        assertThat(guard.check("SELECT * FROM orders")).isEqualTo("SELECT * FROM orders LIMIT 100");
    }

    @Test
    void lowers_a_limit_above_the_row_limit_in_place() {
        assertThat(guard.check("SELECT * FROM orders ORDER BY order_ts LIMIT 5000"))
                .isEqualTo("SELECT * FROM orders ORDER BY order_ts LIMIT 100");
    }

    @Test
    void keeps_a_limit_at_or_below_the_row_limit() {
        assertThat(guard.check("SELECT * FROM orders LIMIT 10")).isEqualTo("SELECT * FROM orders LIMIT 10");
        assertThat(guard.check("SELECT * FROM orders LIMIT 100")).isEqualTo("SELECT * FROM orders LIMIT 100");
    }

    @Test
    void lowers_a_limit_and_keeps_its_offset() {
        assertThat(guard.check("SELECT * FROM orders LIMIT 500 OFFSET 20"))
                .isEqualTo("SELECT * FROM orders LIMIT 100 OFFSET 20");
    }

    @Test
    void lowers_a_limit_too_large_for_a_long() {
        assertThat(guard.check("SELECT * FROM orders LIMIT 99999999999999999999999"))
                .isEqualTo("SELECT * FROM orders LIMIT 100");
    }

    @Test
    void limits_the_top_level_query_not_its_subqueries() {
        String sql = "WITH big AS (SELECT * FROM orders LIMIT 5000) SELECT * FROM (SELECT * FROM big LIMIT 4000) t";

        assertThat(guard.check(sql)).isEqualTo(sql + " LIMIT 100");
    }

    @Test
    void limits_a_whole_union() {
        assertThat(guard.check("SELECT carrier FROM orders UNION SELECT channel FROM orders"))
                .isEqualTo("SELECT carrier FROM orders UNION SELECT channel FROM orders LIMIT 100");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * FROM orders LIMIT ALL",
        "SELECT * FROM orders LIMIT 10%",
        "SELECT * FROM orders LIMIT 5 + 5",
        "SELECT * FROM orders LIMIT 100L",
        "SELECT * FROM orders ORDER BY order_ts FETCH FIRST 500 ROWS ONLY",
        "SELECT * FROM orders LIMIT 10 OFFSET 5 LIMIT 20"})
    void wraps_the_query_when_its_limit_is_not_a_plain_count(String sql) {
        assertThat(guard.check(sql)).isEqualTo("SELECT * FROM (" + sql + ") AS guarded LIMIT 100");
    }

    @Test
    void drops_a_trailing_comment_so_the_appended_limit_is_not_commented_out() {
        assertThat(guard.check("-- every order\nSELECT * FROM orders -- all of them\n"))
                .isEqualTo("SELECT * FROM orders LIMIT 100");
    }

    @Test
    void strips_code_fences_whitespace_and_one_trailing_semicolon() {
        assertThat(guard.check("Here it is:\n```sql\n  SELECT count(*) FROM orders ;  \n```\nDone."))
                .isEqualTo("SELECT count(*) FROM orders LIMIT 100");
    }

    @Test
    void keeps_comments_inside_the_statement() {
        assertThat(guard.check("SELECT count(*) -- how many\nFROM orders"))
                .isEqualTo("SELECT count(*) -- how many\nFROM orders LIMIT 100");
    }

    // error messages

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DELETE FROM orders                    | only SELECT or WITH queries may run (found DELETE)",
        "SELECT * FROM users                   | table 'users' is not one of the allowed tables",
        "SELECT * FROM \"raw.orders\"          | table '\"raw.orders\"' is not one of the allowed tables",
        "SELECT * FROM read_csv('orders.csv')  | function read_csv may not be used",
        "SELECT * FROM generate_subscripts(1)  | table function generate_subscripts may not be used"
                + " (only explode, generate_series, range, unnest)",
        "SELECT 1 FROM orders; SELECT 2        | only one statement may run (found ';' before the end)",
        "WITH x AS (SELECT 1) DELETE FROM orders | DELETE may not be used in a read-only query",
        "SELECT * INTO copy FROM orders        | INTO may not be used in a read-only query",
        "SELECT * FROM 'orders.parquet'        | files may not be read by path (found 'orders.parquet')"})
    void names_what_was_refused(String sql, String reason) {
        assertRefused(sql, reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", ";", " ; ", "-- nothing here", "/* nor here */;", "```sql\n```"})
    void refuses_an_empty_query(String sql) {
        assertRefused(sql, "the query is empty");
    }

    @ParameterizedTest
    @CsvSource({"0, U+0000", "11, U+000B", "12, U+000C", "27, U+001B", "127, U+007F"})
    void refuses_control_characters_anywhere_even_in_strings(int character, String codePoint) {
        String sql = "SELECT * FROM orders WHERE support_note = 'a" + (char) character + "b'";

        assertRefused(sql, "control character " + codePoint + " may not be used");
    }

    @Test
    void refuses_a_truncated_query_that_a_nul_byte_would_hide_the_limit_behind() {
        assertRefused("SELECT * FROM orders\u0000 LIMIT 1", "control character U+0000 may not be used");
    }

    // allowed tables

    @ParameterizedTest
    @ValueSource(strings = {"orders", "raw.orders", "customer_suppport_agent.raw.orders", "RAW.Orders",
        "\"raw\".\"orders\"", "`customer_suppport_agent`.`raw`.`orders`", "\"ORDERS\""})
    void accepts_the_configured_table_by_its_full_name_or_any_suffix(String table) {
        String sql = "SELECT count(*) FROM " + table;

        assertThat(guard.check(sql)).isEqualTo(sql + " LIMIT 100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"customer_suppport_agent.orders", "agent.raw.orders", "raw", "customer_suppport_agent",
        "orders_v2", "\"orders \""})
    void refuses_names_that_are_not_a_suffix_of_the_configured_table(String table) {
        assertThatThrownBy(() -> guard.check("SELECT count(*) FROM " + table))
                .isInstanceOf(UnsafeSqlException.class)
                .hasMessageEndingWith("is not one of the allowed tables");
    }

    @Test
    void reads_configured_names_that_are_quoted_and_mixed_case() {
        ReadOnlySqlGuard quoted = guardFor("\"Sales\".`Orders`", "returns");

        assertThat(quoted.check("SELECT * FROM sales.orders JOIN returns USING (order_id)")).endsWith("LIMIT 100");
        assertThatThrownBy(() -> quoted.check("SELECT * FROM sales.returns")).isInstanceOf(UnsafeSqlException.class);
    }

    @Test
    void refuses_to_build_without_tables_or_with_a_bad_limit_or_name() {
        assertThatIllegalStateException().isThrownBy(() -> ReadOnlySqlGuard.builder().build());
        assertThatIllegalStateException()
                .isThrownBy(() -> ReadOnlySqlGuard.builder().allowedTables(List.of()).rowLimit(10).build());
        assertThatIllegalArgumentException().isThrownBy(() -> ReadOnlySqlGuard.builder().rowLimit(0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReadOnlySqlGuard.builder().allowedTables(List.of("orders; DROP TABLE x")))
                .withMessageContaining("not a table name");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReadOnlySqlGuard.builder().allowedTables(List.of("raw..orders")));
    }

    @Test
    void uses_the_default_row_limit_when_none_is_configured() {
        ReadOnlySqlGuard defaults = ReadOnlySqlGuard.builder().allowedTables(List.of("orders")).build();

        assertThat(defaults.rowLimit()).isEqualTo(ReadOnlySqlGuard.DEFAULT_ROW_LIMIT);
        assertThat(defaults.check("SELECT * FROM orders")).endsWith("LIMIT " + ReadOnlySqlGuard.DEFAULT_ROW_LIMIT);
    }

    // CTE names

    @Test
    void accepts_cte_names_as_tables() {
        assertThat(guard.check("WITH late AS (SELECT * FROM orders WHERE is_late), "
                + "by_carrier AS (SELECT carrier, count(*) AS n FROM late GROUP BY 1) SELECT * FROM by_carrier"))
                .endsWith("SELECT * FROM by_carrier LIMIT 100");
    }

    @Test
    void compares_cte_names_without_quotes_or_case() {
        assertThat(guard.check("WITH \"Late\" AS (SELECT * FROM orders) SELECT * FROM LATE")).endsWith("LIMIT 100");
    }

    @Test
    void refuses_a_cte_read_before_it_is_defined() {
        assertRefused("WITH a AS (SELECT * FROM b), b AS (SELECT * FROM orders) SELECT * FROM a",
                "table 'b' is not one of the allowed tables");
    }

    @Test
    void refuses_a_subquery_cte_name_outside_its_subquery() {
        assertRefused("SELECT * FROM (WITH recent AS (SELECT * FROM orders) SELECT * FROM recent) r"
                + " JOIN recent USING (order_id)", "table 'recent' is not one of the allowed tables");
    }

    @Test
    void accepts_a_recursive_cte_reading_itself_in_its_recursive_term() {
        String sql = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5) SELECT * FROM n";

        assertThat(guard.check(sql)).isEqualTo(sql + " LIMIT 100");
    }

    // words that are only sometimes commands

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT replace(product_name, 'X2', 'X3') FROM orders",
        "SELECT * REPLACE (upper(carrier) AS carrier) FROM orders",
        "SELECT status, created_at, updated FROM orders",
        "SELECT \"delete\", \"set\" FROM orders",
        "SELECT count(*) FROM orders WHERE support_note LIKE '%drop table; insert into%'",
        "SELECT * FROM generate_series(1, 3) g, unnest([1, 2]) u, range(2) r, orders",
        "SELECT extract(month FROM order_ts), trim(BOTH ' ' FROM ship_city) FROM orders",
        "SELECT count(*) FROM orders WHERE carrier IS NOT DISTINCT FROM 'UPS'"})
    void accepts_command_words_where_they_do_not_write(String sql) {
        assertThat(guard.check(sql)).endsWith("LIMIT 100");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT 1 FROM orders WHERE x IN (SELECT 1) AND 1 = (REPLACE INTO orders VALUES (1))",
        "SELECT update FROM orders",
        "SELECT o.set FROM orders o"})
    void refuses_command_words_as_plain_words(String sql) {
        assertThatThrownBy(() -> guard.check(sql))
                .isInstanceOf(UnsafeSqlException.class)
                .hasMessageEndingWith("may not be used in a read-only query");
    }

    @Test
    void refuses_a_name_of_more_than_three_parts() {
        assertRefused("SELECT count(*) FROM x.customer_suppport_agent.raw.orders",
                "a table name has at most three parts (catalog, schema and table)");
    }

    // limits checked before any parser sees the statement

    @Test
    void refuses_a_statement_longer_than_the_length_limit() {
        ReadOnlySqlGuard shortOnly = ReadOnlySqlGuard.builder().allowedTables(List.of("orders")).maxLength(40).build();
        String sql = "SELECT count(*) FROM orders WHERE carrier = 'UPS'";

        assertThatThrownBy(() -> shortOnly.check(sql)).isInstanceOf(UnsafeSqlException.class)
                .hasMessage("the query has " + sql.length() + " characters; at most 40 may run");
    }

    @Test
    void refuses_parentheses_nested_deeper_than_the_limit_and_accepts_them_at_it() {
        String atLimit = "SELECT " + "(".repeat(32) + "1" + ")".repeat(32) + " FROM orders";
        String beyond = "SELECT " + "(".repeat(33) + "1" + ")".repeat(33) + " FROM orders";

        assertThat(guard.check(atLimit)).endsWith("LIMIT 100");
        assertRefused(beyond, "parentheses nest 33 deep; at most 32 levels may run");
    }

    @Test
    void refuses_a_thousand_nested_subqueries_without_parsing_them() {
        String nested = "SELECT * FROM (".repeat(1000) + "SELECT * FROM orders" + ") t".repeat(1000);
        ReadOnlySqlGuard parsing = withParser(sql -> {
            throw new AssertionError("the parser must not see it");
        });

        assertThatThrownBy(() -> parsing.check(nested)).isInstanceOf(UnsafeSqlException.class)
                .hasMessage("parentheses nest 1000 deep; at most 32 levels may run");
    }

    // decisions on the statement as the engine's parser reads it

    private static ReadOnlySqlGuard withParser(Function<String, ParsedQuery> parse) {
        return ReadOnlySqlGuard.builder().allowedTables(List.of("lake.main.orders")).rowLimit(100)
                .parser(new SqlParser() {
                    @Override
                    public ParsedQuery parse(String sql) {
                        return parse.apply(sql);
                    }

                    @Override
                    public boolean namesCatalogObject(String name) {
                        return name.equals("pg_settings");
                    }
                }).build();
    }

    private static ParsedQuery parsed(List<String> tables, Set<String> withNames,
            Set<String> functions, Set<String> tableFunctions) {
        return new ParsedQuery(tables.stream().map(t -> new TableName(List.of(t.split("\\.")))).toList(), withNames,
                functions, tableFunctions, 1, tables.size());
    }

    @Test
    void gives_the_parser_the_statement_that_will_run_and_accepts_what_it_finds_allowed() {
        List<String> seen = new ArrayList<>();
        ReadOnlySqlGuard parsing = withParser(sql -> {
            seen.add(sql);
            return parsed(List.of("main.orders"), Set.of("late"), Set.of("count_star", "+"),
                    Set.of("range"));
        });

        String checked = parsing.check("WITH late AS (SELECT 1) SELECT count(*) FROM main.orders");

        assertThat(seen).containsExactly(checked);
        assertThat(checked).endsWith("LIMIT 100");
    }

    @Test
    void refuses_a_table_the_parser_finds_anywhere_in_the_statement() {
        ReadOnlySqlGuard parsing = withParser(sql -> parsed(List.of("orders", "pg_settings"), Set.of(),
                Set.of(), Set.of()));

        assertThatThrownBy(() -> parsing.check("SELECT * FROM orders")).isInstanceOf(UnsafeSqlException.class)
                .hasMessage("table 'pg_settings' is not one of the allowed tables");
    }

    @Test
    void refuses_a_function_missing_from_the_allow_list() {
        ReadOnlySqlGuard parsing = withParser(sql -> parsed(List.of("orders"), Set.of(),
                Set.of("sum", "json_execute_serialized_sql"), Set.of()));

        assertThatThrownBy(() -> parsing.check("SELECT * FROM orders")).isInstanceOf(UnsafeSqlException.class)
                .hasMessage("function json_execute_serialized_sql is not on the list of functions queries may call");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pg_settings", "orders"})
    void refuses_a_with_name_that_shadows_a_catalog_object_or_the_allowed_table(String name) {
        ReadOnlySqlGuard parsing = withParser(sql -> parsed(List.of(), Set.of(name), Set.of(),
                Set.of()));

        assertThatThrownBy(() -> parsing.check("SELECT * FROM orders")).isInstanceOf(UnsafeSqlException.class)
                .hasMessage("the WITH query '" + name
                        + "' has the name of a table or view of the warehouse; give it another name");
    }

    @Test
    void refuses_a_table_function_that_does_not_only_generate_rows() {
        ReadOnlySqlGuard parsing = withParser(sql -> parsed(List.of(), Set.of(), Set.of(),
                Set.of("range", "duckdb_settings")));

        assertThatThrownBy(() -> parsing.check("SELECT * FROM orders")).isInstanceOf(UnsafeSqlException.class)
                .hasMessage("table function duckdb_settings may not be used (only explode, generate_series, range,"
                        + " unnest)");
    }

    @Test
    void refuses_more_select_blocks_or_table_references_than_the_plan_limits() {
        ReadOnlySqlGuard blocks = withParser(sql -> new ParsedQuery(List.of(), Set.of(), Set.of(),
                Set.of(), 65, 1));
        ReadOnlySqlGuard joins = withParser(sql -> new ParsedQuery(List.of(), Set.of(), Set.of(),
                Set.of(), 1, 33));

        assertThatThrownBy(() -> blocks.check("SELECT * FROM orders")).isInstanceOf(UnsafeSqlException.class)
                .hasMessage("the query has 65 SELECT blocks; at most 64 may run");
        assertThatThrownBy(() -> joins.check("SELECT * FROM orders")).isInstanceOf(UnsafeSqlException.class)
                .hasMessage("the query names tables 33 times; at most 32 may run");
    }
}
