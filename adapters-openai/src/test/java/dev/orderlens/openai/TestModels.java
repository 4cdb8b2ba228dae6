package dev.orderlens.openai;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.orderlens.core.resilience.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Builders pointed at a stub server, with short timeouts and waits that are recorded instead of slept. */
final class TestModels {

    static final String API_KEY = "sk-proj-TESTKEY0123456789abcdef";

    private TestModels() {
    }

    static OpenAiLanguageModel.Builder chat(WireMockExtension server, RecordingSleeper sleeper) {
        return OpenAiLanguageModel.builder()
                .baseUrl(server.baseUrl() + "/v1")
                .apiKey(API_KEY)
                .model(WireShapes.MODEL)
                .readTimeout(Duration.ofSeconds(10))
                .sleeper(sleeper);
    }

    static OpenAiEmbeddingModel.Builder embeddings(WireMockExtension server, RecordingSleeper sleeper) {
        return OpenAiEmbeddingModel.builder()
                .baseUrl(server.baseUrl() + "/v1")
                .apiKey(API_KEY)
                .model("text-embedding-3-small")
                .readTimeout(Duration.ofSeconds(10))
                .sleeper(sleeper);
    }

    /** Splits text into word tokens that keep their trailing whitespace, like a model's stream. */
    static List<String> tokens(String text) {
        return new ArrayList<>(Arrays.asList(text.split("(?<=\\s)")));
    }

    /** Records the waits between retries instead of sleeping through them. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> waits = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }
    }
}
