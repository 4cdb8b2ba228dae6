package dev.orderlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    private static final String QUESTIONS = """
            {"id":"late","route":"sql","question":"Late deliveries by carrier","gold":"SELECT carrier, count(*) FROM orders GROUP BY 1"}
            {"id":"fedex","route":"sql","turns":["Late deliveries by carrier","And for FedEx only?"],"gold":"SELECT carrier FROM orders WHERE carrier = 'FedEx'"}
            {"id":"recall","route":"rag","question":"Why were the earbuds recalled?","expect_any":["overheated"]}
            {"id":"policy","route":"rag","question":"What is the policy for defective items?","expect_any":["REFUNDED"]}
            """;

    @TempDir
    Path directory;

    private final CliRun cli = new CliRun(new FakeOrderLens(true));

    @Test
    void prints_the_scores_latency_per_stage_and_the_misses() throws IOException {
        CliRun.Result run = cli.execute("eval", questions(QUESTIONS).toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Evaluated 4 questions from ")
                .containsPattern("SCORE +RESULT +RIGHT +MINIMUM +STATUS\n")
                .containsPattern("route accuracy +100\\.0% +4/4 +- +ok")
                .containsPattern("SQL execution accuracy +100\\.0% +2/2")
                .containsPattern("RAG hit rate +100\\.0% +2/2")
                .containsPattern("STAGE +N +P50 MS +P90 MS +P99 MS +MAX MS")
                .containsPattern("\ntotal +5 +\\d+\\.\\d")
                .doesNotContain("Misses:");
    }

    @Test
    void exits_1_when_a_score_is_below_its_threshold() throws IOException {
        Path file = questions(QUESTIONS.replace("[\"REFUNDED\"]", "[\"hurricane\"]"));

        CliRun.Result run = cli.execute("eval", "--min-route", "0.97", "--min-sql", "0.9", "--min-rag", "0.95",
                file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("RAG hit rate +50\\.0% +1/2 +95\\.0% +BELOW")
                .contains("Misses:\n  policy  rag → rag  What is the policy for defective items?\n"
                        + "      NOT FOUND: none of [hurricane] in the answer or its sources");
        assertThat(run.err()).isEqualTo("orderlens eval: RAG hit rate 0.500 is below 0.950 (1 of 2)\n");
    }

    private static final String TRUST_QUESTIONS = """
            {"id":"late","route":"sql","question":"Late deliveries by carrier","gold":"SELECT carrier, count(*) FROM orders GROUP BY 1"}
            {"id":"fedex-revenue","route":"sql","question":"Revenue by month for FedEx","gold":"SELECT carrier FROM orders WHERE carrier = 'FedEx'"}
            {"id":"vague","route":"sql","question":"How are we doing this month?","gold":"SELECT carrier, count(*) FROM orders GROUP BY 1"}
            {"id":"weather","expect":"refuse","question":"What is the weather in Paris today?"}
            {"id":"doing","expect":"clarify","turns":["Late deliveries by carrier","How are we doing?"]}
            {"id":"black-friday","expect":"mention","phrase":"Black Friday","question":"Late deliveries by carrier in the week of Black Friday"}
            """;

    @Test
    void gives_each_miss_its_reason_counts_abstentions_apart_and_fails_on_a_silent_wrong_answer() throws IOException {
        CliRun.Result run = cli.execute("eval", questions(TRUST_QUESTIONS).toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern("SQL execution accuracy +50\\.0% +1/2")
                .containsPattern("refused or asked back +66\\.7% +2/3")
                .contains("Accuracy is over the in-domain questions answered: 2 of 3; abstained 1 (33.3%), wrong 1, "
                        + "errors 0\n")
                .contains("silent wrong answers: 1 (at most 0)\n")
                .contains("unsupported numbers: 0\n")
                .contains("misses by reason: missing filter 1, dropped phrase 1\n")
                .contains("Misses:\n  fedex-revenue  sql → sql  Revenue by month for FedEx\n"
                        + "      MISSING FILTER: the answer does not filter on carrier as the gold query does; gold row 1")
                .contains("  black-friday  mention → sql  Late deliveries by carrier in the week of Black Friday\n"
                        + "      DROPPED PHRASE (silent wrong answer): 'Black Friday' is not in the answer: "
                        + "**FedEx** leads with 412.\n")
                .doesNotContain("  vague  ").doesNotContain("  weather  ").doesNotContain("  doing  ");
        assertThat(run.err()).isEqualTo("orderlens eval: silent wrong answers 1 is above 0\n");
    }

    @Test
    void prints_no_question_or_answer_with_scores_only() throws IOException {
        Path file = questions(TRUST_QUESTIONS);

        CliRun.Result text = cli.execute("eval", "--scores-only", file.toString());
        CliRun.Result json = cli.execute("eval", "--scores-only", "--format", "json", file.toString());

        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).containsPattern("SQL execution accuracy +50\\.0% +1/2")
                .contains("silent wrong answers: 1 (at most 0)\n")
                .contains("misses by reason: missing filter 1, dropped phrase 1\n")
                .doesNotContain("Misses:").doesNotContain("FedEx").doesNotContain("Black Friday");
        assertThat(json.out()).contains("\"silentWrong\"").doesNotContain("\"outcomes\"")
                .doesNotContain("FedEx").doesNotContain("Black Friday");
    }

    @Test
    void lets_a_limit_allow_silent_wrong_answers_and_gates_on_unsupported_numbers() throws IOException {
        Path file = questions(TRUST_QUESTIONS);

        assertThat(cli.execute("eval", "--max-silent-wrong", "1", "--max-unsupported", "0", file.toString())
                .exitCode()).isZero();
        assertThat(cli.execute("eval", "--max-unsupported", "-1", file.toString()).err())
                .contains("--max-silent-wrong and --max-unsupported are counts (0 or more)");
    }

    @Test
    void writes_the_reasons_abstentions_and_silent_wrong_answers_as_json() throws IOException {
        CliRun.Result run = cli.execute("eval", "--format", "json", questions(TRUST_QUESTIONS).toString());

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("passed").asBoolean()).isFalse();
        assertThat(json.get("abstentions").asInt()).isEqualTo(1);
        assertThat(json.get("silentWrong").toString()).isEqualTo("{\"count\":1,\"maximum\":0,\"passed\":false}");
        assertThat(json.get("unsupportedNumbers").toString())
                .isEqualTo("{\"count\":0,\"maximum\":null,\"passed\":true}");
        assertThat(json.get("missReasons").toString()).isEqualTo("{\"MISSING_FILTER\":1,\"DROPPED_PHRASE\":1}");
        JsonNode vague = json.get("outcomes").get(2);
        assertThat(vague.get("status").asText()).isEqualTo("ABSTAINED");
        assertThat(vague.get("reason").isNull()).isTrue();
        JsonNode dropped = json.get("outcomes").get(5);
        assertThat(dropped.get("expect").asText()).isEqualTo("mention");
        assertThat(dropped.get("status").asText()).isEqualTo("SILENT_WRONG");
        assertThat(dropped.get("reason").asText()).isEqualTo("DROPPED_PHRASE");
    }

    @Test
    void writes_json_for_machines() throws IOException {
        CliRun.Result run = cli.execute("eval", "--format", "json", questions(QUESTIONS).toString());

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("passed").asBoolean()).isTrue();
        assertThat(json.get("route").toString()).isEqualTo(
                "{\"correct\":4,\"total\":4,\"rate\":1.0,\"minimum\":0.0,\"passed\":true}");
        assertThat(json.get("outcomes")).hasSize(4);
        assertThat(json.get("outcomes").get(1).get("question").asText()).isEqualTo("And for FedEx only?");
        assertThat(json.get("latency").get(0).get("stage").asText()).isEqualTo("context");
    }

    @Test
    void refuses_a_bad_file_before_starting_anything() throws IOException {
        Path file = questions("{\"id\":\"a\",\"route\":\"sql\",\"question\":\"q\"}\n");

        CliRun.Result run = cli.execute("eval", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("orderlens eval: " + file + " line 1: an sql question needs a gold query\n");
        assertThat(cli.startedWith).isEmpty();
    }

    @Test
    void refuses_thresholds_that_are_not_rates() throws IOException {
        CliRun.Result run = cli.execute("eval", "--min-sql", "90", questions(QUESTIONS).toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("orderlens eval: --min-route, --min-sql and --min-rag are rates between 0 and 1");
    }

    private Path questions(String lines) throws IOException {
        Path file = directory.resolve("questions.jsonl");
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
