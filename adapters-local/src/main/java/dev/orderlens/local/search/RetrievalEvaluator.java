package dev.orderlens.local.search;

import dev.orderlens.core.domain.search.Passage;
import dev.orderlens.core.domain.search.VectorQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures how often each {@link SearchMode} finds an expected document in its top k, searching all the given
 * indexes for each question and keeping the k best passages overall, as the answer pipeline does.
 */
public final class RetrievalEvaluator {

    private final List<LuceneVectorIndex> indexes;
    private final int k;

    public RetrievalEvaluator(List<LuceneVectorIndex> indexes, int k) {
        if (indexes.isEmpty()) {
            throw new IllegalArgumentException("there is no index to evaluate");
        }
        if (k <= 0) {
            throw new IllegalArgumentException("k must be positive");
        }
        this.indexes = List.copyOf(indexes);
        this.k = k;
    }

    public RetrievalReport evaluate(List<EvaluationQuestion> questions) {
        Map<SearchMode, Double> recall = new EnumMap<>(SearchMode.class);
        Map<SearchMode, List<String>> misses = new EnumMap<>(SearchMode.class);
        for (SearchMode mode : SearchMode.values()) {
            int hits = 0;
            List<String> missed = new ArrayList<>();
            for (EvaluationQuestion question : questions) {
                if (found(question, mode)) {
                    hits++;
                } else {
                    missed.add(question.id());
                }
            }
            recall.put(mode, questions.isEmpty() ? 0 : (double) hits / questions.size());
            misses.put(mode, missed);
        }
        return new RetrievalReport(k, questions.size(), recall, misses);
    }

    /** A question lists the documents that answer it; any one of them in the top k is a hit. */
    private boolean found(EvaluationQuestion question, SearchMode mode) {
        Set<String> top = topIds(question.question(), mode);
        return question.expectedDocumentIds().stream().anyMatch(top::contains);
    }

    /** Fused scores of different indexes are on the same reciprocal-rank scale, so they merge by score. */
    private Set<String> topIds(String question, SearchMode mode) {
        List<Passage> passages = new ArrayList<>();
        for (LuceneVectorIndex index : indexes) {
            passages.addAll(index.search(new VectorQuery(question, null, k), mode));
        }
        passages.sort(Comparator.comparingDouble(Passage::score).reversed());
        Set<String> ids = new HashSet<>();
        for (Passage passage : passages.subList(0, Math.min(k, passages.size()))) {
            ids.add(passage.id());
        }
        return ids;
    }
}
