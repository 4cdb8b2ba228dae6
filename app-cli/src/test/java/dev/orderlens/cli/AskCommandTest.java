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
    void prints_the_summary_without_markup_a_table_headed_by_labels_in_the_models_formats_and_numbered_follow_ups() {
        CliRun.Result run = cli.execute("ask", "Late deliveries by carrier");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                FedEx leads with 412.

                carrier  late orders  late delivery rate
                -------  -----------  ------------------
                FedEx            412               18.3%
                UPS              120                5.0%
                DHL                7                1.2%
                USPS               1                0.1%

                Follow-up questions:
                  1. And for FedEx only?
                  2. Revenue by month?
                """);
        assertThat(run.err()).containsPattern("\\(sql · confidence 0\\.90 · \\d+ ms · session [0-9a-f-]{36}\\)");
    }

    @Test
    void streams_a_documents_answer_without_its_markup_and_numbers_its_sources() {
        CliRun.Result run = cli.execute("ask", "Why were the earbuds recalled?");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("""
                Nimbus X2 earbuds were recalled
                • by the maker [1].

                Sources:
                [1] Nimbus X2 recall notice (analytics/recall-2025-06)
                [2] Returns policy (analytics/returns-policy)
                """);
    }

    @Test
    void prints_why_a_figure_changed_as_numbers_then_reasons_then_the_sources_they_cite() {
        CliRun.Result run = cli.execute("ask", "Why did late deliveries go up in 2025?");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("FedEx leads with 412.\n\nWhy: Nimbus X2 earbuds were recalled")
                .contains("FedEx            412")
                .contains("""

                        Sources:
                        [1] Nimbus X2 recall notice (analytics/recall-2025-06)
                        [2] Returns policy (analytics/returns-policy)
                        """);
        assertThat(run.out().indexOf("FedEx            412")).isLessThan(run.out().indexOf("Sources:"));
    }

    @Test
    void a_question_outside_the_data_gets_the_honest_reply_and_what_to_ask_instead() throws Exception {
        CliRun.Result run = cli.execute("ask", "What is the weather in Paris?");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                I can only answer questions about orders and the shop's documents.

                Ask one of these instead:
                  1. Late deliveries by carrier
                  2. Revenue by month
                """);
        JsonNode json = JSON.readTree(cli.execute("ask", "--format", "json", "What is the weather in Paris?").out());
        assertThat(json.get("mode").asText()).isEqualTo("clarify");
        assertThat(json.get("reason").asText()).isEqualTo("out_of_scope");
    }

    @Test
    void shows_the_sql_when_asked() {
        CliRun.Result run = cli.execute("ask", "--show-sql", "Late deliveries by carrier");

        assertThat(run.out()).contains("""
                FedEx leads with 412.

                    SELECT carrier, count(*) FILTER (WHERE is_late) AS late_orders, 100.0 * avg(CASE WHEN is_late THEN 1.0 \
                ELSE 0.0 END) AS late_delivery_rate FROM orders GROUP BY 1 ORDER BY 2 DESC""");
    }

    @Test
    void writes_a_sql_answer_in_the_http_api_json_shape() throws Exception {
        CliRun.Result run = cli.execute("ask", "--format", "json", "Late deliveries by carrier");

        JsonNode json = JSON.readTree(run.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("messageId", "mode", "answer", "sql",
                "formattedSql", "columns", "rows", "totalRows", "heldRows", "page", "display", "chart", "resultId",
                "sources", "verified", "error", "followUps", "route", "timings");
        assertThat(json.get("mode").asText()).isEqualTo("sql");
        assertThat(json.get("answer").asText()).as("markdown stays markdown in JSON").isEqualTo("**FedEx** leads with 412.");
        assertThat(json.get("columns").get(0).toString()).isEqualTo(
                "{\"name\":\"carrier\",\"type\":\"string\",\"label\":\"carrier\",\"format\":null,\"unit\":null}");
        assertThat(json.get("columns").get(2).toString()).isEqualTo("{\"name\":\"late_delivery_rate\",\"type\":\"double\","
                + "\"label\":\"late delivery rate\",\"format\":\"percent\",\"unit\":\"%\"}");
        assertThat(json.get("rows").get(0).toString()).isEqualTo("[\"FedEx\",412,18.3456]");
        assertThat(json.get("display").toString()).isEqualTo("{\"currency\":\"USD\",\"locale\":\"en-US\"}");
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
        assertThat(json.get("answer").asText()).isEqualTo("**Nimbus X2** earbuds were *recalled*\n- by the maker [1].");
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
    void heads_csv_columns_with_their_labels_and_keeps_the_values_exact() {
        CliRun.Result run = cli.execute("ask", "--format", "csv", "Late deliveries by carrier");

        assertThat(run.out()).startsWith("carrier,late orders,late delivery rate\r\nFedEx,412,18.3456\r\n");
    }

    @Test
    void writes_a_markdown_table() {
        CliRun.Result run = cli.execute("ask", "--format", "markdown", "Revenue by month?");

        assertThat(run.out()).contains("""
                | month | revenue |
                | --- | ---: |
                | 2025-11-01 | $1,234,567.50 |
                | 2025-12-01 | $2,345,678.25 |""");
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
