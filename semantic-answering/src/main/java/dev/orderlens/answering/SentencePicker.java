package dev.orderlens.answering;

import dev.orderlens.answering.semantic.Words;
import dev.orderlens.core.domain.search.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Picks the two to four sentences of the retrieved passages that share the most words with the question. */
final class SentencePicker {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9\"'(\\[])|\\n\\s*\\n|\\n(?=[-*#] )");
    private static final Set<String> QUESTION_ONLY = Set.of("why", "say", "says", "said", "explain", "summarise",
            "summarize", "describe", "tell", "happened", "anything", "something", "should", "handle", "know");
    private static final int MAX_SENTENCES = 4;
    private static final int MIN_WORDS = 4;

    record Picked(Passage passage, String text, int passageRank, int position, int score) {
    }

    List<Picked> pick(String question, List<Passage> passages) {
        Set<String> terms = terms(question);
        if (terms.isEmpty()) {
            return List.of();
        }
        List<Picked> candidates = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int p = 0; p < passages.size(); p++) {
            String[] sentences = SENTENCE_END.split(passages.get(p).text().strip());
            for (int s = 0; s < sentences.length; s++) {
                String sentence = sentences[s].strip().replace("**", "").replace("__", "").replaceAll("^[-*#]+\\s*", "").replaceAll("\\s+", " ");
                if (Words.tokens(sentence).size() < MIN_WORDS || !seen.add(sentence)) {
                    continue;
                }
                int score = overlap(terms, sentence);
                if (score > 0) {
                    candidates.add(new Picked(passages.get(p), sentence, p, s, score));
                }
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates.sort(Comparator.comparingInt((Picked c) -> -c.score()).thenComparingInt(Picked::passageRank)
                .thenComparingInt(Picked::position));
        int best = candidates.get(0).score();
        List<Picked> chosen = new ArrayList<>();
        for (Picked candidate : candidates) {
            boolean strongEnough = candidate.score() * 2 >= best || chosen.size() < 2;
            if (chosen.size() < MAX_SENTENCES && strongEnough) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(Picked::passageRank).thenComparingInt(Picked::position));
        return chosen;
    }

    private static int overlap(Set<String> terms, String sentence) {
        Set<String> stems = new LinkedHashSet<>();
        Words.tokens(sentence).forEach(word -> stems.add(stem(word)));
        int score = 0;
        for (String term : terms) {
            if (stems.contains(term)) {
                score++;
            }
        }
        return score;
    }

    private static Set<String> terms(String question) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : Words.tokens(question)) {
            if (!EnglishWords.FUNCTION_WORDS.contains(word) && !QUESTION_ONLY.contains(word) && word.length() > 1) {
                terms.add(stem(word));
            }
        }
        return terms;
    }

    /** A rough stem, so that "recalled", "recalls" and "recall" meet. */
    static String stem(String word) {
        String stem = Words.singular(word);
        for (String suffix : List.of("ing", "ed", "ly")) {
            if (stem.endsWith(suffix) && stem.length() - suffix.length() >= 4) {
                return stem.substring(0, stem.length() - suffix.length());
            }
        }
        return stem;
    }
}
