package dev.orderlens.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.orderlens.bootstrap.ChatCompletionResponses.CHAT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.domain.conversation.SessionId;
import dev.orderlens.core.pipeline.AskCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With a language model configured, SQL questions go through the semantic query form: the model fills in its JSON
 * schema (answered as OpenAI's chat completions answer, the JSON as a string in {@code message.content}) and OrderLens
 * compiles it; a refusal leaves the question to the local parser, a query that does not fit is asked once more, and
 * what the form cannot express is written as SQL directly and marked so.
 */
class SemanticQueriesFromAModelTest {

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
    void the_models_semantic_query_is_compiled_into_the_answers_sql() {
        SqlAnswer answer = sql(ask("Which carrier was late most often in September 2025?"));

        assertThat(answer.sql()).contains("count(*) AS orders").contains("is_late = true")
                .contains("GROUP BY carrier").contains("order_ts >= TIMESTAMP '2025-09-01 00:00:00'");
        assertThat(answer.result().rows().get(0).get(0)).isEqualTo("FedEx");
        assertThat(answer.text()).isEqualTo("FedEx had the most late deliveries in September 2025. "
                + "Scope: September 2025; late only.");
        SERVER.verify(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(containing("into a semantic query"))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.name", equalTo("semantic_query")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.strict", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.additionalProperties",
                        equalTo("false")))
                .withRequestBody(containing("- late_delivery_rate: ")));
    }

    @Test
    void a_refusal_leaves_the_question_to_the_local_parser() {
        String question = "How many orders were placed in March 2025?";
        SERVER.stubFor(post(urlEqualTo(CHAT)).atPriority(1).withRequestBody(containing("Question: " + question))
                .withRequestBody(containing("into a semantic query"))
                .willReturn(okJson("""
                        {"id": "chatcmpl-2", "object": "chat.completion", "created": 1767225600, "model": "test-model",
                         "choices": [{"index": 0, "message": {"role": "assistant", "content": null,
                           "refusal": "I can't help with that request."}, "logprobs": null, "finish_reason": "stop"}],
                         "usage": {"prompt_tokens": 900, "completion_tokens": 9, "total_tokens": 909}}""")));

        SqlAnswer answer = sql(ask(question));

        assertThat(answer.sql()).contains("count(*) AS orders")
                .contains("order_ts >= TIMESTAMP '2025-03-01 00:00:00' AND order_ts < TIMESTAMP '2025-04-01 00:00:00'");
        assertThat(answer.error()).isNull();
    }

    @Test
    void a_query_that_does_not_fit_the_model_is_asked_again_with_the_mistake_named() {
        String question = "Which carrier had the most late deliveries in October 2025?";
        String october = ChatCompletionResponses.LATE_CARRIERS_QUERY.replace("2025-09-01", "2025-10-01")
                .replace("\"end\":\"2025-10-01\"", "\"end\":\"2025-11-01\"");
        SERVER.stubFor(post(urlEqualTo(CHAT)).atPriority(1).withRequestBody(containing("Question: " + question))
                .withRequestBody(containing("into a semantic query")).inScenario("retry").whenScenarioStateIs(STARTED)
                .willReturn(okJson(ChatCompletionResponses.completion("{\"measures\": [{\"metric\": \"late_count\""
                        + ", \"aggregate\": null")))
                .willSetStateTo("corrected"));
        SERVER.stubFor(post(urlEqualTo(CHAT)).atPriority(1).withRequestBody(containing("Question: " + question))
                .withRequestBody(containing("That query cannot be used: the answer is not JSON"))
                .inScenario("retry").whenScenarioStateIs("corrected")
                .willReturn(okJson(ChatCompletionResponses.completion(october))));

        SqlAnswer answer = sql(ask(question));

        assertThat(answer.sql()).contains("order_ts >= TIMESTAMP '2025-10-01 00:00:00'").contains("is_late = true");
        SERVER.verify(2, postRequestedFor(urlEqualTo(CHAT)).withRequestBody(containing("Question: " + question))
                .withRequestBody(containing("into a semantic query")));
    }

    @Test
    void what_the_form_cannot_express_is_written_by_the_model_directly_and_marked() {
        String question = "Which customers ordered more than 5 times?";
        SERVER.stubFor(post(urlEqualTo(CHAT)).atPriority(1).withRequestBody(containing("Question: " + question))
                .withRequestBody(containing("into a semantic query"))
                .willReturn(okJson(ChatCompletionResponses.completion(ChatCompletionResponses.NOT_EXPRESSIBLE))));
        SERVER.stubFor(post(urlEqualTo(CHAT)).atPriority(1).withRequestBody(containing("Question: " + question))
                .withRequestBody(containing("You write one read-only"))
                .willReturn(okJson(ChatCompletionResponses.completion("SELECT customer_id, count(*) AS orders FROM orders"
                        + " GROUP BY customer_id HAVING count(*) > 5 ORDER BY orders DESC"))));

        SqlAnswer answer = sql(ask(question));

        assertThat(answer.sql()).contains("HAVING count(*) > 5");
        assertThat(answer.text()).startsWith("This query was written directly by the language model, outside the "
                + "semantic model; check it before relying on it.");
    }

    private static Answer ask(String question) {
        return orderLens.assistant().ask(new AskCommand(question, SessionId.random().value()));
    }

    private static SqlAnswer sql(Answer answer) {
        assertThat(answer).as(answer.text()).isInstanceOf(SqlAnswer.class);
        return (SqlAnswer) answer;
    }
}
