package dev.orderlens.core.domain.verified;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How verified questions are compared: the normalised text (case, punctuation, spacing and articles do not
 * count), and the words that are about the data, which are all words but a short list of ways of asking.
 */
public final class QuestionWords {

    /**
     * Words that change how a question is put, never what it asks for. Kept short on purpose: words that could
     * name a measure, a filter or a comparison ("average", "not", "from", "top", "by") are never in it.
     */
    private static final Set<String> PHRASING = Set.of("how", "many", "what", "whats", "which", "is", "are", "was",
            "were", "be", "been", "do", "does", "did", "we", "our", "i", "me", "us", "you", "show", "give", "tell",
            "list", "get", "got", "have", "has", "had", "there", "please", "number", "count", "of", "in", "for",
            "can", "could", "would");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private QuestionWords() {
    }

    /** Lower case, letters and digits only (a dot or dash inside a number stays), single spaces, no articles. */
    public static String normalise(String question) {
        return String.join(" ", words(question).stream().filter(word -> !ARTICLES.contains(word)).toList());
    }

    /** The words about the data, in the order asked: "How many orders were there in 2025?" → orders, 2025. */
    public static List<String> dataWords(String question) {
        return words(question).stream()
                .filter(word -> !ARTICLES.contains(word) && !PHRASING.contains(word))
                .toList();
    }

    private static List<String> words(String question) {
        String folded = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace("'", "")
                .replace("’", "")
                .replaceAll("(?<=\\d)[.,:/-](?=\\d)", "\u0000")
                .replaceAll("[^\\p{L}\\p{N}\u0000]+", " ")
                .replace('\u0000', '.')
                .strip();
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}
