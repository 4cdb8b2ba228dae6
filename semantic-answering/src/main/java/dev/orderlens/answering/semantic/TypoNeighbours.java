package dev.orderlens.answering.semantic;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The words of a vocabulary by their deletion neighbourhood: each word long enough for a typo is filed under itself
 * and under every spelling with one letter left out. Two words one edit apart (a letter changed, added, dropped or
 * two swapped) always share one of those keys, so the words a typo may stand for are found by a few look-ups
 * instead of a pass over the whole vocabulary; {@link Words#typo} then says which of them really are one typo away.
 */
final class TypoNeighbours {

    /** Per key, the count of ids in slot 0 and the ids after it, with room to grow by doubling. */
    private final Map<String, int[]> idsByKey = new HashMap<>();

    void add(String word, int id) {
        if (word.length() < Words.TYPO_MIN_LENGTH) {
            return;
        }
        file(word, id);
        for (int i = 0; i < word.length(); i++) {
            file(withoutLetter(word, i), id);
        }
    }

    /** Files the word under a key once, though leaving out either letter of a double one gives the same key. */
    private void file(String key, int id) {
        int[] ids = idsByKey.get(key);
        if (ids == null) {
            idsByKey.put(key, new int[] {1, id});
            return;
        }
        int count = ids[0];
        if (ids[count] == id) {
            return;
        }
        if (count + 1 == ids.length) {
            ids = Arrays.copyOf(ids, ids.length * 2);
            idsByKey.put(key, ids);
        }
        ids[count + 1] = id;
        ids[0] = count + 1;
    }

    /** The ids of the words that may be one typo away from {@code word} (a superset: callers check each one). */
    IntStream near(String word) {
        if (word.length() < Words.TYPO_MIN_LENGTH) {
            return IntStream.empty();
        }
        return keys(word).stream().map(idsByKey::get).filter(Objects::nonNull)
                .flatMapToInt(ids -> Arrays.stream(ids, 1, ids[0] + 1)).distinct();
    }

    private static Set<String> keys(String word) {
        Set<String> keys = new HashSet<>();
        keys.add(word);
        for (int i = 0; i < word.length(); i++) {
            keys.add(withoutLetter(word, i));
        }
        return keys;
    }

    private static String withoutLetter(String word, int at) {
        return new StringBuilder(word.length() - 1).append(word, 0, at).append(word, at + 1, word.length()).toString();
    }
}
