package dev.orderlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.pipeline.AskCommand;
import dev.orderlens.testsupport.SharedTestHome;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A conversation goes on where it stopped when OrderLens is started again on the same home, with no Redis. */
class FollowUpAfterRestartTest {

    private static final Map<String, String> SETTINGS = Map.of("ORDERLENS_HOME", SharedTestHome.path().toString());

    @Test
    void a_follow_up_after_a_restart_refines_the_question_asked_before_it() {
        String session = SessionId.random().value();
        try (OrderLens first = OrderLensWiring.start(SETTINGS, StartupListener.SILENT)) {
            first.assistant().ask(new AskCommand("How many orders did each carrier deliver in 2025?", session));
        }

        Answer followUp;
        try (OrderLens second = OrderLensWiring.start(SETTINGS, StartupListener.SILENT)) {
            followUp = second.assistant().ask(new AskCommand("What about in 2024?", session));
        }

        assertThat(followUp).isInstanceOf(SqlAnswer.class);
        String sql = ((SqlAnswer) followUp).sql();
        assertThat(sql).contains("carrier").contains("2024");
    }
}
