package dev.orderlens.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.orderlens.bootstrap.ChatCompletionResponses.CHAT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.RagAnswer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.domain.route.RoutePreference;
import dev.orderlens.core.domain.telemetry.Stage;
import dev.orderlens.core.pipeline.AnswerListener;
import dev.orderlens.core.pipeline.AskCommand;
import dev.orderlens.testsupport.SharedTestHome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a user of a wired OrderLens gets when its OpenAI-compatible model cuts streams, is slow to start one, or is
 * down: the partial answer marked as cut off, the whole answer late, or answers from the local fallbacks without
 * waiting for the dead model once its breaker is open.
 */
class OpenAiOutageEndToEndTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final String RAG_QUESTION = "Why were Southeast deliveries late in September?";

    private OrderLens orderLens;

    private void start(String breakerFailures) {
        ChatCompletionResponses.stubAnsweringServer(SERVER);
        orderLens = OrderLensWiring.start(Map.of(
                "ORDERLENS_HOME", SharedTestHome.path().toString(),
                "OPENAI_BASE_URL", SERVER.baseUrl() + "/v1",
                "OPENAI_API_KEY", "sk-test-0123456789",
                "OPENAI_CHAT_MODEL", "test-model",
                "ORDERLENS_BREAKER_FAILURES", breakerFailures), StartupListener.SILENT);
    }

    @AfterEach
    void stop() {
        if (orderLens != null) {
            orderLens.close();
        }
    }

    private static MappingBuilder streams() {
        return post(urlEqualTo(CHAT)).atPriority(1).withRequestBody(matchingJsonPath("$.stream", equalTo("true")));
    }

    private RagAnswer askFromDocuments(List<String> tokens) {
        Answer answer = orderLens.assistant().ask(new AskCommand(RAG_QUESTION, SessionId.random().value(),
                RoutePreference.RAG, List.of()), new AnswerListener() {
                    @Override
                    public void onToken(String token) {
                        tokens.add(token);
                    }
                });
        assertThat(answer).isInstanceOf(RagAnswer.class);
        return (RagAnswer) answer;
    }

    @Test
    void a_stream_cut_midway_keeps_what_was_written_says_so_and_does_not_cut_the_model_off() {
        start("1");
        SERVER.stubFor(streams().inScenario("cut").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
                        .withBody(ChatCompletionResponses.streamCutAfter("A hurricane ", "closed FedEx")))
                .willSetStateTo("cut once"));
        List<String> tokens = new ArrayList<>();

        RagAnswer cut = askFromDocuments(tokens);

        assertThat(cut.partial()).isTrue();
        assertThat(cut.text()).isEqualTo("A hurricane closed FedEx");
        assertThat(cut.error()).isEqualTo("The answer was cut off before it was complete.");
        assertThat(tokens).containsExactly("A hurricane ", "closed FedEx");
        assertThat(cut.sources()).isNotEmpty();
        RagAnswer next = askFromDocuments(new ArrayList<>());
        assertThat(next.partial()).isFalse();
        assertThat(next.text()).isEqualTo("A hurricane closed FedEx hubs in the Southeast [1].");
    }

    @Test
    void a_slow_first_token_still_streams_the_whole_answer() {
        start("1");
        Duration firstTokenDelay = Duration.ofMillis(1500);
        SERVER.stubFor(streams().willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
                .withBody(ChatCompletionResponses.stream("Late ", "because of ", "the hurricane [1]."))
                .withFixedDelay((int) firstTokenDelay.toMillis())));
        List<String> tokens = new ArrayList<>();

        RagAnswer slow = askFromDocuments(tokens);

        assertThat(slow.error()).isNull();
        assertThat(slow.partial()).isFalse();
        assertThat(tokens).containsExactly("Late ", "because of ", "the hurricane [1].");
        assertThat(slow.timings().get(Stage.SUMMARISE).orElseThrow()).isGreaterThanOrEqualTo(firstTokenDelay);
    }

    @Test
    void a_dead_model_is_cut_off_and_questions_are_answered_by_the_local_fallbacks_without_calling_it() {
        start("2");
        SERVER.stubFor(post(urlEqualTo(CHAT)).atPriority(1).willReturn(aResponse().withStatus(503)));

        Answer first = orderLens.assistant().ask(
                new AskCommand("Which carrier was late most often in September 2025?", SessionId.random().value()));
        int reachedWhileFailing = SERVER.countRequestsMatching(postRequestedFor(urlEqualTo(CHAT)).build()).getCount();
        Answer second = orderLens.assistant().ask(
                new AskCommand("Which carrier was late most often in September 2025?", SessionId.random().value()));

        for (Answer answer : List.of(first, second)) {
            assertThat(answer).isInstanceOf(SqlAnswer.class);
            assertThat(((SqlAnswer) answer).error()).isNull();
            assertThat(((SqlAnswer) answer).result().rows().get(0).get(0)).isEqualTo("FedEx");
        }
        assertThat(SERVER.countRequestsMatching(postRequestedFor(urlEqualTo(CHAT)).build()).getCount())
                .as("no call reaches the model once it is cut off").isEqualTo(reachedWhileFailing);
        assertThat(second.timings().get(Stage.CLASSIFY).orElseThrow())
                .isLessThan(first.timings().get(Stage.CLASSIFY).orElseThrow().dividedBy(5));
        assertThat(orderLens.checkBackends()).filteredOn(status -> status.port().equals("language model"))
                .singleElement().satisfies(status -> {
                    assertThat(status.reachability()).isEqualTo(BackendStatus.Reachability.UNREACHABLE);
                    assertThat(status.detail()).startsWith("OpenAI-compatible model: cut off for now");
                });
    }
}
