package dev.orderlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.ClarifyingAnswer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.domain.route.Clarification;
import dev.orderlens.core.domain.telemetry.Stage;
import dev.orderlens.core.pipeline.AskCommand;
import dev.orderlens.testsupport.SharedTestHome;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Vague, out-of-scope and partly unreadable questions on the sample data, through the whole pipeline. */
class AskingBackEndToEndTest {

    static OrderLens orderLens;

    @BeforeAll
    static void start() {
        orderLens = OrderLensWiring.start(Map.of("ORDERLENS_HOME", SharedTestHome.path().toString()),
                StartupListener.SILENT);
    }

    @AfterAll
    static void stop() {
        orderLens.close();
    }

    private static Answer ask(String question, String sessionId) {
        return orderLens.assistant().ask(new AskCommand(question, sessionId));
    }

    @Test
    void the_weather_is_out_of_scope_even_after_a_question_with_filters_and_runs_no_query() {
        String session = SessionId.random().value();
        assertThat(ask("How many FedEx orders were late in September 2025?", session)).isInstanceOf(SqlAnswer.class);

        Answer answer = ask("What is the weather in Paris today?", session);

        assertThat(answer).isInstanceOfSatisfying(ClarifyingAnswer.class, clarifying -> {
            assertThat(clarifying.clarification().reason()).isEqualTo(Clarification.Reason.OUT_OF_SCOPE);
            assertThat(clarifying.text()).contains("Paris").doesNotContain("Orders: 0");
            assertThat(clarifying.timings().get(Stage.SQL_EXECUTE)).isEmpty();
            assertThat(clarifying.timings().get(Stage.RETRIEVAL)).isEmpty();
        });
    }

    @Test
    void how_are_we_doing_is_asked_back_with_choices_that_each_answer_with_rows() {
        Answer answer = ask("How are we doing?", SessionId.random().value());

        assertThat(answer).isInstanceOf(ClarifyingAnswer.class);
        Clarification back = ((ClarifyingAnswer) answer).clarification();
        assertThat(back.reason()).isEqualTo(Clarification.Reason.AMBIGUOUS);
        assertThat(answer.followUps()).isEqualTo(back.choices());
        assertThat(back.choices()).hasSizeBetween(3, 4).allSatisfy(choice -> {
            Answer chosen = ask(choice, SessionId.random().value());
            assertThat(chosen).as(choice).isInstanceOfSatisfying(SqlAnswer.class,
                    sql -> assertThat(sql.result().rows()).as(choice).isNotEmpty());
        });
    }

    @Test
    void a_phrase_the_data_cannot_use_is_named_in_the_answer() {
        Answer answer = ask("How many orders came from tiktok in 2025?", SessionId.random().value());

        assertThat(answer).isInstanceOfSatisfying(SqlAnswer.class, sql -> {
            assertThat(sql.result().rows()).isNotEmpty();
            assertThat(sql.text()).contains("'tiktok'");
        });
    }
}
