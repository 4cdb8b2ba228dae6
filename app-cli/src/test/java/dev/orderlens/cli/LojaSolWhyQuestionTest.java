package dev.orderlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walkthrough's shop (docs/examples/loja-sol) asked why its Bahia deliveries were late: the late rate of the
 * month beside the month before, then the strike the shop's own document reports, cited.
 */
class LojaSolWhyQuestionTest {

    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "loja-sol");

    @TempDir
    Path home;

    @Test
    void a_why_question_gets_the_late_rate_compared_and_the_strike_cited() throws Exception {
        assertThat(run("data", "load", "--csv", EXAMPLE.resolve("pedidos.csv").toString(), "--model",
                EXAMPLE.resolve("modelo.json").toString()).exitCode()).isZero();
        assertThat(run("data", "docs", EXAMPLE.resolve("documentos").toString()).exitCode()).isZero();

        CliRun.Result ask = run("ask", "--format", "json", "Why were deliveries to Bahia late in October 2025?");

        assertThat(ask.exitCode()).as(ask.err()).isZero();
        JsonNode answer = new ObjectMapper().readTree(ask.out());
        assertThat(answer.get("mode").asText()).isEqualTo("sql");
        assertThat(answer.get("sql").asText()).contains("estado = 'BA'").contains("atrasado");
        assertThat(answer.get("rows").toString()).contains("September 2025", "October 2025");
        assertThat(answer.get("answer").asText()).contains("October 2025", "Why:", "on strike. [1]");
        assertThat(answer.get("sources")).hasSize(1);
        assertThat(answer.get("sources").get(0).get("title").asText()).isEqualTo("Correios strike in Bahia, October 2025");
    }

    private CliRun.Result run(String... args) {
        return CliRun.onHome(home, args);
    }
}
