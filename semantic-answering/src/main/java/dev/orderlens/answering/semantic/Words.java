package dev.orderlens.answering.semantic;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How questions and model phrases are cut into comparable words. */
public final class Words {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]+(?:\\.[0-9]+)?");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    /** Words shorter than this are never read as typos of others. */
    static final int TYPO_MIN_LENGTH = 5;

    private Words() {
    }

    /**
     * Lower-case words of {@code text} without their accents ("São José" reads as "sao jose"); "&" reads as "and",
     * underscores and hyphens separate words.
     */
    public static List<String> tokens(String text) {
        return originalTokens(text.toLowerCase(Locale.ROOT));
    }

    /** The words of {@code text} as {@link #tokens} cuts them, in their original case. */
    public static List<String> originalTokens(String text) {
        String unaccented = text.chars().allMatch(c -> c < 128) ? text
                : ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String normalized = unaccented.replace("&", " and ").replace('_', ' ');
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(normalized);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /**
     * Whether a word is written like an ordinary word rather than a code: a single letter or one of
     * {@code ordinaryWords}, and not in capitals ("in" but not "IN"; "tx" is a code).
     */
    public static boolean ordinary(String original, java.util.Set<String> ordinaryWords) {
        String lower = original.toLowerCase(Locale.ROOT);
        return (lower.length() <= 1 || ordinaryWords.contains(lower)) && !original.equals(original.toUpperCase(Locale.ROOT));
    }

    /** The word with a plural ending taken off, so that "carriers" and "carrier" compare equal. */
    public static String singular(String word) {
        if (word.length() <= 3 || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes") || word.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /**
     * Whether a word of a question stands for a word of the model: equal once singular, or — for words of
     * five letters or more that start alike — one typo apart.
     */
    public static boolean same(String questionWord, String modelWord) {
        String a = singular(questionWord);
        String b = singular(modelWord);
        return a.equals(b) || typo(a, b);
    }

    /** Whether two singular words differ by one typo: five letters or more, the same first letter, one edit apart. */
    static boolean typo(String a, String b) {
        return a.length() >= TYPO_MIN_LENGTH && b.length() >= TYPO_MIN_LENGTH && a.charAt(0) == b.charAt(0)
                && withinOneEdit(a, b);
    }

    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        if (a.length() == b.length()) {
            int differences = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    differences++;
                    boolean swapped = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1)
                            && a.charAt(i + 1) == b.charAt(i);
                    if (swapped) {
                        i++;
                    }
                }
            }
            return differences <= 1;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }
}
