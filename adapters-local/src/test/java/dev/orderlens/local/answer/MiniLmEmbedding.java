package dev.orderlens.local.answer;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.orderlens.core.port.EmbeddingModel;
import java.util.List;

/** The in-process MiniLM sentence embeddings behind the port, for evaluations that ask for the real model. */
final class MiniLmEmbedding implements EmbeddingModel {

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(e -> e.vector()).toList();
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public String modelName() {
        return "all-minilm-l6-v2-q";
    }
}
