package dev.orderlens.answering;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The shorthand of reports and support floors that takes more than a word to say: "L12M" is the last 12 months, "LQ"
 * the last quarter, "BF vs CM" Black Friday against Cyber Monday, and "2024Q1" the first quarter of 2024. Shorthand of
 * one word ("wk", "tix", "cxl") is among the parser's chat spellings, a year cut to two digits ("Q1'25", "Dec '25") or
 * named by its kind ("CY2025") is the parser's short or named year, and the data's own jargon ("RMA", "OTD") is among
 * the model's synonyms.
 */
final class Shorthand {

    private static final List<Rewrite> SPELLED_OUT = List.of(
            new Rewrite(Pattern.compile("\\bL(\\d{1,2})M\\b"), "last $1 months"),
            new Rewrite(Pattern.compile("\\bLQ\\b"), "last quarter"),
            new Rewrite(Pattern.compile("\\bBF\\b"), "Black Friday"),
            // "2024Q1 through 2025Q4": a quarter written after its year, as time series label them
            new Rewrite(Pattern.compile("(?i)\\b(20\\d{2})-?(Q[1-4])\\b"), "$2 $1"));
    /** "CM" is Cyber Monday beside Black Friday; alone it may be a contribution margin or a length. */
    private static final Pattern CYBER_MONDAY = Pattern.compile("\\bCM\\b(?=.*\\bBlack Friday\\b)|(?<=\\bBlack Friday\\b"
            + ".{0,40})\\bCM\\b");

    private Shorthand() {
    }

    /** The question with its shorthand in words; a question without any comes back as it is. */
    static String spelledOut(String question) {
        String text = Rewrite.inTurn(SPELLED_OUT, question);
        return CYBER_MONDAY.matcher(text).replaceAll("Cyber Monday");
    }
}
