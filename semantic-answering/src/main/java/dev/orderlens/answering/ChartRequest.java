package dev.orderlens.answering;

import dev.orderlens.answering.semantic.Words;
import java.util.List;
import java.util.Set;

/**
 * A follow-up that asks only to see the last result drawn ("show that as a chart", "can you plot it?", "graph
 * this"): it changes nothing in the query, so the last query runs again and the answer carries its chart. A
 * request that also changes something ("plot it by month") is a follow-up for the parser instead.
 */
final class ChartRequest {

    private static final Set<String> DRAW = Set.of("chart", "charts", "graph", "graphs", "plot", "plotted", "draw",
            "visualise", "visualize", "visualisation", "visualization", "diagram");
    /** Words around a drawing verb that add nothing to the query. */
    private static final Set<String> FILLER = Set.of("show", "shown", "see", "that", "this", "it", "them", "these",
            "those", "results", "result", "as", "a", "an", "the", "me", "us", "please", "pls", "can", "could", "would",
            "you", "in", "into", "on", "make", "turn", "put", "give", "line", "bar", "same", "now", "and", "ok",
            "okay", "of", "do", "to", "get", "instead", "one", "numbers", "data", "table");

    private ChartRequest() {
    }

    static boolean asksOnlyForAChart(String question) {
        List<String> words = Words.tokens(question);
        return words.stream().anyMatch(DRAW::contains)
                && words.stream().allMatch(word -> DRAW.contains(word) || FILLER.contains(word));
    }
}
