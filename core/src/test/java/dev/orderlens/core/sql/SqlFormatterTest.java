package dev.orderlens.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SqlFormatterTest {

    private static String lines(String... lines) {
        return String.join("\n", lines);
    }

    @Test
    void puts_each_clause_on_a_line_and_each_selected_column_on_its_own() {
        assertThat(SqlFormatter.format("SELECT date_trunc('month', order_ts) AS month, sum(order_total) AS revenue"
                + " FROM orders GROUP BY 1 ORDER BY 1 LIMIT 10000")).isEqualTo(lines(
                        "SELECT",
                        "  date_trunc('month', order_ts) AS month,",
                        "  sum(order_total) AS revenue",
                        "FROM orders",
                        "GROUP BY 1",
                        "ORDER BY 1",
                        "LIMIT 10000"));
    }

    @Test
    void starts_a_line_for_each_top_level_condition_but_keeps_between_together() {
        assertThat(SqlFormatter.format("SELECT DISTINCT carrier FROM orders WHERE order_ts BETWEEN '2025-09-01'"
                + " AND '2025-09-30' AND (is_late OR csat_score < 3) OR status = 'returned'")).isEqualTo(lines(
                        "SELECT DISTINCT carrier",
                        "FROM orders",
                        "WHERE order_ts BETWEEN '2025-09-01' AND '2025-09-30'",
                        "  AND (is_late OR csat_score < 3)",
                        "  OR status = 'returned'"));
    }

    @Test
    void indents_common_table_expressions_and_subqueries_inside_their_parentheses() {
        assertThat(SqlFormatter.format("WITH late AS (SELECT carrier, count(*) AS n FROM orders WHERE is_late"
                + " GROUP BY carrier) SELECT o.carrier, l.n FROM orders o LEFT OUTER JOIN late l ON l.carrier ="
                + " o.carrier WHERE o.order_id IN (SELECT order_id FROM orders WHERE status = 'returned')"
                + " ORDER BY l.n DESC LIMIT 5")).isEqualTo(lines(
                        "WITH late AS (",
                        "  SELECT",
                        "    carrier,",
                        "    count(*) AS n",
                        "  FROM orders",
                        "  WHERE is_late",
                        "  GROUP BY carrier",
                        ")",
                        "SELECT",
                        "  o.carrier,",
                        "  l.n",
                        "FROM orders o",
                        "LEFT OUTER JOIN late l ON l.carrier = o.carrier",
                        "WHERE o.order_id IN (",
                        "  SELECT order_id",
                        "  FROM orders",
                        "  WHERE status = 'returned'",
                        ")",
                        "ORDER BY l.n DESC",
                        "LIMIT 5"));
    }

    @Test
    void lays_out_the_guards_wrapping_query_and_set_operations() {
        assertThat(SqlFormatter.format("SELECT * FROM (SELECT a FROM t UNION ALL SELECT a FROM u LIMIT ALL) AS"
                + " guarded LIMIT 100")).isEqualTo(lines(
                        "SELECT *",
                        "FROM (",
                        "  SELECT a",
                        "  FROM t",
                        "  UNION ALL",
                        "  SELECT a",
                        "  FROM u",
                        "  LIMIT ALL",
                        ") AS guarded",
                        "LIMIT 100"));
    }

    @Test
    void leaves_keywords_inside_functions_windows_and_case_on_their_line() {
        assertThat(SqlFormatter.format("SELECT sum(x) OVER (PARTITION BY a ORDER BY b) AS s FROM t WHERE a IS"
                + " DISTINCT FROM b AND extract(year FROM ts) = 2025 AND CASE WHEN x AND y THEN 1 END = 1"))
                .isEqualTo(lines(
                        "SELECT sum(x) OVER (PARTITION BY a ORDER BY b) AS s",
                        "FROM t",
                        "WHERE a IS DISTINCT FROM b",
                        "  AND extract(year FROM ts) = 2025",
                        "  AND CASE WHEN x AND y THEN 1 END = 1"));
    }

    @Test
    void copies_literals_quoted_names_operators_and_comments_as_written() {
        assertThat(SqlFormatter.format("select 'a  FROM  b' AS s,\"where\" from t -- all of them\n"
                + "where a>=1 and b<>2 /* kept */ and c::int=3;")).isEqualTo(lines(
                        "select",
                        "  'a  FROM  b' AS s,",
                        "  \"where\"",
                        "from t -- all of them",
                        "where a>=1",
                        "  and b<>2 /* kept */",
                        "  and c::int=3;"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT 'unterminated", "SELECT a FROM t WHERE b = ${x}", "SELECT (a FROM t", "  "})
    void returns_text_it_cannot_read_unchanged(String text) {
        assertThat(SqlFormatter.format(text)).isEqualTo(text);
    }

    static List<String> queries() {
        return List.of(
                "SELECT a, b FROM t WHERE x BETWEEN 1 AND 2 AND y = 'a AND b' ORDER BY 1",
                "WITH x AS (SELECT 1 AS one), y AS (SELECT * FROM x) SELECT * FROM y CROSS JOIN x",
                "SELECT * FROM (SELECT a FROM t) s JOIN (SELECT b FROM u) v ON s.a = v.b LIMIT 10",
                "SELECT coalesce((SELECT max(x) FROM t), 0) AS m, a->>'k', b||'c' FROM t WHERE a<=-1 OR b!=2",
                "SELECT a -- note\nFROM t /* x */ WHERE a = 1 -- end",
                "SELECT string_agg(x, ',' ORDER BY x) FROM t GROUP BY ALL HAVING count(*) > 1 AND sum(y) < 5");
    }

    @ParameterizedTest
    @MethodSource("queries")
    void never_changes_a_token_nor_what_separates_tokens(String sql) {
        String formatted = SqlFormatter.format(sql);

        assertThat(SqlTokenizer.tokenize(formatted)).extracting(SqlToken::text)
                .containsExactlyElementsOf(SqlTokenizer.tokenize(sql).stream().map(SqlToken::text).toList());
        assertThat(separations(formatted)).as("which neighbouring tokens touch (outside parentheses)")
                .isEqualTo(separations(sql));
        assertThat(SqlFormatter.format(formatted)).as("laying out again changes nothing").isEqualTo(formatted);
    }

    /** For each pair of neighbouring tokens, whether they touch; pairs next to a parenthesis may gain a line break. */
    private static List<Boolean> separations(String sql) {
        List<SqlToken> tokens = SqlTokenizer.tokenize(sql);
        List<Boolean> touching = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            SqlToken left = tokens.get(i - 1);
            SqlToken right = tokens.get(i);
            if (!left.isSymbol('(') && !right.isSymbol(')')) {
                touching.add(left.end() == right.start());
            }
        }
        return touching;
    }
}
