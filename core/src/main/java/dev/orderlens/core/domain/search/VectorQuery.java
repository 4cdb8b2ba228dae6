package dev.orderlens.core.domain.search;

import java.util.Map;
import java.util.Objects;

/**
 * A search over a vector index: by text, by vector, or both (hybrid).
 *
 * @param text the query text (for keyword or hybrid search), may be {@code null} when a vector is given
 * @param vector the query embedding, may be {@code null} when text is given
 * @param topK how many passages to return at most
 * @param filters exact-match metadata filters (field → value)
 */
public record VectorQuery(String text, float[] vector, int topK, Map<String, String> filters) {
    public VectorQuery {
        if (text == null && vector == null) {
            throw new IllegalArgumentException("a vector query needs text or a vector");
        }
        if (topK <= 0) {
            throw new IllegalArgumentException("topK must be positive");
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public VectorQuery(String text, float[] vector, int topK) {
        this(text, vector, topK, Map.of());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VectorQuery q
                && Objects.equals(text, q.text)
                && java.util.Arrays.equals(vector, q.vector)
                && topK == q.topK
                && filters.equals(q.filters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, java.util.Arrays.hashCode(vector), topK, filters);
    }

    @Override
    public String toString() {
        return "VectorQuery[text=" + text + ", vector=" + (vector == null ? "none" : vector.length + " dims")
                + ", topK=" + topK + ", filters=" + filters + "]";
    }
}
