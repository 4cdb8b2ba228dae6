package dev.orderlens.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.domain.conversation.Turn;
import dev.orderlens.core.domain.telemetry.Stage;
import dev.orderlens.core.pipeline.AskCommand;
import dev.orderlens.mlflow.MlflowSettings;
import dev.orderlens.testsupport.RedisServerProcess;
import dev.orderlens.testsupport.SharedTestHome;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Redis killed and restarted in the middle of a conversation, and an MLflow server that never answers: the user
 * keeps getting answers, the conversation continues, and neither costs a request its backend's timeout.
 */
class RedisAndMlflowOutageEndToEndTest {

    @RegisterExtension
    static final RedisServerProcess REDIS = new RedisServerProcess();

    @RegisterExtension
    static final WireMockExtension MLFLOW = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    /** How long the conversation store leaves Redis alone after a failure (FailoverConversationStore's default). */
    private static final Duration REDIS_BACK_OFF = Duration.ofSeconds(5);

    private static Map<String, String> withRedis() {
        return Map.of("ORDERLENS_HOME", SharedTestHome.path().toString(), "REDIS_URL", REDIS.url());
    }

    private static SqlAnswer sql(Answer answer) {
        assertThat(answer).isInstanceOf(SqlAnswer.class);
        assertThat(((SqlAnswer) answer).error()).isNull();
        return (SqlAnswer) answer;
    }

    @Test
    void a_conversation_goes_on_while_redis_is_down_and_what_was_said_meanwhile_is_in_redis_after_its_restart()
            throws Exception {
        String session = SessionId.random().value();
        try (OrderLens orderLens = OrderLensWiring.start(withRedis(), StartupListener.SILENT)) {
            sql(orderLens.assistant().ask(new AskCommand("Revenue by month in 2025", session)));

            REDIS.stop();
            SqlAnswer duringOutage = sql(orderLens.assistant().ask(
                    new AskCommand("Late delivery rate by carrier in 2025", session)));
            SqlAnswer followUpDuringOutage = sql(orderLens.assistant().ask(new AskCommand("only in the West",
                    session)));
            REDIS.start();
            Thread.sleep(REDIS_BACK_OFF.plusMillis(200).toMillis());
            SqlAnswer afterRestart = sql(orderLens.assistant().ask(new AskCommand("and in the Midwest?", session)));

            assertThat(followUpDuringOutage.sql()).contains("West").contains("2025");
            assertThat(followUpDuringOutage.timings().get(Stage.CONTEXT).orElseThrow())
                    .as("Redis is not waited for while it is down").isLessThan(Duration.ofSeconds(1));
            assertThat(afterRestart.sql()).contains("Midwest").contains("2025");
            assertThat(duringOutage.text()).isNotBlank();
        }
        try (OrderLens another = OrderLensWiring.start(withRedis(), StartupListener.SILENT)) {
            assertThat(another.assistant().conversations().load(session).turns()).extracting(Turn::question)
                    .containsSubsequence("Late delivery rate by carrier in 2025", "only in the West",
                            "and in the Midwest?");
        }
    }

    @Test
    void an_mlflow_server_that_never_answers_costs_requests_nothing_and_closing_waits_a_bounded_time() {
        MLFLOW.stubFor(any(anyUrl()).willReturn(okJson("{}").withFixedDelay(30_000)));
        Duration mlflowTimeout = MlflowSettings.DEFAULT_REQUEST_TIMEOUT;
        OrderLens orderLens = OrderLensWiring.start(Map.of("ORDERLENS_HOME", SharedTestHome.path().toString(),
                "MLFLOW_TRACKING_URI", MLFLOW.baseUrl(), "MLFLOW_EXPERIMENT_ID", "7"), StartupListener.SILENT);
        long closing;
        try {
            sql(orderLens.assistant().ask(new AskCommand("Revenue by month in 2025", SessionId.random().value())));
            for (String question : new String[] {"Late delivery rate by carrier in 2025", "Orders by channel"}) {
                Answer answer = sql(orderLens.assistant().ask(new AskCommand(question, SessionId.random().value())));
                assertThat(answer.timings().get(Stage.TOTAL).orElseThrow()).isLessThan(mlflowTimeout.dividedBy(5));
            }
        } finally {
            closing = System.nanoTime();
            orderLens.close();
        }

        assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(mlflowTimeout);
    }
}
