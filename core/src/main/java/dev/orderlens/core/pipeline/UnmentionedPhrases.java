package dev.orderlens.core.pipeline;

import dev.orderlens.core.domain.answer.QuotedPhrases;
import dev.orderlens.core.domain.search.Passage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Phrases of a question that an answer from the documents passes over: "revenue from gift-wrapped orders" answered
 * from a monthly summary that never mentions gift wrapping would otherwise read as an answer about those orders. A
 * phrase is mentioned when one cited passage mentions each of its words that say what it is about.
 */
final class UnmentionedPhrases {

    private static final List<String> ENDINGS = List.of("ing", "ed", "es", "s");
    private static final int SHORTEST_STEM = 4;
    private static final int SHORTEST_WORD = 3;
    /** Words that join a phrase's words rather than say what it is about. */
    private static final Set<String> CONNECTORS = Set.of("after", "before", "with", "without", "from", "into", "about",
            "over", "under", "than", "that", "this", "the", "and", "for", "are", "was", "were", "our", "their");

    private UnmentionedPhrases() {
    }

    /**
     * The sentence closing an answer when some of {@code phrases} are mentioned in none of the passages it cites,
     * leaving out those {@code alreadySaid} quotes already; empty when every phrase is mentioned or no passage is cited.
     */
    static Optional<String> note(List<String> phrases, List<Passage> cited, String alreadySaid) {
        if (cited.isEmpty()) {
            return Optional.empty();
        }
        List<Set<String>> mentioned = cited.stream().map(p -> words(p.title() + " " + p.text()).stream()
                .map(UnmentionedPhrases::stem).collect(Collectors.toSet())).toList();
        List<String> missing = phrases.stream()
                .filter(phrase -> !alreadySaid.contains(QuotedPhrases.quoted(phrase)))
                .filter(phrase -> mentioned.stream().noneMatch(passage -> passage.containsAll(meaningful(phrase))))
                .toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("The passages cited do not mention " + QuotedPhrases.named(missing) + ", so this answer "
                + "does not cover that part of the question.");
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .toList();
    }

    /**
     * The stems of the words that say what a phrase is about, all of which one passage must mention: "gift" and
     * "wrap" of "gift wrapped" (a passage about gift cards does not cover it), "checkout" of "checkout after".
     */
    private static Set<String> meaningful(String phrase) {
        Set<String> stems = words(phrase).stream().filter(word -> word.length() >= SHORTEST_WORD
                && !CONNECTORS.contains(word)).map(UnmentionedPhrases::stem).collect(Collectors.toSet());
        return stems.isEmpty() ? words(phrase).stream().map(UnmentionedPhrases::stem).collect(Collectors.toSet())
                : stems;
    }

    /** "returning", "returned" and "returns" are one word here; a short word stays as it is. */
    private static String stem(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= SHORTEST_STEM) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
