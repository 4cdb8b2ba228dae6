package dev.orderlens.core.domain.search;

import java.util.Map;
import java.util.Objects;

/**
 * A piece of text retrieved from a vector index.
 *
 * @param id the source id (stable across searches; what an answer cites)
 * @param index the name of the index it came from
 * @param title a short human-readable title of the source
 * @param text the passage itself
 * @param score the relevance score the index gave it (higher is better; comparable only within one search)
 * @param metadata further fields of the source (order id, document kind, dates…)
 */
public record Passage(String id, String index, String title, String text, double score, Map<String, String> metadata) {
    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(text, "text");
        title = title == null ? id : title;
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public Passage withScore(double newScore) {
        return new Passage(id, index, title, text, newScore, metadata);
    }
}
