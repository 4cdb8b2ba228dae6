package dev.orderlens.core.port;

import dev.orderlens.core.domain.answer.Answer;
import dev.orderlens.core.domain.conversation.Conversation;
import java.util.List;
import java.util.Locale;

/** Suggests questions a user may want to ask next. */
public interface FollowUpSuggester {

    /**
     * Up to three questions that follow from the answer, each one the assistant can answer: one line each, no two
     * the {@linkplain #sameQuestion same question}, none the question just answered. Usually two or three; none when
     * nothing worth asking follows.
     */
    List<String> suggest(Answer answer, Conversation conversation);

    /**
     * Whether two questions ask the same: the same words in the same order, whatever their case, spacing and
     * punctuation ("Revenue by carrier in 2025?" and "revenue by carrier in 2025").
     */
    static boolean sameQuestion(String a, String b) {
        return words(a).equals(words(b));
    }

    private static String words(String question) {
        return question.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
