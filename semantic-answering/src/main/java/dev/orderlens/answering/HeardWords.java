package dev.orderlens.answering;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words a speech-to-text engine writes for what was said into a phone, put back as they were meant: "see sat" is CSAT,
 * "ear buds" are earbuds, "nimbus ex two" is the Nimbus X2, "revenue by weak" is by week.
 */
final class HeardWords {

    /** "see sat", "c sat", "sea sat": the satisfaction score's letters as they sound. */
    private static final Pattern CSAT = Pattern.compile("(?i)\\b(?:see|sea|c)[\\s-]+sat\\b");
    /** "ear buds", "ear phones": one word heard as two. */
    private static final Pattern EAR = Pattern.compile("(?i)\\bear\\s+(buds?|phones?)\\b");
    /** "ex two": the letter X and a digit of a model name, each said as a word. */
    private static final Pattern LETTER_X_DIGIT = Pattern.compile("(?i)\\bex\\s+(one|two|three|four|five|six|seven"
            + "|eight|nine)\\b");
    /** "by weak", "last weak", "weak of the 8th": the week, where only a unit of time can stand. */
    private static final Pattern WEAK = Pattern.compile("(?i)(?<=\\b(?:by|per|each|every|last|this|next|over)"
            + "\\s)weak\\b|\\bweak(?=\\s+(?:of|ending|starting|commencing|before|after|over)\\b)");

    private HeardWords() {
    }

    /** The question with the words a dictation engine misheard as they were meant; other questions as they are. */
    static String asMeant(String question) {
        String text = CSAT.matcher(question).replaceAll("csat");
        text = EAR.matcher(text).replaceAll("ear$1");
        text = LETTER_X_DIGIT.matcher(text).replaceAll(match -> "x"
                + TimeExpressions.count(match.group(1).toLowerCase(Locale.ROOT)));
        return WEAK.matcher(text).replaceAll("week");
    }
}
