package dev.orderlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderlens.core.domain.verified.VerifiedQuestion;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedCommandTest {

    private static final String LATE_SQL = "SELECT carrier, count(*) FILTER (WHERE is_late) AS late_orders, "
            + "100.0 * avg(CASE WHEN is_late THEN 1.0 ELSE 0.0 END) AS late_delivery_rate FROM orders GROUP BY 1 "
            + "ORDER BY 2 DESC LIMIT 10000";

    private final CliRun cli = new CliRun(new FakeOrderLens(true));

    @Test
    void add_asks_the_question_and_saves_the_query_that_answered_it() {
        CliRun.Result run = cli.execute("verified", "add", "Late deliveries by carrier", "--by", "Ana");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("FedEx").containsPattern(
                "Saved as verified by Ana \\(id [0-9a-f-]+\\): asking \"Late deliveries by carrier\" again runs "
                        + "this query\\.\n$");
        assertThat(cli.fake.verified.list()).singleElement().satisfies(saved -> {
            assertThat(saved.question()).isEqualTo("Late deliveries by carrier");
            assertThat(saved.sql()).isEqualTo(LATE_SQL);
            assertThat(saved.savedBy()).isEqualTo("Ana");
        });
    }

    @Test
    void add_saves_under_the_terminal_user_when_no_name_is_given() {
        cli.set("USER", "lea").execute("verified", "add", "Late deliveries by carrier");

        assertThat(cli.fake.verified.list()).singleElement()
                .satisfies(saved -> assertThat(saved.savedBy()).isEqualTo("lea"));
    }

    @Test
    void add_refuses_an_answer_from_the_documents_in_one_line_and_saves_nothing() {
        CliRun.Result run = cli.execute("verified", "add", "Why are the Nimbus earbuds returned?");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().filter(line -> line.startsWith("verified add:")).toList())
                .containsExactly("verified add: not saved: this answer was not computed by a query that ran");
        assertThat(cli.fake.verified.list()).isEmpty();
    }

    @Test
    void list_shows_the_saved_answers_newest_first_as_a_table_or_json() throws Exception {
        assertThat(cli.execute("verified", "list").out())
                .isEqualTo("No verified answers yet: orderlens verified add \"QUESTION\" saves one.\n");
        cli.fake.verified.save(new VerifiedQuestion("v-old", "Late deliveries by carrier", LATE_SQL, null, "Ana",
                Instant.parse("2026-12-01T09:30:00Z"), "msg-1"));
        cli.fake.verified.save(new VerifiedQuestion("v-new", "Revenue by month?", "SELECT 1", null, "lea",
                Instant.parse("2026-12-03T10:00:00Z"), null));

        CliRun.Result table = cli.execute("verified", "list");
        JsonNode json = new ObjectMapper().readTree(cli.execute("verified", "list", "--format", "json").out());

        assertThat(table.out()).isEqualTo("""
                id     saved (UTC)       by   question                    query
                -----  ----------------  ---  --------------------------  ------------------------------------------------------------
                v-new  2026-12-03 10:00  lea  Revenue by month?           SELECT 1
                v-old  2026-12-01 09:30  Ana  Late deliveries by carrier  SELECT carrier, count(*) FILTER (WHERE is_late) AS late_ord…
                (2 verified answers)
                """);
        assertThat(json.get("count").asInt()).isEqualTo(2);
        assertThat(json.get("verified").get(1).get("sql").asText()).isEqualTo(LATE_SQL);
        assertThat(json.get("verified").get(1).get("savedAt").asText()).isEqualTo("2026-12-01T09:30:00Z");
    }

    @Test
    void remove_forgets_a_saved_answer_and_an_unknown_id_exits_2_with_one_line() {
        cli.fake.verified.save(new VerifiedQuestion("v-1", "Late deliveries by carrier", LATE_SQL, null, "Ana",
                Instant.parse("2026-12-01T09:30:00Z"), null));

        CliRun.Result removed = cli.execute("verified", "remove", "v-1");
        CliRun.Result again = cli.execute("verified", "remove", "v-1");

        assertThat(removed.exitCode()).isZero();
        assertThat(removed.out()).isEqualTo("Removed verified answer v-1.\n");
        assertThat(cli.fake.verified.list()).isEmpty();
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("orderlens verified remove: there is no verified answer v-1 (orderlens "
                + "verified list shows them) (see orderlens verified remove --help)\n");
    }

    @Test
    void in_chat_verify_saves_the_last_answer_and_the_question_asked_again_is_marked() {
        CliRun.Result run = cli.set("USER", "lea").input("""
                /verify
                Late deliveries by carrier
                /verify
                late deliveries by carrier?
                Why are the Nimbus earbuds returned?
                /verify
                """).execute("chat");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("There is no answer to save yet.")
                .contains("Saved as verified by lea: asking \"Late deliveries by carrier\" again runs this query.")
                .contains("Verified answer (saved by lea on ")
                .contains("Only an answer computed by a query that ran, to a question that stands on its own (not a "
                        + "short follow-up), can be saved as verified.");
        assertThat(cli.fake.verified.list()).hasSize(1);
    }
}
