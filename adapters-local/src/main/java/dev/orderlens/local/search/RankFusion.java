package dev.orderlens.local.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reciprocal rank fusion of retrieval legs at the level of documents: each leg ranks a document by its best chunk,
 * and a document scores the sum of 1/(60 + rank) over the legs that found it. Rank fusion needs no score
 * calibration between BM25 and cosine similarity, which is why it is used instead of mixing raw scores.
 */
final class RankFusion {

    /** The constant of the original paper (Cormack et al., 2009); it damps the weight of the very first ranks. */
    static final int K = 60;

    /** Documents a question names by identifier come before all others; more than any sum of rank terms. */
    private static final double PINNED_BONUS = 1.0;

    /** One chunk found by one leg. */
    record ChunkHit(String documentId, int luceneDocId) {
    }

    /** A document's fused score and the chunk that represents it. */
    record FusedHit(String documentId, int luceneDocId, double score) {
    }

    private RankFusion() {
    }

    /**
     * @param legs each leg's chunk hits, best first
     * @param pinned documents that go first (those that carry an identifier the question names)
     */
    static List<FusedHit> fuse(List<List<ChunkHit>> legs, Set<String> pinned) {
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, Integer> bestRank = new HashMap<>();
        Map<String, Integer> representative = new HashMap<>();
        for (List<ChunkHit> leg : legs) {
            Set<String> seen = new HashSet<>();
            for (ChunkHit hit : leg) {
                if (!seen.add(hit.documentId())) {
                    continue;
                }
                int rank = seen.size();
                scores.merge(hit.documentId(), 1.0 / (K + rank), Double::sum);
                if (rank < bestRank.getOrDefault(hit.documentId(), Integer.MAX_VALUE)) {
                    bestRank.put(hit.documentId(), rank);
                    representative.put(hit.documentId(), hit.luceneDocId());
                }
            }
        }
        List<FusedHit> fused = new ArrayList<>(scores.size());
        scores.forEach((id, score) -> fused.add(new FusedHit(id, representative.get(id),
                pinned.contains(id) ? score + PINNED_BONUS : score)));
        fused.sort(Comparator.comparingDouble(FusedHit::score).reversed().thenComparing(FusedHit::documentId));
        return fused;
    }
}
