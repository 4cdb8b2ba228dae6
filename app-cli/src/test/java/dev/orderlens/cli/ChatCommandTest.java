package dev.orderlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.feedback.Rating;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChatCommandTest {

    private final FakeOrderLens fake = new FakeOrderLens(true);

    @Test
    void answers_piped_lines_in_one_conversation_and_picks_follow_ups_by_number() {
        CliRun.Result run = new CliRun(fake).input("Late deliveries by carrier\n1\n").execute("chat");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("FedEx leads with 412.\n\ncarrier  late orders  late delivery rate\n")
                .contains("  1. And for FedEx only?\n")
                .contains("> And for FedEx only?\nFedEx leads with 412.\n\ncarrier  late orders  late delivery rate\n"
                        + "-------  -----------  ------------------\nFedEx            412               18.3%\n\n");
    }

    @Test
    void forces_routes_for_one_question_or_until_auto() {
        CliRun.Result run = new CliRun(fake).input("""
                /rag Late deliveries by carrier
                Late deliveries by carrier
                /sql
                Why were the earbuds recalled?
                /auto
                Why were the earbuds recalled?
                """).execute("chat");

        assertThat(run.out().lines().filter(line -> line.startsWith("(")).toList()).satisfiesExactly(
                line -> assertThat(line).startsWith("(rag (forced)"),
                line -> assertThat(line).startsWith("(sql · confidence 0.90"),
                line -> assertThat(line).startsWith("(sql (forced)"),
                line -> assertThat(line).startsWith("(rag · confidence 0.90"));
        assertThat(run.out()).contains("Answering by SQL until /auto.").contains("The router decides again.");
    }

    @Test
    void records_feedback_on_the_last_answer() {
        CliRun.Result run = new CliRun(fake).input("""
                /feedback like
                Late deliveries by carrier
                /feedback dislike FedEx looks too high
                /feedback maybe
                """).execute("chat");

        assertThat(run.out()).contains("There is no answer to rate yet.").contains("Thanks, feedback recorded.")
                .contains("Usage: /feedback like|dislike [comment]");
        assertThat(fake.feedback.all()).singleElement().satisfies(feedback -> {
            assertThat(feedback.rating()).isEqualTo(Rating.DISLIKE);
            assertThat(feedback.comment()).isEqualTo("FedEx looks too high");
            assertThat(feedback.question()).isEqualTo("Late deliveries by carrier");
        });
    }

    @Test
    void starts_a_new_conversation_and_leaves_on_quit() {
        CliRun.Result run = new CliRun(fake).input("""
                Late deliveries by carrier
                /new
                1
                /help
                /bogus
                /quit
                Late deliveries by carrier
                """).execute("chat");

        assertThat(run.out()).contains("New conversation.\nThere is no follow-up to pick yet.\n")
                .contains(ChatSession.HELP).contains("Unknown command /bogus; /help lists them.");
        assertThat(run.out().lines().filter(line -> line.startsWith("(sql")).count())
                .as("the line after /quit is not asked").isEqualTo(1);
    }

    @Test
    void a_cancelled_answer_writes_nothing_more_and_the_session_goes_on() throws Exception {
        StringWriter out = new StringWriter();
        ChatSession session = session();

        LineOutput slowLine = new LineOutput(out);
        CompletableFuture<Boolean> slow = CompletableFuture.supplyAsync(() -> session.handle("A slow question",
                slowLine));
        awaitGenerating();
        slowLine.cancel();
        fake.slowAnswerRelease.countDown();
        slow.get(5, TimeUnit.SECONDS);

        assertThat(out.toString()).isEmpty();
        session.handle("1", new LineOutput(out));
        assertThat(out.toString()).as("a cancelled answer offers no follow-ups")
                .isEqualTo("There is no follow-up to pick yet.\n");
        session.handle("Late deliveries by carrier", new LineOutput(out));
        assertThat(out.toString()).contains("FedEx leads with 412.");
        session.handle("/feedback like", new LineOutput(out));
        assertThat(fake.feedback.all()).extracting(Feedback::at).containsExactly(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void a_line_cancelled_before_its_answer_starts_writes_nothing() {
        StringWriter out = new StringWriter();
        ChatSession session = session();

        LineOutput cancelled = new LineOutput(out);
        cancelled.cancel();
        session.handle("Late deliveries by carrier", cancelled);

        assertThat(out.toString()).isEmpty();
        session.handle("1", new LineOutput(out));
        assertThat(out.toString()).isEqualTo("There is no follow-up to pick yet.\n");
    }

    private ChatSession session() {
        return new ChatSession(fake.build(Map.of("ORDERLENS_HOME", "target/cli-home")).assistant(), false, false,
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), "terminal");
    }

    private void awaitGenerating() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!fake.slowAnswerWaiting() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(fake.slowAnswerWaiting()).isTrue();
    }
}
