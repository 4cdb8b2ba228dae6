package dev.orderlens.answering;

import dev.orderlens.core.port.EmbeddingModel;
import dev.orderlens.answering.semantic.Words;
import java.util.List;

/** A deterministic stand-in for a sentence-embedding model: a hashed bag of (singular) words and word pairs. */
final class HashedWordsEmbedding implements EmbeddingModel {

    private static final int DIMENSION = 512;

    @Override
    public float[] embed(String text) {
        float[] vector = new float[DIMENSION];
        List<String> words = Words.tokens(text).stream().map(Words::singular).toList();
        for (int i = 0; i < words.size(); i++) {
            vector[Math.floorMod(words.get(i).hashCode(), DIMENSION)] += 1f;
            if (i + 1 < words.size()) {
                vector[Math.floorMod((words.get(i) + " " + words.get(i + 1)).hashCode(), DIMENSION)] += 0.5f;
            }
        }
        return vector;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public String modelName() {
        return "hashed-words";
    }
}
