package dev.orderlens.answering;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The Tagalog words of a question written in Taglish, the mix of Tagalog and English support floors in the
 * Philippines write in ("ilan po yung orders na na-cancel last month?", "magkano po total refund natin sa Nimbus X2
 * earbuds?"), said in English: question words and superlatives in their English words, the verb prefixes on English
 * verbs ("na-cancel", "nag-order") taken off, and the particles of politeness and linking ("po", "yung", "ng",
 * "naman") taken away or said as the English word they stand for. A question with none of the Tagalog words only
 * Taglish has is left as it is, so that English words such as "may" and "at" keep their English meaning.
 */
final class TaglishWords {

    /**
     * Words only Taglish has: the polite "po" (in lower case: "PO" is a purchase order), the linkers "yung" and "ng",
     * and the question words, pronouns and prefixes no English question uses.
     */
    private static final Pattern TAGLISH = Pattern.compile("\\bpo\\b|(?i)\\b(?:yung|ung|ng|naman|natin|namin|ilan"
            + "|magkano|nung|noong|kumusta|kamusta|bakit|pinaka-?\\p{L}+|nag-\\p{L}+|na-\\p{L}+|pa-check)\\b");
    private static final List<Rewrite> IN_ENGLISH = List.of(
            new Rewrite(Pattern.compile("\\bpo\\b|(?i)\\b(?:opo|daw|ba|naman|mga|si|ni)\\b"), " "),
            new Rewrite(Pattern.compile("(?i)\\b(?:na|nag|mag|pa)-(?=\\p{L})"), ""),
            new Rewrite(Pattern.compile("(?i)\\bpinaka-?marami(?:ng)?\\b"), "most"),
            new Rewrite(Pattern.compile("(?i)\\bpinaka-?mahal(?:ng)?\\b"), "most expensive"),
            new Rewrite(Pattern.compile("(?i)\\bpinaka-?mura(?:ng)?\\b"), "cheapest"),
            new Rewrite(Pattern.compile("(?i)\\bpinaka-?(?=\\p{L})"), "most "),
            new Rewrite(Pattern.compile("(?i)\\bang\\s+may\\b"), "has the"),
            new Rewrite(Pattern.compile("(?i)\\bilan\\b"), "how many"),
            new Rewrite(Pattern.compile("(?i)\\bmagkano\\b"), "how much"),
            new Rewrite(Pattern.compile("(?i)\\bano\\b"), "what"),
            new Rewrite(Pattern.compile("(?i)\\bbakit\\b"), "why"),
            new Rewrite(Pattern.compile("(?i)\\bkailan\\b"), "when"),
            new Rewrite(Pattern.compile("(?i)\\balin\\b"), "which"),
            new Rewrite(Pattern.compile("(?i)\\bk[au]musta\\b"), "how are"),
            new Rewrite(Pattern.compile("(?i)\\bpataas\\b"), "or more"),
            new Rewrite(Pattern.compile("(?i)\\bpababa\\b"), "or less"),
            new Rewrite(Pattern.compile("(?i)\\bkasama\\b"), "including"),
            new Rewrite(Pattern.compile("(?i)\\bkahit\\b"), "even"),
            new Rewrite(Pattern.compile("(?i)\\btapos\\b"), "and"),
            new Rewrite(Pattern.compile("(?i)^\\s*eh\\b"), "and"),
            new Rewrite(Pattern.compile("(?i)\\b(?:nung|noong)\\b"), "on"),
            new Rewrite(Pattern.compile("(?i)\\b(?:dun|doon)\\b"), "of those"),
            new Rewrite(Pattern.compile("(?i)\\b(?:natin|namin)\\b"), "our"),
            new Rewrite(Pattern.compile("(?i)\\bko\\b"), "my"),
            new Rewrite(Pattern.compile("(?i)\\bpara\\b"), "for"),
            new Rewrite(Pattern.compile("(?i)\\blang\\b"), "only"),
            new Rewrite(Pattern.compile("(?i)\\b(?:din|rin)\\b"), "also"),
            new Rewrite(Pattern.compile("(?i)\\bsa\\b"), "in"),
            new Rewrite(Pattern.compile("(?i)\\bng\\b"), "of"),
            new Rewrite(Pattern.compile("(?i)\\btumawag\\b"), "who called"),
            new Rewrite(Pattern.compile("(?i)\\bkanina\\b"), "earlier"),
            new Rewrite(Pattern.compile("(?i)\\bkahapon\\b"), "yesterday"),
            new Rewrite(Pattern.compile("(?i)\\bbukas\\b"), "tomorrow"),
            new Rewrite(Pattern.compile("(?i)\\bngayon\\b"), "now"),
            new Rewrite(Pattern.compile("(?i)\\bsalamat\\b"), "thanks"),
            new Rewrite(Pattern.compile("(?i)\\b(?:yung|ung|iyong)\\b"), "the"),
            new Rewrite(Pattern.compile("(?i)\\b(?:ang|na)\\b"), " "),
            new Rewrite(Pattern.compile("[ \\t]{2,}"), " "));

    private TaglishWords() {
    }

    /** The question in English words, or as it is when it has none of the words only Taglish has. */
    static String inEnglish(String question) {
        return TAGLISH.matcher(question).find() ? Rewrite.inTurn(IN_ENGLISH, question).strip() : question;
    }
}
