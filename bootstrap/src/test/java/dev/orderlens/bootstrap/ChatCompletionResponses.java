package dev.orderlens.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** What an OpenAI-compatible server answers: chat completions, streams of chunks, and a server stubbed with them. */
final class ChatCompletionResponses {

    static final String CHAT = "/v1/chat/completions";

    private ChatCompletionResponses() {
    }

    /** Routes the carrier question to SQL, summarises it, suggests follow-ups, and streams a grounded answer. */
    static void stubAnsweringServer(WireMockExtension server) {
        server.stubFor(post(urlEqualTo(CHAT)).withRequestBody(containing("You route questions"))
                .willReturn(okJson(completion("{\"route\":\"sql\",\"confidence\":0.93,\"reasoning\":\"a ranking\","
                        + "\"sql\":\"SELECT carrier, count(*) AS late_deliveries FROM orders WHERE is_late"
                        + " AND order_ts >= TIMESTAMP '2025-09-01' AND order_ts < TIMESTAMP '2025-10-01'"
                        + " GROUP BY carrier ORDER BY late_deliveries DESC\"}"))));
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

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
