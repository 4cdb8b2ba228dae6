package dev.orderlens.openai.internal;

import java.util.List;

/** The answer of {@code POST /embeddings}; {@code data} is matched to the inputs by {@code index}. */
public record EmbeddingResponse(List<Item> data, String model, WireUsage usage) {

    public record Item(int index, float[] embedding) {
    }
}
