package dev.orderlens.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.pipeline.AskCommand;
import dev.orderlens.testsupport.RedisServerProcess;
import dev.orderlens.testsupport.SharedTestHome;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With REDIS_URL and MLFLOW_TRACKING_URI set, a conversation continues on another OrderLens sharing the Redis
 * (a restart, or a second web process), and every request is logged as an MLflow run.
 */
class RedisAndMlflowEndToEndTest {

    @RegisterExtension
    static final RedisServerProcess REDIS = new RedisServerProcess();

    @RegisterExtension
    static final WireMockExtension MLFLOW = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final String API = "/api/2.0/mlflow/";

    private Map<String, String> settings() {
        return Map.of("ORDERLENS_HOME", SharedTestHome.path().toString(),
                "REDIS_URL", REDIS.url(),
                "MLFLOW_TRACKING_URI", MLFLOW.baseUrl(),
                "MLFLOW_EXPERIMENT_NAME", "orderlens-e2e");
    }

    @Test
    void a_follow_up_continues_on_another_instance_and_every_request_is_an_mlflow_run() {
        MLFLOW.stubFor(get(urlPathEqualTo(API + "experiments/get-by-name"))
                .willReturn(okJson("{\"experiment\":{\"experiment_id\":\"7\",\"name\":\"orderlens-e2e\"}}")));
        MLFLOW.stubFor(post(urlEqualTo(API + "runs/create"))
                .willReturn(okJson("{\"run\":{\"info\":{\"run_id\":\"run-1\",\"experiment_id\":\"7\"}}}")));
        MLFLOW.stubFor(post(urlEqualTo(API + "runs/log-batch")).willReturn(okJson("{}")));
        MLFLOW.stubFor(post(urlEqualTo(API + "runs/update")).willReturn(okJson("{\"run_info\":{}}")));
        String session = SessionId.random().value();

        Answer first;
        try (OrderLens one = OrderLensWiring.start(settings(), StartupListener.SILENT)) {
            assertThat(one.backends()).filteredOn(status -> status.port().equals("conversation store"))
                    .singleElement().satisfies(status -> assertThat(status.implementation()).startsWith("Redis"));
            first = one.assistant().ask(new AskCommand("Late delivery rate by carrier in 2025", session));
        }
        Answer followUp;
        try (OrderLens two = OrderLensWiring.start(settings(), StartupListener.SILENT)) {
            followUp = two.assistant().ask(new AskCommand("only in the West", session));
        }

        assertThat(first).isInstanceOf(SqlAnswer.class);
        assertThat(followUp).isInstanceOf(SqlAnswer.class);
        assertThat(((SqlAnswer) followUp).sql()).contains("West").contains("2025");
        // Closing an OrderLens drains the telemetry queue, so both runs have been sent by now.
        MLFLOW.verify(postRequestedFor(urlEqualTo(API + "runs/create"))
                .withRequestBody(containing("request-" + first.messageId())));
        MLFLOW.verify(postRequestedFor(urlEqualTo(API + "runs/create"))
                .withRequestBody(containing("request-" + followUp.messageId())));
    }
}
