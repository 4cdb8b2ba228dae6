package dev.orderlens.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.orderlens.bootstrap.DatabricksWorkspaceStubs.OVERRIDE;
import static dev.orderlens.bootstrap.DatabricksWorkspaceStubs.STATEMENTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.domain.feedback.Feedback;
import dev.orderlens.core.domain.feedback.Rating;
import dev.orderlens.core.domain.route.RoutePreference;
import dev.orderlens.core.domain.telemetry.Stage;
import dev.orderlens.core.pipeline.AskCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a user of a wired OrderLens gets while the Databricks workspace rate-limits, fails, hangs or resets
 * connections: an answer once retries get through, otherwise a clear error naming the backend; with the breaker
 * open a dead warehouse costs one fast failure, and feedback given meanwhile is delivered later.
 */
class DatabricksOutageEndToEndTest {

    @RegisterExtension
    static final WireMockExtension WORKSPACE = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final String QUESTION = "Which carrier was late most often in September 2025?";
    private static final Duration SQL_TIMEOUT = Duration.ofSeconds(2);
    private static final RequestPatternBuilder QUERIES = postRequestedFor(urlEqualTo(STATEMENTS))
            .withRequestBody(notContaining("DISTINCT")).withRequestBody(notContaining("message_feedback"));

    @TempDir
    Path home;

    private OrderLens orderLens;

    private OrderLens start(String breakerFailures, String coolDownSeconds) {
        DatabricksWorkspaceStubs.stubAnsweringWorkspace(WORKSPACE);
        Map<String, String> settings = new HashMap<>(DatabricksWorkspaceStubs.settings(WORKSPACE, home));
        settings.put("ORDERLENS_SQL_TIMEOUT_SECONDS", String.valueOf(SQL_TIMEOUT.toSeconds()));
        settings.put("ORDERLENS_BREAKER_FAILURES", breakerFailures);
        settings.put("ORDERLENS_BREAKER_COOL_DOWN_SECONDS", coolDownSeconds);
        orderLens = OrderLensWiring.start(settings, StartupListener.SILENT);
        WORKSPACE.resetRequests();
        return orderLens;
    }

    @AfterEach
    void stop() {
        if (orderLens != null) {
            orderLens.close();
        }
    }

    private SqlAnswer ask() {
        Answer answer = orderLens.assistant().ask(new AskCommand(QUESTION, SessionId.random().value(), RoutePreference.SQL,
                List.of()));
        assertThat(answer).isInstanceOf(SqlAnswer.class);
        return (SqlAnswer) answer;
    }

    private static Duration sqlTime(Answer answer) {
        return answer.timings().get(Stage.SQL_EXECUTE).orElseThrow();
    }

    private static MappingBuilder queries() {
        return post(urlEqualTo(STATEMENTS)).atPriority(OVERRIDE).withRequestBody(notContaining("DISTINCT"));
    }

    private static void assertNamesTheBackendWithoutAStackTrace(SqlAnswer answer, String backend) {
        assertThat(answer.error()).contains(backend).doesNotContain("\n").doesNotContainPattern("at (java|dev|com)\\.");
        assertThat(answer.text()).isEqualTo(answer.error());
    }

    private BackendStatus status(String port) {
        return orderLens.checkBackends().stream().filter(status -> status.port().equals(port)).findFirst()
                .orElseThrow();
    }

    @ParameterizedTest(name = "{0} with Retry-After {1}")
    @CsvSource({"429, 1", "503, ''"})
    void a_burst_of_refusals_is_retried_honouring_retry_after_and_the_question_answered(int status,
            String retryAfter) {
        start("1", "30");
        ResponseDefinitionBuilder refusal = aResponse().withStatus(status);
        if (!retryAfter.isEmpty()) {
            refusal = refusal.withHeader("Retry-After", retryAfter);
        }
        WORKSPACE.stubFor(queries().inScenario("burst").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(refusal).willSetStateTo("refused once"));
        WORKSPACE.stubFor(queries().inScenario("burst").whenScenarioStateIs("refused once")
                .willReturn(refusal).willSetStateTo("over"));

        SqlAnswer answer = ask();

        assertThat(answer.error()).isNull();
        assertThat(answer.result().rows().get(0)).containsExactly("FedEx", 412L);
        WORKSPACE.verify(3, QUERIES);
        if (!retryAfter.isEmpty()) {
            assertThat(sqlTime(answer)).isGreaterThanOrEqualTo(Duration.ofSeconds(2 * Long.parseLong(retryAfter)));
        }
        assertThat(ask().error()).as("a burst that was retried through does not open the breaker").isNull();
    }

    @Test
    void a_warehouse_whose_statements_never_finish_is_cancelled_cut_off_and_let_back_in_once_it_answers()
            throws InterruptedException {
        start("2", "2");
        StubMapping hanging = WORKSPACE.stubFor(queries().willReturn(okJson(
                "{\"statement_id\": \"stmt-hang\", \"status\": {\"state\": \"PENDING\"}}")));
        WORKSPACE.stubFor(get(urlEqualTo(STATEMENTS + "/stmt-hang")).willReturn(okJson(
                "{\"statement_id\": \"stmt-hang\", \"status\": {\"state\": \"RUNNING\"}}")));
        WORKSPACE.stubFor(post(urlEqualTo(STATEMENTS + "/stmt-hang/cancel")).willReturn(okJson("{}")));

        for (int i = 0; i < 2; i++) {
            SqlAnswer timedOut = ask();
            assertNamesTheBackendWithoutAStackTrace(timedOut, "databricks");
            assertThat(timedOut.error()).contains("did not finish within 2000 ms and was cancelled");
            assertThat(sqlTime(timedOut)).isGreaterThanOrEqualTo(SQL_TIMEOUT);
        }
        WORKSPACE.verify(2, postRequestedFor(urlEqualTo(STATEMENTS + "/stmt-hang/cancel")));

        SqlAnswer cutOff = ask();
        assertNamesTheBackendWithoutAStackTrace(cutOff, "Databricks SQL");
        assertThat(cutOff.error()).contains("cut off for now after 2 failures in a row");
        assertThat(sqlTime(cutOff)).isLessThan(SQL_TIMEOUT.dividedBy(5));
        WORKSPACE.verify(2, QUERIES);
        BackendStatus warehouse = status("warehouse");
        assertThat(warehouse.reachability()).isEqualTo(BackendStatus.Reachability.UNREACHABLE);
        assertThat(warehouse.detail()).contains("Databricks SQL: cut off for now");

        WORKSPACE.removeStub(hanging);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        SqlAnswer recovered = ask();
        while (recovered.error() != null && System.nanoTime() < deadline) {
            Thread.sleep(100);
            recovered = ask();
        }
        assertThat(recovered.error()).isNull();
        assertThat(recovered.result().rows()).hasSize(2);
        assertThat(status("warehouse").reachability()).isEqualTo(BackendStatus.Reachability.REACHABLE);
    }

    @Test
    void a_reset_connection_ends_in_an_error_naming_databricks_and_then_costs_one_fast_failure() {
        start("1", "30");
        WORKSPACE.stubFor(queries().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        SqlAnswer reset = ask();
        int reached = WORKSPACE.countRequestsMatching(QUERIES.build()).getCount();
        SqlAnswer cutOff = ask();

        assertNamesTheBackendWithoutAStackTrace(reset, "databricks");
        assertNamesTheBackendWithoutAStackTrace(cutOff, "Databricks SQL: cut off for now after 1 failure");
        assertThat(sqlTime(cutOff)).isLessThan(SQL_TIMEOUT.dividedBy(5));
        WORKSPACE.verify(reached, QUERIES);
    }

    @Test
    void feedback_given_while_databricks_is_down_waits_in_the_outbox_and_is_delivered_when_it_is_back() {
        start("5", "30");
        StubMapping down = WORKSPACE.stubFor(post(urlEqualTo(STATEMENTS)).atPriority(1)
                .withRequestBody(containing("message_feedback")).willReturn(aResponse().withStatus(503)));
        Feedback whileDown = new Feedback("msg-while-down", SessionId.random().value(), Rating.DISLIKE, "wrong carrier",
                QUESTION, "UPS", Instant.parse("2026-01-01T10:00:00Z"));

        orderLens.assistant().recordFeedback(whileDown);

        assertThat(status("feedback store").detail()).isEqualTo("1 waiting in the outbox");
        WORKSPACE.removeStub(down);
        orderLens.assistant().recordFeedback(new Feedback("msg-after", whileDown.sessionId(), Rating.LIKE, null,
                QUESTION, "FedEx", Instant.parse("2026-01-01T10:05:00Z")));

        WORKSPACE.verify(postRequestedFor(urlEqualTo(STATEMENTS)).withRequestBody(containing("message_feedback"))
                .withRequestBody(containing("msg-while-down")).withRequestBody(containing("wrong carrier")));
        assertThat(status("feedback store").detail()).isEqualTo("0 waiting in the outbox");
    }
}
