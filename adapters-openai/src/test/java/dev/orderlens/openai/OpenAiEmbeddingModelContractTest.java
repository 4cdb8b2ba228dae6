package dev.orderlens.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.orderlens.core.port.EmbeddingModel;
import dev.orderlens.testsupport.ComputedEmbeddings;
import dev.orderlens.testsupport.EmbeddingModelContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The embeddings client against a server that computes a vector for every input, as the real API does. */
class OpenAiEmbeddingModelContractTest extends EmbeddingModelContract {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(new ComputedEmbeddings(64))).build();

    @BeforeEach
    void stubEmbeddings() {
        SERVER.stubFor(post("/v1/embeddings").willReturn(ok().withTransformers(ComputedEmbeddings.NAME)));
    }

    @Override
    protected EmbeddingModel model() {
        return TestModels.embeddings(SERVER, new TestModels.RecordingSleeper()).provider(Provider.GENERIC_COMPATIBLE)
                .model("hashed-words").batchSize(2).build();
    }

    /** Hashed words share no meaning between sentences without common words. */
    @Override
    protected boolean capturesMeaning() {
        return false;
    }
}
