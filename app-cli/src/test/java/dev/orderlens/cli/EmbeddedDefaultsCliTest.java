package dev.orderlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.bootstrap.OrderLens;
import dev.orderlens.bootstrap.OrderLensWiring;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.orderlens.testsupport.SqlCorpus;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** The commands on the real embedded defaults (a small generated sample, DuckDB, Lucene, local answering). */
class EmbeddedDefaultsCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path home;

    private static OrderLens shared;

    @AfterAll
    static void close() {
        if (shared != null) {
            shared.close();
        }
    }

    @Test
    void asks_by_sql_and_from_documents() throws Exception {
        JsonNode sql = JSON.readTree(run("ask", "--format", "json", "How many orders did we get in 2025?").out());
        CliRun.Result rag = run("ask", "Has any product been recalled?");

        assertThat(sql.get("mode").asText()).isEqualTo("sql");
        assertThat(sql.get("rows").get(0).get(0).asLong()).isPositive();
        assertThat(rag.exitCode()).isZero();
        assertThat(rag.out().toLowerCase()).contains("recall").contains("sources:\n[1] ");
    }

    @Test
    void runs_read_only_sql_and_checks_the_backends() {
        CliRun.Result sql = run("sql", "SELECT count(*) AS n FROM orders");
        CliRun.Result doctor = run("doctor");

        assertThat(sql.out()).isEqualTo("   n\n----\n2000\n(1 row)\n");
        assertThat(doctor.exitCode()).isZero();
        assertThat(doctor.out()).contains("DuckDB").contains("Lucene").doesNotContain("unreachable");
    }

    @Test
    void runs_queries_that_name_the_schema_or_begin_with_a_comment() {
        CliRun.Result schema = run("sql", "SELECT count(*) AS n FROM main.orders");
        CliRun.Result comment = run("sql", "-- orders in all\nSELECT count(*) AS n FROM orders");

        assertThat(schema.out()).isEqualTo("   n\n----\n2000\n(1 row)\n");
        assertThat(comment.out()).isEqualTo("   n\n----\n2000\n(1 row)\n");
    }

    static Stream<SqlCorpus.Entry> hostileStatements() {
        return Stream.of("/sql/hostile.sql", "/sql/hostile-heldout.sql").flatMap(c -> SqlCorpus.load(c).stream());
    }

    static Stream<SqlCorpus.Entry> legitimateQueries() {
        return Stream.of("/sql/legit.sql", "/sql/legit-heldout.sql").flatMap(c -> SqlCorpus.load(c).stream())
                .filter(e -> !e.databricksOnly());
    }

    /** A statement meant to exhaust a resource may also run and stop inside the limits; the next query still runs. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileStatements")
    void refuses_every_hostile_statement_of_the_corpora(SqlCorpus.Entry entry) {
        CliRun.Result result = run("sql", entry.sql());

        if (entry.resource()) {
            assertThat(run("sql", "SELECT count(*) AS n FROM orders").exitCode()).isZero();
        } else {
            assertThat(result.exitCode()).isNotZero();
            assertThat(result.err()).startsWith("orderlens sql: refused: ");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legitimateQueries")
    void runs_every_legitimate_query_of_the_corpora(SqlCorpus.Entry entry) {
        CliRun.Result result = run("sql", entry.sql());

        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    @Test
    void evaluates_the_sample_question_set() throws Exception {
        Path questions = home.resolve("questions.jsonl");
        try (var in = getClass().getResourceAsStream("questions.jsonl")) {
            Files.copy(in, questions);
        }

        CliRun.Result run = run("eval", "--format", "json", questions.toString());

        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("questions").asInt()).isEqualTo(27);
        assertThat(report.get("route").get("total").asInt()).isEqualTo(27);
        assertThat(report.get("latency").findValuesAsText("stage")).contains("classify", "total");
    }

    @Test
    void loads_a_users_orders_exported_as_csv_and_names_a_bad_row(@TempDir Path otherHome) throws Exception {
        Path export = otherHome.resolve("export.csv");
        Files.writeString(export, run("sql", "--format", "csv", "SELECT * FROM orders ORDER BY order_id LIMIT 50")
                .out(), StandardCharsets.UTF_8);
        Path broken = otherHome.resolve("broken.csv");
        Files.writeString(broken, Files.readString(export).replaceFirst("\r\nORD-000002,[^,]*,", "\r\nORD-000002,yesterday,"));
        Map<String, String> settings = Map.of("ORDERLENS_HOME", otherHome.toString());

        CliRun.Result bad = inProcess(settings, "data", "load", "--csv", broken.toString());
        CliRun.Result loaded = inProcess(settings, "data", "load", "--csv", export.toString());
        CliRun.Result info = inProcess(settings, "data", "info");

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("orderlens data load: ").contains("yesterday").hasLineCount(1);
        assertThat(loaded.exitCode()).isZero();
        assertThat(loaded.out()).startsWith("Loaded 50 orders from " + export);
        assertThat(info.out()).contains("(loaded with data load)").contains("rows:   50 in orders")
                .contains("search: orders indexed by the text of support_note");
    }

    @Test
    void ingests_a_file_of_events_and_the_next_query_sees_them(@TempDir Path otherHome) throws Exception {
        String created = "{\"version\":\"0\",\"id\":\"cli-1\",\"detail-type\":\"Order Created\",\"source\":\"shop\","
                + "\"time\":\"2026-01-05T10:00:00Z\",\"detail\":{\"orderId\":\"ORD-990001\",\"customerId\":\"CUST-9\","
                + "\"customerSegment\":\"consumer\",\"channel\":\"web\",\"shipCity\":\"Austin\",\"shipState\":\"TX\","
                + "\"shipRegion\":\"Southwest\",\"category\":\"Toys\",\"productName\":\"Yo-yo\",\"sku\":\"SKU-YO\","
                + "\"quantity\":3,\"unitPrice\":4.5,\"paymentMethod\":\"apple_pay\",\"promisedDate\":\"2026-01-09\"}}";
        String paid = "{\"id\":\"cli-2\",\"detail-type\":\"Order Paid\",\"source\":\"shop\","
                + "\"time\":\"2026-01-05T10:05:00Z\",\"detail\":{\"orderId\":\"ORD-990001\"}}";
        String invalid = "{\"id\":\"cli-3\",\"detail-type\":\"Order Shipped\",\"source\":\"shop\","
                + "\"time\":\"2026-01-05T11:00:00Z\",\"detail\":{\"orderId\":\"ORD-990001\"}}";
        Path events = otherHome.resolve("events.jsonl");
        Files.writeString(events, created + "\n" + paid + "\n" + invalid + "\n");
        Path resend = otherHome.resolve("resend.json");
        Files.writeString(resend, "[" + created + "," + paid + "]");
        Map<String, String> settings = Map.of("ORDERLENS_HOME", otherHome.toString(), "ORDERLENS_SAMPLE_ORDERS", "1000");

        CliRun.Result first = inProcess(settings, "ingest", events.toString());
        CliRun.Result again = inProcess(settings, "ingest", resend.toString());
        CliRun.Result status = inProcess(settings, "sql", "SELECT status, order_total FROM orders WHERE order_id = 'ORD-990001'");

        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.out()).startsWith("3 events: 2 accepted, 0 duplicates, 1 rejected")
                .contains("rejected event 3 (cli-3): detail.carrier: is required for Order Shipped")
                .contains("Applied to the embedded DuckDB table orders");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).startsWith("2 events: 0 accepted, 2 duplicates, 0 rejected");
        assertThat(status.out()).contains("processing").contains("13.50");
    }

    private static CliRun.Result run(String... args) {
        return inProcess(Map.of("ORDERLENS_HOME", home.toString(), "ORDERLENS_SAMPLE_ORDERS", "2000"), args);
    }

    private static CliRun.Result inProcess(Map<String, String> settings, String... args) {
        CliContext context = new CliContext(settings, (merged, listener) -> {
            if (merged.get("ORDERLENS_HOME").equals(home.toString())) {
                synchronized (EmbeddedDefaultsCliTest.class) {
                    if (shared == null) {
                        shared = OrderLensWiring.start(merged, listener);
                    }
                    return BorrowedOrderLens.of(shared);
                }
            }
            return OrderLensWiring.start(merged, listener);
        }, false, new StringReader(""));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = OrderLensCommand.commandLine(context);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new CliRun.Result(commandLine.execute(args), out.toString(), err.toString());
    }
}
