package dev.orderlens.openai;

import dev.orderlens.core.port.BackendException;
import dev.orderlens.core.port.EmbeddingModel;
import dev.orderlens.openai.internal.ApiClient;
import dev.orderlens.openai.internal.ClientConfig;
import dev.orderlens.openai.internal.EmbeddingReader;
import dev.orderlens.openai.internal.EmbeddingRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link EmbeddingModel} over the embeddings API of OpenAI, Azure OpenAI, Databricks Model Serving or an
 * OpenAI-compatible local server. Texts are sent in batches; every vector's length is checked against the
 * configured dimension, the known one of OpenAI's models, or the one learned from the first answer.
 * Thread-safe; build it with {@link #builder()}.
 */
public final class OpenAiEmbeddingModel implements EmbeddingModel {

    private static final Map<String, Integer> KNOWN_DIMENSIONS = Map.of(
            "text-embedding-3-small", 1536,
            "text-embedding-3-large", 3072,
            "text-embedding-ada-002", 1536);
    private static final String DIMENSION_PROBE = "dimension";

    private final ClientConfig config;
    private final ApiClient api;
    private final URI embeddings;
    private final String operation;
    private final int batchSize;
    private final Integer requestedDimensions;
    private final AtomicInteger dimension;

    private OpenAiEmbeddingModel(ClientConfig config, int batchSize, Integer requestedDimensions, int dimension) {
        this.config = config;
        this.api = new ApiClient(config);
        this.embeddings = config.routes().embeddings();
        this.operation = "embeddings (model " + config.model() + ")";
        this.batchSize = batchSize;
        this.requestedDimensions = requestedDimensions;
        this.dimension = new AtomicInteger(dimension);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += batchSize) {
            List<String> batch = texts.subList(from, Math.min(from + batchSize, texts.size()));
            List<float[]> batchVectors = api.post(operation, embeddings,
                    new EmbeddingRequest(config.model(), List.copyOf(batch), requestedDimensions),
                    new EmbeddingReader(config.backend(), operation, batch.size()));
            batchVectors.forEach(this::checkDimension);
            vectors.addAll(batchVectors);
        }
        return vectors;
    }

    /** The vector length; when neither configured nor known yet, one short text is embedded to learn it. */
    @Override
    public int dimension() {
        if (dimension.get() == 0) {
            embed(DIMENSION_PROBE);
        }
        return dimension.get();
    }

    @Override
    public String modelName() {
        return config.model();
    }

    @Override
    public String toString() {
        return "OpenAiEmbeddingModel[" + config.provider() + ", " + config.model() + " at " + embeddings + "]";
    }

    private void checkDimension(float[] vector) {
        dimension.compareAndSet(0, vector.length);
        if (vector.length != dimension.get()) {
            throw new BackendException(config.backend(), BackendException.Kind.INVALID_RESPONSE, operation
                    + ": a vector has " + vector.length + " dimensions, expected " + dimension.get());
        }
    }

    /** Builds an {@link OpenAiEmbeddingModel}; only {@code model} (and a key for OpenAI and Azure) is required. */
    public static final class Builder extends ClientBuilder<Builder> {

        private static final int DEFAULT_BATCH_SIZE = 128;

        private int batchSize = DEFAULT_BATCH_SIZE;
        private Integer dimension;
        private Integer requestedDimensions;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** Texts per request. Default 128 (OpenAI allows 2048, some servers far fewer). */
        public Builder batchSize(int batchSize) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batchSize must be at least 1");
            }
            this.batchSize = batchSize;
            return this;
        }

        /** The vector length the model returns, checked on every answer. */
        public Builder dimension(int dimension) {
            this.dimension = positive(dimension, "dimension");
            return this;
        }

        /**
         * Asks for vectors shortened to this length (the {@code dimensions} field, text-embedding-3 and later)
         * and expects that length.
         */
        public Builder requestDimensions(int dimensions) {
            this.requestedDimensions = positive(dimensions, "requestDimensions");
            return this;
        }

        public OpenAiEmbeddingModel build() {
            ClientConfig config = clientConfig();
            if (dimension != null && requestedDimensions != null && !dimension.equals(requestedDimensions)) {
                throw new IllegalStateException("dimension " + dimension + " contradicts requestDimensions "
                        + requestedDimensions);
            }
            int expected = requestedDimensions != null ? requestedDimensions
                    : dimension != null ? dimension
                    : KNOWN_DIMENSIONS.getOrDefault(config.model(), 0);
            return new OpenAiEmbeddingModel(config, batchSize, requestedDimensions, expected);
        }

        private static int positive(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return value;
        }
    }
}
