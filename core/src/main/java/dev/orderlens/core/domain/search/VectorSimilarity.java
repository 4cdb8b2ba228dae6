package dev.orderlens.core.domain.search;

/** How alike two embedding vectors are. */
public final class VectorSimilarity {

    private VectorSimilarity() {
    }

    /** The cosine of the angle between two vectors: 1 for the same direction, 0 when unrelated or not comparable. */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            return 0;
        }
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }
}
