package dev.orderlens.local.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recall at {@code k} of each search mode over a set of questions.
 *
 * @param recall per mode, the mean over questions of the share of expected documents found in the top k
 * @param misses per mode, the ids of the questions that missed at least one expected document
 */
public record RetrievalReport(int k, int questions, Map<SearchMode, Double> recall, Map<SearchMode, List<String>> misses) {
    public RetrievalReport {
        recall = Map.copyOf(recall);
        misses = Map.copyOf(misses);
    }

    public double recall(SearchMode mode) {
        return recall.get(mode);
    }

    /** One line per mode, e.g. {@code HYBRID   recall@5 = 0.950 (1 of 20 missed)}. */
    public String summary() {
        StringBuilder summary = new StringBuilder();
        for (SearchMode mode : SearchMode.values()) {
            summary.append(String.format(Locale.ROOT, "%-8s recall@%d = %.3f (%d of %d missed)%n",
                    mode, k, recall.get(mode), misses.get(mode).size(), questions));
        }
        return summary.toString();
    }
}
