package dev.orderlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that only read, run on a home while {@code orderlens web} runs on it in another JVM, which owns the
 * home's search indexes and holds their write locks as it does for a user.
 */
class BesideTheWebAppCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path home;

    private static WebAppProcess web;

    @BeforeAll
    static void startTheWebAppOnTheHome() throws Exception {
        web = WebAppProcess.startOn(home, Map.of("ORDERLENS_SAMPLE_ORDERS", "2000"));
    }

    @AfterAll
    static void stopTheWebApp() throws InterruptedException {
        if (web != null) {
            web.close();
        }
    }

    @Test
    void runs_sql_beside_the_web_app() {
        CliRun.Result sql = run("sql", "SELECT count(*) AS n FROM orders");

        assertThat(sql.exitCode()).as(sql.err()).isZero();
        assertThat(sql.out()).isEqualTo("   n\n----\n2000\n(1 row)\n");
    }

    @Test
    void asks_by_sql_and_from_documents_beside_the_web_app() throws Exception {
        CliRun.Result sql = run("ask", "--format", "json", "How many orders did we get in 2025?");
        CliRun.Result rag = run("ask", "Has any product been recalled?");

        assertThat(sql.exitCode()).as(sql.err()).isZero();
        JsonNode answer = JSON.readTree(sql.out());
        assertThat(answer.get("mode").asText()).isEqualTo("sql");
        assertThat(answer.get("rows").get(0).get(0).asLong()).isPositive();
        assertThat(rag.exitCode()).as(rag.err()).isZero();
        assertThat(rag.out().toLowerCase()).contains("recall").contains("sources:\n[1] ");
    }

    @Test
    void doctor_names_the_indexes_it_shares_read_only() {
        CliRun.Result doctor = run("doctor");

        assertThat(doctor.exitCode()).as(doctor.err()).isZero();
        assertThat(doctor.out()).doesNotContain("unreachable");
        assertThat(doctor.out().lines().filter(line -> line.startsWith("vector index ")))
                .hasSize(2).allSatisfy(line -> assertThat(line).contains("shared read-only"));
    }

    @Test
    void tells_about_the_data_beside_the_web_app() {
        CliRun.Result info = run("data", "info");

        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("rows:   2000 in orders");
    }

    /**
     * It asks for the default sample size, as a person typing a command would: the web app's smaller sample must
     * stay as it is.
     */
    private static CliRun.Result run(String... args) {
        return CliRun.onHome(home, args);
    }
}
