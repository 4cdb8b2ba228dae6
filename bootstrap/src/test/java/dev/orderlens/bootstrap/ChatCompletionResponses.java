package dev.orderlens.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.orderlens.testsupport.SharedTestHome;
import java.util.Map;

/** What an OpenAI-compatible server answers: chat completions, streams of chunks, and a server stubbed with them. */
final class ChatCompletionResponses {

    static final String CHAT = "/v1/chat/completions";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChatCompletionResponses() {
    }

    /** The semantic query a model writes for "Which carrier was late most often in September 2025?". */
    static final String LATE_CARRIERS_QUERY = """
            {"expressible":true,"refines_previous":false,
             "measures":[{"metric":"orders","aggregate":null,"column":null}],
             "filters":[{"column":"is_late","op":"true","values":[]}],
             "period":{"start":"2025-09-01","end":"2025-10-01"},"compared_periods":[],
             "group_by":["carrier"],"grain":null,"order":"desc","limit":null,"share_of":null}""";

    /** A model's answer when the semantic query form cannot express the question. */
    static final String NOT_EXPRESSIBLE = """
            {"expressible":false,"refines_previous":false,"measures":[],"filters":[],"period":null,
             "compared_periods":[],"group_by":[],"grain":null,"order":null,"limit":null,"share_of":null}""";

    /** OrderLens on the shared test home, its model server {@code server} as {@link #stubAnsweringServer} stubs it. */
    static OrderLens startAnswering(WireMockExtension server) {
        stubAnsweringServer(server);
        return OrderLensWiring.start(Map.of(
                "ORDERLENS_HOME", SharedTestHome.path().toString(),
                "OPENAI_BASE_URL", server.baseUrl() + "/v1",
                "OPENAI_API_KEY", "sk-test-0123456789",
                "OPENAI_CHAT_MODEL", "test-model"), StartupListener.SILENT);
    }

    /**
     * Routes the carrier question to SQL, fills in its semantic query, summarises it, suggests follow-ups, and streams
     * a grounded answer.
     */
    static void stubAnsweringServer(WireMockExtension server) {
        server.stubFor(post(urlEqualTo(CHAT)).withRequestBody(containing("You route questions"))
                .willReturn(okJson(completion("{\"route\":\"sql\",\"confidence\":0.93,\"reasoning\":\"a ranking\"}"))));
        server.stubFor(post(urlEqualTo(CHAT)).withRequestBody(containing("into a semantic query"))
                .willReturn(okJson(completion(LATE_CARRIERS_QUERY))));
        server.stubFor(post(urlEqualTo(CHAT)).withRequestBody(containing("You summarise the result"))
                .willReturn(okJson(completion("FedEx had the most late deliveries in September 2025."))));
        server.stubFor(post(urlEqualTo(CHAT)).withRequestBody(containing("Suggest three"))
                .willReturn(okJson(completion("Late deliveries by region?\nAnd in October?"))));
        server.stubFor(post(urlEqualTo(CHAT)).withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
                        .withBody(stream("A hurricane ", "closed FedEx hubs ", "in the Southeast [1]."))));
    }

    static String completion(String content) {
        return """
                {"id": "chatcmpl-1", "object": "chat.completion", "created": 1767225600, "model": "test-model",
                 "choices": [{"index": 0, "message": {"role": "assistant", "content": %s}, "finish_reason": "stop"}],
                 "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120}}"""
                .formatted(quoted(content));
    }

    /** A whole stream: a chunk per token, the finishing chunk and {@code [DONE]}. */
    static String stream(String... tokens) {
        return chunks(tokens) + "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,"
                + "\"model\":\"test-model\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                + "data: [DONE]\n\n";
    }

    /** A stream that breaks off in the middle of the chunk after the tokens. */
    static String streamCutAfter(String... tokens) {
        return chunks(tokens) + "data: {\"id\":\"c\",\"obj";
    }

    private static String chunks(String... tokens) {
        StringBuilder body = new StringBuilder();
        for (String token : tokens) {
            body.append("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,"
                    + "\"model\":\"test-model\",\"choices\":[{\"index\":0,\"delta\":{\"content\":")
                    .append(quoted(token)).append("},\"finish_reason\":null}]}\n\n");
        }
        return body.toString();
    }

    /** The text as a JSON string; control characters (tabs, carriage returns, null bytes) escaped too. */
    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + text, e);
        }
    }
}
