package dev.orderlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.testsupport.ForeignShop;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person brings their own orders and documents, as docs/semantic-model.md walks them through: Loja Sol's export
 * (Portuguese column names, states as UF codes, money in reais; a seed the walkthrough does not use) with the
 * walkthrough's model file, loaded and indexed from the terminal, then asked by SQL and from the documents through
 * the web app and the terminal at the same time. Nothing of the sample may show: no sample column, order, carrier
 * or document.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OwnOrdersEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path MODEL = Path.of("..", "docs", "examples", "loja-sol", "modelo.json");
    private static final int ORDERS = 4_000;
    /** Words only the sample has: its columns, ids, carriers and documents. */
    private static final List<String> SAMPLE_WORDS = List.of("support_note", "order_ts", "ORD-", "CUST-", "FedEx",
            "UPS", "hurricane", "Delia", "Nimbus");

    @TempDir
    static Path home;
    @TempDir
    static Path export;

    private static WebAppProcess web;

    @BeforeAll
    static void loadTheShopAndStartTheWebApp() throws Exception {
        Path csv = ForeignShop.write(export, 7, ORDERS);

        CliRun.Result load = run("data", "load", "--csv", csv.toString(), "--model", MODEL.toString());
        assertThat(load.exitCode()).as(load.err()).isZero();
        CliRun.Result docs = run("data", "docs", export.resolve("documentos").toString());
        assertThat(docs.exitCode()).as(docs.err()).isZero();

        web = WebAppProcess.startOn(home, Map.of());
    }

    @AfterAll
    static void stopTheWebApp() throws InterruptedException {
        if (web != null) {
            web.close();
        }
    }

    @Test
    @Order(1)
    void the_home_holds_the_shop_s_orders_and_documents_and_no_sample() throws IOException {
        CliRun.Result info = run("data", "info");

        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains(ORDERS + " in pedidos");
        try (Stream<Path> files = Files.walk(home.resolve("data"))) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.contains("sample"));
        }
    }

    @Test
    void the_terminal_runs_sql_on_the_shop_s_table_beside_the_web_app() {
        CliRun.Result sql = run("sql", "SELECT count(*) AS pedidos FROM pedidos WHERE estado = 'BA'");

        assertThat(sql.exitCode()).as(sql.err()).isZero();
        assertThat(sql.out()).contains("(1 row)");
    }

    @Test
    void the_web_app_answers_a_figure_in_the_shop_s_words_and_currency() throws Exception {
        JsonNode answer = ask("What was the revenue by state in 2025?");

        assertThat(answer.get("mode").asText()).isEqualTo("sql");
        assertThat(answer.get("sql").asText()).contains("FROM pedidos").contains("estado");
        assertThat(answer.get("columns").get(1).get("label").asText()).isEqualTo("receita");
        assertThat(answer.get("display").get("currency").asText()).isEqualTo("BRL");
        assertThat(answer.get("rows").get(0).get(0).asText()).isEqualTo("SP");
        assertThat(answer.get("answer").asText()).contains("R$\u00a0").doesNotContain(" $");
        assertNoSampleWords(answer.toString());
    }

    @Test
    void the_terminal_ranks_carriers_for_a_state_named_in_words_while_the_web_app_runs() throws Exception {
        CliRun.Result ask = run("ask", "--format", "json",
                "Late delivery rate by carrier in Bahia in October 2025");

        assertThat(ask.exitCode()).as(ask.err()).isZero();
        JsonNode answer = JSON.readTree(ask.out());
        assertThat(answer.get("sql").asText()).contains("estado = 'BA'").contains("transportadora");
        assertThat(answer.get("rows").get(0).get(0).asText()).isEqualTo("Correios");
        assertNoSampleWords(ask.out());
    }

    @Test
    void questions_about_causes_are_answered_from_the_shop_s_own_documents_by_both() throws Exception {
        JsonNode web = ask("What happened with Correios deliveries in Bahia in October 2025?");
        CliRun.Result terminal = run("ask", "--format", "json", "Why are customers returning the Vento 3 fan?");

        assertThat(web.get("mode").asText()).isEqualTo("rag");
        assertThat(web.get("answer").asText().toLowerCase()).contains("strike");
        assertThat(web.get("sources").toString()).contains("Correios strike in Bahia");
        assertNoSampleWords(web.toString());
        assertThat(terminal.exitCode()).as(terminal.err()).isZero();
        JsonNode answer = JSON.readTree(terminal.out());
        assertThat(answer.get("mode").asText()).isEqualTo("rag");
        assertThat(answer.get("answer").asText().toLowerCase()).containsAnyOf("overheat", "capacitor", "burning");
        assertNoSampleWords(terminal.out());
    }

    private static void assertNoSampleWords(String text) {
        for (String word : SAMPLE_WORDS) {
            assertThat(text).as("the sample's '" + word + "'").doesNotContain(word);
        }
    }

    private static JsonNode ask(String question) throws Exception {
        String body = JSON.writeValueAsString(Map.of("question", question, "sessionId", UUID.randomUUID().toString()));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        web.uri("/api/chat"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .timeout(Duration.ofMinutes(1)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static CliRun.Result run(String... args) {
        return CliRun.onHome(home, args);
    }
}
