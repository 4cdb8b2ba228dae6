package dev.orderlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.core.port.BackendException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AskCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CliRun cli = new CliRun(new FakeOrderLens(true));

    @Test
    void prints_the_summary_an_aligned_table_and_numbered_follow_ups() {
        CliRun.Result run = cli.execute("ask", "Late deliveries by carrier");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                FedEx leads with 412.

                carrier  late_orders  late_rate
                -------  -----------  ---------
                FedEx            412     0.1835
                UPS              120       0.05
                DHL                7     0.0123
                USPS               1      0.001

                Follow-up questions:
                  1. And for FedEx only?
                  2. Revenue by month?
                """);
        assertThat(run.err()).containsPattern("\\(sql · confidence 0\\.90 · \\d+ ms · session [0-9a-f-]{36}\\)");
    }

    @Test
    void streams_a_documents_answer_and_numbers_its_sources() {
        CliRun.Result run = cli.execute("ask", "Why were the earbuds recalled?");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("""
                Nimbus X2 earbuds were recalled [1].

                Sources:
                [1] Nimbus X2 recall notice (analytics/recall-2025-06)
                [2] Returns policy (analytics/returns-policy)
                """);
    }

    @Test
    void shows_the_sql_when_asked() {
        CliRun.Result run = cli.execute("ask", "--show-sql", "Late deliveries by carrier");

        assertThat(run.out()).contains("""
                FedEx leads with 412.

                    SELECT carrier, count(*) AS late_orders FROM orders WHERE is_late GROUP BY 1 ORDER BY 2 DESC""");
    }

    @Test
    void writes_a_sql_answer_in_the_http_api_json_shape() throws Exception {
        CliRun.Result run = cli.execute("ask", "--format", "json", "Late deliveries by carrier");

        JsonNode json = JSON.readTree(run.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("messageId", "mode", "answer", "sql",
                "formattedSql", "columns", "rows", "totalRows", "heldRows", "page", "chart", "resultId", "error",
                "followUps", "route", "timings");
        assertThat(json.get("mode").asText()).isEqualTo("sql");
        assertThat(json.get("columns").get(1).toString()).isEqualTo("{\"name\":\"late_orders\",\"type\":\"integer\"}");
        assertThat(json.get("rows").get(0).toString()).isEqualTo("[\"FedEx\",412,0.183456]");
        assertThat(json.get("totalRows").asLong()).isEqualTo(4);
        assertThat(json.get("resultId").asText()).isNotBlank();
        assertThat(json.get("route").fieldNames()).toIterable()
                .containsExactly("decided", "confidence", "forced", "fallback", "reasoning");
        assertThat(json.get("route").get("decided").asText()).isEqualTo("sql");
        assertThat(json.get("timings").has("total")).isTrue();
        assertThat(run.err()).as("json output stays clean of notes").isEmpty();
    }

    @Test
    void writes_a_documents_answer_in_the_http_api_json_shape() throws Exception {
        CliRun.Result run = cli.execute("ask", "--format=json", "Why were the earbuds recalled?");

        JsonNode json = JSON.readTree(run.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("messageId", "mode", "answer", "sources",
                "partial", "error", "followUps", "route", "timings");
        assertThat(json.get("mode").asText()).isEqualTo("rag");
        assertThat(json.get("answer").asText()).isEqualTo("Nimbus X2 earbuds were recalled [1].");
        assertThat(json.get("sources").get(0).get("id").asText()).isEqualTo("recall-2025-06");
        assertThat(json.get("partial").asBoolean()).isFalse();
    }

    @Test
    void writes_every_row_as_csv_and_dates_as_text() {
        CliRun.Result run = cli.execute("ask", "--format", "csv", "Revenue by month?");

        assertThat(run.out()).isEqualTo("month,revenue\r\n2025-11-01 00:00:00,1234567.50\r\n"
                + "2025-12-01 00:00:00,2345678.25\r\n");
    }

    @Test
    void writes_a_markdown_table() {
        CliRun.Result run = cli.execute("ask", "--format", "markdown", "Revenue by month?");

        assertThat(run.out()).contains("""
                | month | revenue |
                | --- | ---: |
                | 2025-11-01 | 1234567.50 |
                | 2025-12-01 | 2345678.25 |""");
    }

    @Test
    void forces_the_route_the_user_asks_for() throws Exception {
        CliRun.Result run = cli.execute("ask", "--route", "RAG", "--format", "json", "Late deliveries by carrier");

        JsonNode route = JSON.readTree(run.out()).get("route");
        assertThat(route.get("decided").asText()).isEqualTo("rag");
        assertThat(route.get("forced").asBoolean()).isTrue();
    }

    @Test
    void continues_a_conversation_given_its_session() {
        cli.execute("ask", "--session", "support-desk-42", "Late deliveries by carrier");

        CliRun.Result followUp = cli.execute("ask", "--session", "support-desk-42", "And for FedEx only?");
        CliRun.Result fresh = cli.execute("ask", "And for FedEx only?");

        assertThat(followUp.out()).contains("FedEx            412").doesNotContain("UPS");
        assertThat(fresh.out()).as("without the session there is nothing to follow").contains("UPS");
    }

    @Test
    void passes_the_as_of_date_to_the_settings() {
        cli.execute("ask", "--as-of", "2025-10-01", "Late deliveries by carrier");

        assertThat(cli.startedWith.get(0)).containsEntry("ORDERLENS_AS_OF", "2025-10-01")
                .containsEntry("ORDERLENS_HOME", "target/cli-home");
    }

    @Test
    void refuses_bad_usage_with_one_line_and_exit_code_2() {
        List<CliRun.Result> runs = List.of(
                cli.execute("ask"),
                cli.execute("ask", "--route", "guess", "q"),
                cli.execute("ask", "--as-of", "yesterday", "q"),
                cli.execute("ask", "--session", "bad id!", "q"),
                cli.execute("ask", "--format", "yaml", "q"),
                cli.execute("ask", " "));

        assertThat(runs).allSatisfy(run -> {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().lines()).hasSize(1);
            assertThat(run.err()).startsWith("orderlens ask: ").doesNotContain("Exception");
            assertThat(run.out()).isEmpty();
        });
        assertThat(runs.get(3).err()).isEqualTo(
                "orderlens ask: sessionId must be 8 to 128 letters, digits, '-' or '_'\n");
        assertThat(runs.get(5).err()).isEqualTo("orderlens ask: question must not be empty\n");
    }

    @Test
    void reports_a_backend_failure_with_exit_code_1_and_its_trace_only_with_debug() {
        CliRun.Result plain = failingStart("ask", "q");
        CliRun.Result debug = failingStart("ask", "--debug", "q");

        assertThat(plain.exitCode()).isEqualTo(1);
        assertThat(plain.err()).isEqualTo("orderlens ask: databricks: POST /api/2.0/sql/statements: 503\n");
        assertThat(debug.exitCode()).isEqualTo(1);
        assertThat(debug.err()).startsWith("orderlens ask: databricks: POST /api/2.0/sql/statements: 503\n")
                .contains("BackendException").contains("\tat ");
    }

    @Test
    void reports_bad_settings_as_usage() {
        CliRun.Result run = new CliRun(new FakeOrderLens(true)).set("ORDERLENS_SQL_TIMEOUT_SECONDS", "soon")
                .execute("ask", "q");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("orderlens ask: ORDERLENS_SQL_TIMEOUT_SECONDS must be a number (was 'soon')\n");
    }

    private static CliRun.Result failingStart(String... args) {
        CliContext context = new CliContext(Map.of(), (settings, listener) -> {
            throw new BackendException("databricks", BackendException.Kind.UNAVAILABLE,
                    "POST /api/2.0/sql/statements: 503");
        }, false, new StringReader(""));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = OrderLensCommand.commandLine(context);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new CliRun.Result(commandLine.execute(args), out.toString(), err.toString());
    }
}
