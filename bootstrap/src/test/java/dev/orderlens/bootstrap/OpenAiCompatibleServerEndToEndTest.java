package dev.orderlens.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.orderlens.bootstrap.ChatCompletionResponses.CHAT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.ClarifyingAnswer;
import dev.orderlens.core.domain.answer.RagAnswer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.domain.route.Clarification;
import dev.orderlens.core.domain.route.RoutePreference;
import dev.orderlens.core.pipeline.AnswerListener;
import dev.orderlens.core.pipeline.AskCommand;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With OPENAI_BASE_URL pointed at an OpenAI-compatible server, OrderLens routes, answers and streams through it. */
class OpenAiCompatibleServerEndToEndTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).resetOnEachTest(false).build();

    private static OrderLens orderLens;

    @BeforeAll
    static void start() {
        orderLens = ChatCompletionResponses.startAnswering(SERVER);
    }

    @AfterAll
    static void stop() {
        orderLens.close();
    }

    @Test
    void routes_and_answers_sql_through_the_model_on_the_embedded_warehouse() {
        Answer answer = orderLens.assistant().ask(
                new AskCommand("Which carrier was late most often in September 2025?", SessionId.random().value()));

        assertThat(answer).isInstanceOf(SqlAnswer.class);
        SqlAnswer sql = (SqlAnswer) answer;
        assertThat(sql.result().rows().get(0).get(0)).isEqualTo("FedEx");
        assertThat(sql.text()).isEqualTo("FedEx had the most late deliveries in September 2025. "
                + "Scope: September 2025; late only.");
        assertThat(sql.route().confidence()).isEqualTo(0.93);
        assertThat(sql.followUps()).containsExactly("Late deliveries by region?", "And in October?");
        SERVER.verify(postRequestedFor(urlEqualTo(CHAT))
                .withHeader("Authorization", equalTo("Bearer sk-test-0123456789"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("test-model")))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema"))));
    }

    @Test
    void a_question_the_model_finds_outside_the_data_is_refused_with_its_choices_and_nothing_runs() {
        String question = "What is the weather in Paris today?";
        SERVER.stubFor(post(urlEqualTo(CHAT)).atPriority(1).withRequestBody(containing("Question: " + question))
                .withRequestBody(containing("You route questions"))
                .willReturn(okJson(ChatCompletionResponses.completion("{\"route\":\"none\",\"confidence\":0.95,"
                        + "\"reasoning\":\"the weather is in neither\",\"choices\":[\"Orders by month in 2025\"]}"))));

        Answer answer = orderLens.assistant().ask(new AskCommand(question, SessionId.random().value()));

        assertThat(answer).isInstanceOf(ClarifyingAnswer.class);
        Clarification refusal = ((ClarifyingAnswer) answer).clarification();
        assertThat(refusal.reason()).isEqualTo(Clarification.Reason.OUT_OF_SCOPE);
        assertThat(answer.text()).contains("(the weather is in neither)");
        assertThat(answer.followUps()).containsExactly("Orders by month in 2025");
        SERVER.verify(0, postRequestedFor(urlEqualTo(CHAT)).withRequestBody(containing("Question: " + question))
                .withRequestBody(containing("into a semantic query")));
    }

    @Test
    void streams_a_grounded_answer_token_by_token() {
        List<String> tokens = new ArrayList<>();
        Answer answer = orderLens.assistant().ask(new AskCommand("Why were Southeast deliveries late in September?",
                SessionId.random().value(), RoutePreference.RAG, List.of()), new AnswerListener() {
                    @Override
                    public void onToken(String token) {
                        tokens.add(token);
                    }
                });

        assertThat(answer).isInstanceOf(RagAnswer.class);
        assertThat(tokens).containsExactly("A hurricane ", "closed FedEx hubs ", "in the Southeast [1].");
        assertThat(((RagAnswer) answer).sources()).isNotEmpty();
    }

    @Test
    void reports_the_model_as_the_language_model_backend() {
        assertThat(orderLens.backends()).filteredOn(status -> status.port().equals("language model"))
                .singleElement().satisfies(status -> {
                    assertThat(status.embedded()).isFalse();
                    assertThat(status.target()).contains("test-model").doesNotContain("sk-test");
                });
    }
}
