package dev.orderlens.answering;

import java.util.List;
import java.util.regex.Pattern;

/** One rewrite of a question's words: what the pattern matches, said the way the question is read. */
record Rewrite(Pattern pattern, String replacement) {

    /** The text with each rewrite made in turn, each on what the ones before it left. */
    static String inTurn(List<Rewrite> rewrites, String text) {
        String rewritten = text;
        for (Rewrite rewrite : rewrites) {
            rewritten = rewrite.pattern().matcher(rewritten).replaceAll(rewrite.replacement());
        }
        return rewritten;
    }
}
