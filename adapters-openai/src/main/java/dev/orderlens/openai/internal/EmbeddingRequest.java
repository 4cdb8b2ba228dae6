package dev.orderlens.openai.internal;

import java.util.List;

/** The body of {@code POST /embeddings}; {@code dimensions} only when asked for (text-embedding-3 and later). */
public record EmbeddingRequest(String model, List<String> input, Integer dimensions) {
}
