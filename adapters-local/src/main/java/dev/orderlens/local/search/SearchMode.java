package dev.orderlens.local.search;

/** Which retrieval legs a {@link LuceneVectorIndex} search runs; the single legs exist to compare recall. */
public enum SearchMode {
    /** BM25 over title and text, plus exact identifier matches (ORD-000123). */
    KEYWORD(true, false),
    /** Nearest neighbours of the query embedding. */
    VECTOR(false, true),
    /** Both, fused by reciprocal rank. */
    HYBRID(true, true);

    private final boolean usesKeywords;
    private final boolean usesVectors;

    SearchMode(boolean usesKeywords, boolean usesVectors) {
        this.usesKeywords = usesKeywords;
        this.usesVectors = usesVectors;
    }

    boolean usesKeywords() {
        return usesKeywords;
    }

    boolean usesVectors() {
        return usesVectors;
    }
}
