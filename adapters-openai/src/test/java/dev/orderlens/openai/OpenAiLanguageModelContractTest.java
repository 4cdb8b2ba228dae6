package dev.orderlens.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.orderlens.core.port.LanguageModel;
import dev.orderlens.testsupport.LanguageModelContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class OpenAiLanguageModelContractTest extends LanguageModelContract {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    @Override
    protected LanguageModel modelAnswering(String text) {
        SERVER.stubFor(post("/v1/chat/completions").atPriority(1)
                .withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .willReturn(okForContentType("text/event-stream", WireShapes.sse(TestModels.tokens(text)))));
        SERVER.stubFor(post("/v1/chat/completions").atPriority(2)
                .willReturn(okJson(WireShapes.chatCompletion(text, "gpt-4o-mini-2024-07-18"))));
        return TestModels.chat(SERVER, new TestModels.RecordingSleeper()).build();
    }

    @Override
    protected LanguageModel modelBreakingOffAfter(String partialText) {
        SERVER.stubFor(post("/v1/chat/completions").willReturn(
                okForContentType("text/event-stream", WireShapes.sseCutAfter(TestModels.tokens(partialText)))));
        return TestModels.chat(SERVER, new TestModels.RecordingSleeper()).build();
    }
}
