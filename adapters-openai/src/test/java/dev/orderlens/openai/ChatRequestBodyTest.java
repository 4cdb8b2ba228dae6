package dev.orderlens.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.orderlens.core.domain.llm.ChatMessage;
import dev.orderlens.core.domain.llm.CompletionRequest;
import dev.orderlens.core.domain.llm.ResponseFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The request bodies sent, compared whole: every expected field present, nothing else. */
class ChatRequestBodyTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final String ROUTE_SCHEMA = "{\"type\":\"object\",\"properties\":{\"route\":{\"type\":\"string\","
            + "\"enum\":[\"sql\",\"rag\"]},\"confidence\":{\"type\":\"number\"}},\"required\":[\"route\",\"confidence\"],"
            + "\"additionalProperties\":false}";
    private static final List<ChatMessage> CLASSIFY = List.of(
            ChatMessage.system("Classify the question."),
            ChatMessage.user("Which carrier was late most often?"));

    @BeforeEach
    void answer() {
        SERVER.stubFor(post("/v1/chat/completions").willReturn(okJson(WireShapes.chatCompletion("{}", "m"))));
    }

    @Test
    void plain_request_sends_model_messages_temperature_and_max_completion_tokens_only() {
        TestModels.chat(SERVER, new TestModels.RecordingSleeper()).build().complete(CompletionRequest.text(List.of(
                ChatMessage.system("You are terse."), ChatMessage.user("Hi"), ChatMessage.assistant("Hello."),
                ChatMessage.user("Revenue?")), 0.3, 120));

        SERVER.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer " + TestModels.API_KEY))
                .withHeader("api-key", absent())
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"model\":\"gpt-4o-mini\",\"messages\":["
                        + "{\"role\":\"system\",\"content\":\"You are terse.\"},"
                        + "{\"role\":\"user\",\"content\":\"Hi\"},"
                        + "{\"role\":\"assistant\",\"content\":\"Hello.\"},"
                        + "{\"role\":\"user\",\"content\":\"Revenue?\"}],"
                        + "\"temperature\":0.3,\"max_completion_tokens\":120}")));
    }

    @Test
    void max_tokens_is_sent_instead_when_configured() {
        TestModels.chat(SERVER, new TestModels.RecordingSleeper())
                .tokenLimitParameter(TokenLimitParameter.MAX_TOKENS).build()
                .complete(CompletionRequest.text(List.of(ChatMessage.user("Hi")), 0, 50));

        SERVER.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson(
                "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],"
                        + "\"temperature\":0.0,\"max_tokens\":50}")));
    }

    @Test
    void json_schema_mode_sends_the_schema_as_strict_response_format() {
        TestModels.chat(SERVER, new TestModels.RecordingSleeper()).structuredOutput(StructuredOutput.JSON_SCHEMA)
                .build().complete(classifyRequest());

        SERVER.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson(
                "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"system\",\"content\":\"Classify the question.\"},"
                        + "{\"role\":\"user\",\"content\":\"Which carrier was late most often?\"}],"
                        + "\"temperature\":0.0,\"max_completion_tokens\":200,"
                        + "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"route\","
                        + "\"strict\":true,\"schema\":" + ROUTE_SCHEMA + "}}}")));
    }

    @Test
    void json_object_mode_sends_json_mode_and_puts_the_schema_in_the_system_prompt() {
        TestModels.chat(SERVER, new TestModels.RecordingSleeper()).structuredOutput(StructuredOutput.JSON_OBJECT)
                .build().complete(classifyRequest());

        SERVER.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson(
                "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"system\",\"content\":\"Classify the question.\\n\\n"
                        + "Answer with a single JSON object and nothing else (no prose, no code fences). "
                        + "It must match this JSON schema:\\n" + ROUTE_SCHEMA.replace("\"", "\\\"") + "\"},"
                        + "{\"role\":\"user\",\"content\":\"Which carrier was late most often?\"}],"
                        + "\"temperature\":0.0,\"max_completion_tokens\":200,"
                        + "\"response_format\":{\"type\":\"json_object\"}}")));
    }

    @Test
    void prompt_only_mode_sends_no_response_format_and_adds_a_leading_system_message_when_there_is_none() {
        TestModels.chat(SERVER, new TestModels.RecordingSleeper()).structuredOutput(StructuredOutput.PROMPT_ONLY)
                .build().complete(new CompletionRequest(List.of(ChatMessage.user("Which carrier?")), 0, 200,
                        ResponseFormat.jsonSchema("route", ROUTE_SCHEMA)));

        SERVER.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson(
                "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"system\",\"content\":"
                        + "\"Answer with a single JSON object and nothing else (no prose, no code fences). "
                        + "It must match this JSON schema:\\n" + ROUTE_SCHEMA.replace("\"", "\\\"") + "\"},"
                        + "{\"role\":\"user\",\"content\":\"Which carrier?\"}],"
                        + "\"temperature\":0.0,\"max_completion_tokens\":200}")));
    }

    @Test
    void json_mode_adds_the_word_json_only_when_no_message_mentions_it() {
        OpenAiLanguageModel model = TestModels.chat(SERVER, new TestModels.RecordingSleeper()).build();

        model.complete(new CompletionRequest(List.of(ChatMessage.user("Reply in JSON: total?")), 0, 10,
                ResponseFormat.JSON_OBJECT));
        model.complete(new CompletionRequest(List.of(ChatMessage.user("Total?")), 0, 10, ResponseFormat.JSON_OBJECT));

        SERVER.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson(
                "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Reply in JSON: total?\"}],"
                        + "\"temperature\":0.0,\"max_completion_tokens\":10,\"response_format\":{\"type\":\"json_object\"}}")));
        SERVER.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson(
                "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"system\",\"content\":"
                        + "\"Answer with a single JSON object and nothing else (no prose, no code fences).\"},"
                        + "{\"role\":\"user\",\"content\":\"Total?\"}],"
                        + "\"temperature\":0.0,\"max_completion_tokens\":10,\"response_format\":{\"type\":\"json_object\"}}")));
    }

    @Test
    void streaming_request_sets_stream_and_asks_for_usage() {
        stubStream();
        TestModels.chat(SERVER, new TestModels.RecordingSleeper()).build()
                .stream(CompletionRequest.text(List.of(ChatMessage.user("Hi")), 1, 64), token -> { });

        SERVER.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson(
                "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],"
                        + "\"temperature\":1.0,\"max_completion_tokens\":64,"
                        + "\"stream\":true,\"stream_options\":{\"include_usage\":true}}")));
    }

    @Test
    void databricks_defaults_to_max_tokens_and_no_stream_options() {
        stubStream();
        OpenAiLanguageModel.builder().provider(Provider.DATABRICKS).baseUrl(SERVER.baseUrl() + "/serving-endpoints")
                .apiKey("dapi0123456789abcdef").model("databricks-meta-llama-3-3-70b-instruct").build()
                .stream(CompletionRequest.text(List.of(ChatMessage.user("Hi")), 0.5, 64), token -> { });

        SERVER.verify(postRequestedFor(urlEqualTo("/serving-endpoints/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer dapi0123456789abcdef"))
                .withRequestBody(equalToJson("{\"model\":\"databricks-meta-llama-3-3-70b-instruct\","
                        + "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],"
                        + "\"temperature\":0.5,\"max_tokens\":64,\"stream\":true}")));
    }

    @Test
    void local_server_without_a_key_gets_no_authorization_header() {
        OpenAiLanguageModel.builder().provider(Provider.GENERIC_COMPATIBLE).baseUrl(SERVER.baseUrl() + "/v1")
                .model("llama3.1:8b").build()
                .complete(CompletionRequest.text(List.of(ChatMessage.user("Hi")), 0, 10));

        SERVER.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", absent())
                .withRequestBody(equalToJson("{\"model\":\"llama3.1:8b\",\"messages\":[{\"role\":\"user\","
                        + "\"content\":\"Hi\"}],\"temperature\":0.0,\"max_tokens\":10}")));
    }

    private static CompletionRequest classifyRequest() {
        return new CompletionRequest(CLASSIFY, 0, 200, ResponseFormat.jsonSchema("route", ROUTE_SCHEMA));
    }

    private static void stubStream() {
        SERVER.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1).willReturn(
                okForContentType("text/event-stream", WireShapes.sse(List.of("Hel", "lo")))));
        SERVER.stubFor(post(urlEqualTo("/serving-endpoints/chat/completions")).willReturn(
                okForContentType("text/event-stream", WireShapes.sse(List.of("Hel", "lo")))));
    }
}
