package dev.orderlens.answering.semantic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Finds the phrases of a vocabulary in the words of a question, tolerating plurals and single typos
 * (see {@link Words#same}). Every occurrence is reported; callers decide between overlapping ones.
 *
 * <p>The phrases are kept as a tree of words (one step per word, from a hash map), so that finding them costs about
 * the same for ten phrases as for a million: each word of the question is looked up, with its typo neighbours from
 * {@link TypoNeighbours}, and only the phrases that continue with the next word are followed. A word of the question
 * that is itself a word of the vocabulary is not read as a typo of another one.
 *
 * @param <T> what a phrase means
 */
public final class PhraseMatcher<T> {

    private static final int ROOT = 0;

    private final Map<String, Integer> wordIds = new HashMap<>();
    private final List<String> wordsById = new ArrayList<>();
    private final TypoNeighbours typos = new TypoNeighbours();
    /** The step from a phrase's first words (a node) by one more word: {@code node << 32 | word} to the next node. */
    private final Map<Long, Integer> steps = new HashMap<>();
    private final Map<Integer, List<Entry<T>>> phrasesEndingAt = new HashMap<>();
    private int nodes = 1;
    private int added;

    /** Adds a phrase ("home and kitchen") meaning {@code meaning}; blank phrases are ignored. */
    public PhraseMatcher<T> add(String phrase, T meaning) {
        Objects.requireNonNull(meaning, "meaning");
        List<String> words = Words.tokens(phrase);
        if (words.isEmpty()) {
            return this;
        }
        int node = ROOT;
        for (String word : words) {
            int id = wordId(Words.singular(word));
            node = steps.computeIfAbsent(step(node, id), k -> nodes++);
        }
        phrasesEndingAt.computeIfAbsent(node, k -> new ArrayList<>(1)).add(new Entry<>(added++, meaning));
        return this;
    }

    /** Whether {@code phrase} was added as it is written, plurals aside (no typo allowed). */
    public boolean contains(String phrase) {
        List<String> words = Words.tokens(phrase);
        int node = ROOT;
        for (String word : words) {
            Integer id = wordIds.get(Words.singular(word));
            Integer next = id == null ? null : steps.get(step(node, id));
            if (next == null) {
                return false;
            }
            node = next;
        }
        return !words.isEmpty() && phrasesEndingAt.containsKey(node);
    }

    /** Every phrase found in {@code words}, by where it starts, then in the order the phrases were added. */
    public List<Match<T>> findAll(List<String> words) {
        return findAll(words, position -> false);
    }

    /**
     * As {@link #findAll(List)}, reading the words at the positions {@code spelledRight} accepts only as they are
     * written: a word of ordinary English ("produce") is no typo of a vocabulary word ("product").
     */
    public List<Match<T>> findAll(List<String> words, IntPredicate spelledRight) {
        List<int[]> candidates = IntStream.range(0, words.size())
                .mapToObj(i -> candidates(words.get(i), spelledRight.test(i))).toList();
        List<Found<T>> found = new ArrayList<>();
        for (int start = 0; start < words.size(); start++) {
            List<Integer> reached = List.of(ROOT);
            for (int end = start + 1; end <= words.size() && !reached.isEmpty(); end++) {
                List<Integer> next = new ArrayList<>();
                for (int node : reached) {
                    for (int id : candidates.get(end - 1)) {
                        Integer child = steps.get(step(node, id));
                        if (child != null) {
                            next.add(child);
                            for (Entry<T> entry : phrasesEndingAt.getOrDefault(child, List.of())) {
                                found.add(new Found<>(entry.order, new Match<>(start, end, entry.meaning)));
                            }
                        }
                    }
                }
                reached = next;
            }
        }
        found.sort(Comparator.comparingInt((Found<T> f) -> f.match.start()).thenComparingInt(Found::order));
        return found.stream().map(Found::match).toList();
    }

    /** The words of the vocabulary a word of a question may stand for. */
    private int[] candidates(String questionWord, boolean literal) {
        String singular = Words.singular(questionWord);
        Integer exact = wordIds.get(singular);
        if (exact != null) {
            return new int[] {exact};
        }
        return literal ? new int[0]
                : typos.near(singular).filter(id -> Words.typo(singular, wordsById.get(id))).toArray();
    }

    private int wordId(String word) {
        Integer id = wordIds.get(word);
        if (id == null) {
            id = wordsById.size();
            wordIds.put(word, id);
            wordsById.add(word);
            typos.add(word, id);
        }
        return id;
    }

    private static long step(int node, int wordId) {
        return ((long) node << 32) | wordId;
    }

    private record Entry<T>(int order, T meaning) {
    }

    private record Found<T>(int order, Match<T> match) {
    }

    /**
     * A phrase found at words {@code [start, end)}.
     */
    public record Match<T>(int start, int end, T meaning) {
        public int length() {
            return end - start;
        }

        public boolean overlaps(Match<?> other) {
            return start < other.end && other.start < end;
        }

        public boolean within(Match<?> other) {
            return start >= other.start && end <= other.end;
        }
    }
}
