package dev.orderlens.answering.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the phrases of a vocabulary in the words of a question, tolerating plurals and single typos
 * (see {@link Words#same}). Every occurrence is reported; callers decide between overlapping ones.
 *
 * @param <T> what a phrase means
 */
public final class PhraseMatcher<T> {

    private final List<Entry<T>> entries = new ArrayList<>();

    /** Adds a phrase ("home and kitchen") meaning {@code meaning}; blank phrases are ignored. */
    public PhraseMatcher<T> add(String phrase, T meaning) {
        List<String> words = Words.tokens(phrase);
        if (!words.isEmpty()) {
            entries.add(new Entry<>(words, Objects.requireNonNull(meaning, "meaning")));
        }
        return this;
    }

    public List<Match<T>> findAll(List<String> words) {
        List<Match<T>> matches = new ArrayList<>();
        for (int start = 0; start < words.size(); start++) {
            for (Entry<T> entry : entries) {
                if (matchesAt(words, start, entry.words)) {
                    matches.add(new Match<>(start, start + entry.words.size(), entry.meaning));
                }
            }
        }
        return matches;
    }

    private static boolean matchesAt(List<String> words, int start, List<String> phrase) {
        if (start + phrase.size() > words.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            if (!Words.same(words.get(start + i), phrase.get(i))) {
                return false;
            }
        }
        return true;
    }

    private record Entry<T>(List<String> words, T meaning) {
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
