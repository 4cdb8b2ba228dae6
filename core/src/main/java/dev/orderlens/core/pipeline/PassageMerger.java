package dev.orderlens.core.pipeline;

import dev.orderlens.core.domain.search.Passage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the ranked passages of several indexes. Scores of different indexes are not comparable, so the
 * lists are interleaved by rank (best of each first), and a source found twice keeps its best rank.
 */
final class PassageMerger {

    private PassageMerger() {
    }

    static List<Passage> merge(List<List<Passage>> rankedLists, int limit) {
        Map<String, Passage> merged = new LinkedHashMap<>();
        int longest = rankedLists.stream().mapToInt(List::size).max().orElse(0);
        for (int rank = 0; rank < longest && merged.size() < limit; rank++) {
            for (List<Passage> list : rankedLists) {
                if (rank < list.size() && merged.size() < limit) {
                    Passage passage = list.get(rank);
                    merged.putIfAbsent(passage.index() + "/" + passage.id(), passage);
                }
            }
        }
        return new ArrayList<>(merged.values());
    }
}
