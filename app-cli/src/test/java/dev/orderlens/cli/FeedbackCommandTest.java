package dev.orderlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.feedback.Rating;
import dev.orderlens.core.domain.route.Route;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedbackCommandTest {

    private static final Instant AT = Instant.parse("2025-12-01T09:30:00Z");

    private final CliRun cli = new CliRun(new FakeOrderLens(true));

    @TempDir
    Path dir;

    @BeforeEach
    void rateSomeAnswers() {
        cli.fake.feedback.record(new Feedback("msg-1", "session-1", Rating.LIKE, null, "Late orders by carrier",
                "FedEx leads with 412.", Route.SQL, AT));
        cli.fake.feedback.record(new Feedback("msg-2", "session-1", Rating.DISLIKE, "Misses the recall date",
                "Why were the Nimbus X2 earbuds returned so often in June?",
                "Nimbus X2 earbuds were recalled [1] because batteries overheated\nafter a firmware update.",
                Route.RAG, AT.plusSeconds(3600)));
        cli.fake.feedback.record(new Feedback("msg-3", "session-2", Rating.LIKE, "=SUM(A1:A9)", "Revenue by month?",
                "Revenue rose.", null, AT.plusSeconds(86_400)));
    }

    @Test
    void lists_the_newest_rated_answers_as_a_table_with_the_start_of_each_text() {
        CliRun.Result run = cli.execute("feedback", "list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                at (UTC)          rating   route  question                                  answer                                              comment
                ----------------  -------  -----  ----------------------------------------  --------------------------------------------------  ----------------------
                2025-12-02 09:30  like            Revenue by month?                         Revenue rose.                                       =SUM(A1:A9)
                2025-12-01 10:30  dislike  rag    Why were the Nimbus X2 earbuds returned…  Nimbus X2 earbuds were recalled [1] because batte…  Misses the recall date
                2025-12-01 09:30  like     sql    Late orders by carrier                    FedEx leads with 412.
                (3 rated answers)
                """);
    }

    @Test
    void filters_by_rating_and_time_and_limits_the_count() {
        assertThat(cli.execute("feedback", "list", "--rating", "dislike").out()).contains("Misses the recall date")
                .doesNotContain("Revenue rose").endsWith("(1 rated answer)\n");
        assertThat(cli.execute("feedback", "list", "--rating", "LIKE", "--limit", "1").out())
                .contains("Revenue rose").doesNotContain("FedEx");
        assertThat(cli.execute("feedback", "list", "--since", "2025-12-02").out()).endsWith("(1 rated answer)\n");
        assertThat(cli.execute("feedback", "list", "--since", "2025-12-01T10:00:00Z", "--rating", "like").out())
                .contains("Revenue rose").endsWith("(1 rated answer)\n");
        assertThat(cli.execute("feedback", "list", "--since", "2026-01-01").out()).isEqualTo("No feedback matches.\n");
    }

    @Test
    void writes_json_and_csv_with_the_full_texts() throws Exception {
        JsonNode json = new ObjectMapper().readTree(cli.execute("feedback", "list", "--format", "json").out());
        String csv = cli.execute("feedback", "list", "--format", "csv", "--rating", "dislike").out();

        assertThat(json.get("count").asInt()).isEqualTo(3);
        JsonNode disliked = json.get("feedback").get(1);
        assertThat(disliked.get("messageId").asText()).isEqualTo("msg-2");
        assertThat(disliked.get("route").asText()).isEqualTo("rag");
        assertThat(disliked.get("answer").asText()).endsWith("after a firmware update.");
        assertThat(disliked.get("at").asText()).isEqualTo("2025-12-01T10:30:00Z");
        assertThat(csv).isEqualTo("at,rating,route,question,answer,comment,session_id,message_id\r\n"
                + "2025-12-01T10:30:00Z,dislike,rag,Why were the Nimbus X2 earbuds returned so often in June?,"
                + "\"Nimbus X2 earbuds were recalled [1] because batteries overheated\nafter a firmware update.\","
                + "Misses the recall date,session-1,msg-2\r\n");
    }

    @Test
    void exports_every_rated_answer_to_a_file_with_formulas_neutralised() throws Exception {
        Path file = dir.resolve("feedback.csv");

        CliRun.Result run = cli.execute("feedback", "export", "--out", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Wrote 3 rated answers to " + file + "\n");
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("at,rating,route,question,answer,comment,session_id,message_id\r\n"
                + "2025-12-02T09:30:00Z,like,,Revenue by month?,Revenue rose.,'=SUM(A1:A9),session-2,msg-3\r\n");
        assertThat(csv.split("\r\n")).hasSize(4);
    }

    @Test
    void exports_to_standard_output_without_a_file() {
        CliRun.Result run = cli.execute("feedback", "export", "--rating", "like");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().split("\r\n")).hasSize(3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "list --rating meh    | orderlens feedback list: --rating must be like, dislike or all (was 'meh') (see orderlens feedback list --help)",
        "list --limit 0       | orderlens feedback list: --limit must be at least 1 (was 0) (see orderlens feedback list --help)",
        "list --limit many    | orderlens feedback list: Invalid value for option '--limit': 'many' is not an int (see orderlens feedback list --help)",
        "export --since soon  | orderlens feedback export: Invalid value for option '--since': must be a date (2025-12-01) or a UTC time (2025-12-01T09:30:00Z) (was 'soon') (see orderlens feedback export --help)",
        "list --format markdown | orderlens feedback list: --format markdown is not supported here; use text, json, csv (see orderlens feedback list --help)",
        "''                   | orderlens feedback: a subcommand is required (list or export) (see orderlens feedback --help)"})
    void refuses_bad_input_with_one_readable_line(String arguments, String message) {
        String[] args = ("feedback " + arguments).strip().split("\\s+");

        CliRun.Result run = cli.execute(args);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(message + "\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_file_that_cannot_be_written_is_bad_usage_in_one_line() {
        Path file = dir.resolve("missing-folder").resolve("feedback.csv");

        CliRun.Result run = cli.execute("feedback", "export", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("orderlens feedback export: cannot write " + file).hasLineCount(1);
    }
}
