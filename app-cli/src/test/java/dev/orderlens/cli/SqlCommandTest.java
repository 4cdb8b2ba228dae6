package dev.orderlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SqlCommandTest {

    private final CliRun cli = new CliRun(new FakeOrderLens(true));

    @Test
    void prints_an_aligned_table_and_the_row_count() {
        CliRun.Result run = cli.execute("sql", "SELECT date_trunc('month', order_ts) AS month, sum(order_total) "
                + "AS revenue FROM orders GROUP BY 1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                month             revenue
                ----------  -------------
                2025-11-01  $1,234,567.50
                2025-12-01  $2,345,678.25
                (2 rows)
                """);
    }

    @Test
    void writes_a_column_named_like_a_metric_but_computed_otherwise_as_the_number_it_is() throws Exception {
        String fraction = "SELECT carrier, count(*) FILTER (WHERE is_late) AS late_orders, "
                + "count(*) FILTER (WHERE is_late) * 1.0 / count(*) AS late_delivery_rate FROM orders GROUP BY 1";
        CliRun.Result run = cli.execute("sql", "--max-rows", "1", fraction);
        JsonNode json = new ObjectMapper().readTree(cli.execute("sql", "--format", "json", fraction).out());

        assertThat(run.out()).contains("FedEx            412               18.35\n").doesNotContain("%");
        assertThat(json.get("columns").get(2).toString()).isEqualTo("{\"name\":\"late_delivery_rate\","
                + "\"type\":\"double\",\"label\":\"late delivery rate\",\"format\":null,\"unit\":null}");
    }

    @Test
    void writes_a_column_computed_with_the_metrics_own_expression_in_the_metrics_format() {
        CliRun.Result run = cli.execute("sql", "--max-rows", "1", "SELECT carrier, count(*) AS late_orders, "
                + "100.0 * avg(CASE WHEN is_late THEN 1.0 ELSE 0.0 END) AS late_delivery_rate FROM orders GROUP BY 1");

        assertThat(run.out()).contains("FedEx            412               18.3%\n");
    }

    @Test
    void shows_at_most_max_rows_and_says_how_many_are_left() {
        CliRun.Result run = cli.execute("sql", "--max-rows", "2", "SELECT carrier FROM orders");

        assertThat(run.out()).contains("UPS ").doesNotContain("DHL")
                .contains("… 2 more rows (4 in all; --format csv writes every row held)");
    }

    @Test
    void writes_json_and_csv() throws Exception {
        JsonNode json = new ObjectMapper().readTree(cli.execute("sql", "--format", "json", "SELECT carrier FROM orders")
                .out());
        String csv = cli.execute("sql", "--format", "csv", "SELECT carrier FROM orders").out();

        assertThat(json.get("totalRows").asLong()).isEqualTo(4);
        assertThat(json.get("rows").get(3).toString()).isEqualTo("[\"USPS\",1,0.1]");
        assertThat(json.get("columns").get(2).get("label").asText()).isEqualTo("late delivery rate");
        assertThat(csv).as("headed by names, to load back").startsWith(
                "carrier,late_orders,late_delivery_rate\r\nFedEx,412,18.3456\r\n");
    }

    @Test
    void refuses_writes_through_the_read_only_guard_as_bad_usage() {
        CliRun.Result run = cli.execute("sql", "DROP TABLE orders");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("orderlens sql: refused: ").hasLineCount(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void reports_a_failing_query_as_a_backend_failure() {
        CliRun.Result run = cli.execute("sql", "SELECT missing_column FROM orders");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("orderlens sql: duckdb: Binder Error: column missing_column not found\n");
    }

    @Test
    void refuses_a_format_it_does_not_write() {
        CliRun.Result run = cli.execute("sql", "--format", "markdown", "SELECT 1 FROM orders");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("orderlens sql: --format markdown is not supported here; use text, json, csv "
                + "(see orderlens sql --help)\n");
    }
}
