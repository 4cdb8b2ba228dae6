package dev.orderlens.core.domain.answer;

import java.util.List;

/** How an answer names phrases of the question it could not use: each in quotes, the last after "or". */
public final class QuotedPhrases {

    private QuotedPhrases() {
    }

    /** "'weather'", "'weather' or 'Paris'", "'a', 'b' or 'c'". */
    public static String named(List<String> phrases) {
        List<String> quoted = phrases.stream().map(QuotedPhrases::quoted).toList();
        return quoted.size() == 1 ? quoted.get(0) : String.join(", ", quoted.subList(0, quoted.size() - 1))
                + " or " + quoted.get(quoted.size() - 1);
    }

    /** "'weather'": a phrase as an answer quotes it, so that a later sentence can tell it was named already. */
    public static String quoted(String phrase) {
        return "'" + phrase + "'";
    }
}
