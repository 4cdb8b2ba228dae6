package dev.orderlens.answering.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderlens.answering.semantic.PhraseMatcher.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    @Test
    void finds_every_occurrence_by_position_then_in_the_order_phrases_were_added() {
        PhraseMatcher<String> matcher = new PhraseMatcher<String>()
                .add("new york", "city").add("new york state", "state").add("york", "other city").add("New York", "again");

        List<Match<String>> matches = matcher.findAll(Words.tokens("from new york state to york"));

        assertThat(matches).containsExactly(new Match<>(1, 3, "city"), new Match<>(1, 4, "state"),
                new Match<>(1, 3, "again"), new Match<>(2, 3, "other city"), new Match<>(5, 6, "other city"));
    }

    @Test
    void knows_the_phrases_it_holds_as_written_or_in_the_plural() {
        PhraseMatcher<String> matcher = new PhraseMatcher<String>().add("gift card", "gift_card");

        assertThat(matcher.contains("Gift Cards")).isTrue();
        assertThat(matcher.contains("gift")).isFalse();
        assertThat(matcher.contains("gift crad")).isFalse();
    }

    /** The index must find what comparing the word with every word of the vocabulary finds. */
    @Test
    void finds_the_same_typos_as_comparing_with_every_word() {
        Random random = new Random(7);
        List<String> vocabulary = new ArrayList<>();
        PhraseMatcher<String> matcher = new PhraseMatcher<>();
        for (int i = 0; i < 3_000; i++) {
            String word = randomWord(random);
            vocabulary.add(word);
            matcher.add(word, word);
        }
        for (int i = 0; i < 3_000; i++) {
            String asked = misspell(vocabulary.get(random.nextInt(vocabulary.size())), random);
            Set<String> expected = new TreeSet<>();
            boolean known = vocabulary.stream().anyMatch(w -> Words.singular(w).equals(Words.singular(asked)));
            vocabulary.stream().filter(w -> known ? Words.singular(w).equals(Words.singular(asked)) : Words.same(asked, w))
                    .forEach(expected::add);

            Set<String> found = new TreeSet<>();
            matcher.findAll(List.of(asked)).forEach(m -> found.add(m.meaning()));

            assertThat(found).as(asked).isEqualTo(expected);
        }
    }

    private static String randomWord(Random random) {
        StringBuilder word = new StringBuilder();
        int length = 3 + random.nextInt(6);
        for (int i = 0; i < length; i++) {
            word.append("abcdeilnorst".charAt(random.nextInt(12)));
        }
        return word.toString();
    }

    /** The word with one letter changed, added, dropped or two swapped, or as it is. */
    private static String misspell(String word, Random random) {
        int at = random.nextInt(word.length());
        char letter = "abcdeilnorst".charAt(random.nextInt(12));
        return switch (random.nextInt(5)) {
            case 0 -> word.substring(0, at) + letter + word.substring(at + 1);
            case 1 -> word.substring(0, at) + letter + word.substring(at);
            case 2 -> word.substring(0, at) + word.substring(at + 1);
            case 3 -> at + 1 < word.length()
                    ? word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2) : word;
            default -> word;
        };
    }
}
