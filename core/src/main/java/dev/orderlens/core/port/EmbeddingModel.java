package dev.orderlens.core.port;

import java.util.List;

/** Turns text into vectors for similarity search. */
public interface EmbeddingModel {

    float[] embed(String text);

    /** Embeds many texts at once, in order. */
    List<float[]> embedAll(List<String> texts);

    /** The length of every vector this model returns. */
    int dimension();

    /** The model's name (part of cache keys and telemetry). */
    String modelName();
}
