package dev.orderlens.mlflow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.orderlens.core.port.Telemetry;
import dev.orderlens.core.resilience.RetryPolicy;
import dev.orderlens.testsupport.TelemetryContract;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** MLflow telemetry against a tracking server shaped as the MLflow REST API answers. */
class MlflowTelemetryContractTest extends TelemetryContract {

    @RegisterExtension
    static final WireMockExtension MLFLOW = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final String API = "/api/2.0/mlflow/";

    private MlflowTelemetry telemetry;

    @AfterEach
    void close() {
        if (telemetry != null) {
            telemetry.close();
        }
    }

    @Override
    protected Telemetry newTelemetry() {
        MLFLOW.stubFor(post(urlEqualTo(API + "runs/create")).willReturn(okJson(
                "{\"run\":{\"info\":{\"run_id\":\"run-1\",\"run_uuid\":\"run-1\",\"experiment_id\":\"123\","
                        + "\"status\":\"RUNNING\",\"start_time\":\"1759305600000\",\"lifecycle_stage\":\"active\"},"
                        + "\"data\":{},\"inputs\":{}}}")));
        MLFLOW.stubFor(post(urlEqualTo(API + "runs/log-batch")).willReturn(okJson("{}")));
        // Feedback for a message whose run is not known yet is looked up, then gets a run of its own.
        MLFLOW.stubFor(post(urlEqualTo(API + "runs/search")).willReturn(okJson("{\"runs\":[]}")));
        MLFLOW.stubFor(post(urlEqualTo(API + "runs/update")).willReturn(okJson(
                "{\"run_info\":{\"run_id\":\"run-1\",\"status\":\"FINISHED\"}}")));
        return open();
    }

    @Override
    protected Telemetry telemetryWithFailingBackend() {
        MLFLOW.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(503).withBody(
                "{\"error_code\":\"TEMPORARILY_UNAVAILABLE\",\"message\":\"try later\"}")));
        return open();
    }

    /** Events go to MLflow in the background; closing waits until every queued one has been sent. */
    @Override
    protected long recordedEvents() {
        telemetry.close();
        return telemetry.sentCount();
    }

    private MlflowTelemetry open() {
        telemetry = MlflowTelemetry.builder()
                .settings(new MlflowSettings(URI.create(MLFLOW.baseUrl()), "123", null, "tok-secret",
                        Duration.ofSeconds(10)))
                .queueCapacity(1_000)
                .retryPolicy(RetryPolicy.builder().maxRetries(1)
                        .backoff(Duration.ofMillis(5), Duration.ofMillis(5)).build())
                .closeWait(Duration.ofSeconds(30)).build();
        return telemetry;
    }
}
