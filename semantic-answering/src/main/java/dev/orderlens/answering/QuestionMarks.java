package dev.orderlens.answering;

import java.util.regex.Pattern;

/**
 * Question marks as other languages write them, in English: Greek ends a question with what looks like a semicolon
 * ("Why the orders with the Klarna were cancelled on 14/03/2025;"), Chinese and Japanese with a full-width "？".
 */
final class QuestionMarks {

    /** A semicolon (or the Greek question mark, U+037E) ending the text: nothing follows it to separate. */
    private static final Pattern SEMICOLON_AT_END = Pattern.compile("[;\u037e]\\s*$");

    private QuestionMarks() {
    }

    /** The question with its closing mark written "?"; one ending otherwise comes back as it is. */
    static String inEnglish(String question) {
        return SEMICOLON_AT_END.matcher(question.replace('\uff1f', '?')).replaceFirst("?");
    }
}
