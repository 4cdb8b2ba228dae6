package dev.orderlens.answering;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The framing of a request written as a user story or its acceptance criteria ("As a product owner I want to
 * know…", "AC: the channel widget shows…", "Given Q2 2024, when I filter the dashboard by payment method, then each
 * method shows its cancellation rate"), or as an exercise for new staff ("Exercise 6: … Expected answer: three dollar
 * amounts."): words about who asks, where the figures go or what the answer should look like, which say nothing of
 * the rows, taken away before the question is read.
 */
final class RequestFraming {

    /** "As a product owner I want to know", "As a PO I want", "as pricing owner I need". */
    private static final Pattern ROLE = Pattern.compile("(?i)^\\s*as\\s+(?:(?:a|an|the)\\s+)?(?:[\\p{L}-]+\\s+){1,3}?"
            + "(?:i|we)\\s+(?:want|need|would\\s+like)(?:\\s+to\\s+(?:know|see|get|have|understand|check))?\\s+");
    /** "AC:", "Acceptance criteria -". */
    private static final Pattern CRITERIA = Pattern.compile("(?i)^\\s*(?:ac|acceptance\\s+criteri(?:a|on))"
            + "\\s*[:\\-]\\s*");
    /** "Given Q2 2024, …": the period or rows a scenario starts from. */
    private static final Pattern GIVEN = Pattern.compile("(?i)^\\s*given\\s+");
    /** "when I filter the dashboard by payment method": a breakdown by it. */
    private static final Pattern FILTERED_BY = Pattern.compile("(?i)\\bwhen\\s+(?:i|we|the\\s+user|a\\s+user)\\s+"
            + "(?:filter|group|split|slice|break\\s+down)\\s+(?:(?:the\\s+)?(?:[\\p{L}-]+\\s+)?"
            + "(?:dashboard|widget|report|view|data|table)\\s+|it\\s+|them\\s+)?by\\b");
    /** "then each method shows its": what each row of the breakdown holds. */
    private static final Pattern EACH_SHOWS = Pattern.compile("(?i)\\bthen\\s+(?:each|every)\\s+[\\p{L}-]+\\s+"
            + "(?:shows|displays|has|gets)\\s+(?:its|their)\\s+");
    /** "the channel widget shows", "the dashboard displays": where the figures are shown. */
    private static final Pattern SHOWN_ON = Pattern.compile("(?i)\\b(?:the\\s+)?(?:[\\p{L}-]+\\s+)?"
            + "(?:widget|dashboard|tile)\\s+(?:shows|displays|lists)\\s+");
    /** "on the ops dashboard", "in the widget". */
    private static final Pattern PLACE = Pattern.compile("(?i)\\s+(?:on|in|for)\\s+(?:the|our|my)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}(?:dashboard|widget|tile)\\b");
    /** "Exercise 6:", "Quiz 12 -", "Task 3)": the number of an exercise set for new staff. */
    private static final Pattern EXERCISE = Pattern.compile("(?i)^\\s*(?:exercise|quiz|question|task|drill|practice)"
            + "\\s*(?:no\\.?\\s*|#\\s*)?\\d+[a-z]?\\s*[:.)\\-]\\s*");
    /** "Expected answer: three dollar amounts.", "Hint: use the refunds.": what the exercise expects, after it. */
    private static final Pattern EXPECTED = Pattern.compile("(?i)[\\s.?!]*\\b(?:expected|model|correct|sample)\\s+"
            + "(?:answer|output|result)s?\\s*[:\\-].*$|[\\s.?!]*\\bhint\\s*:.*$");
    /** The breakdown first, then each piece of framing taken away, in the order it stands in a request. */
    private static final List<Rewrite> FRAMING = List.of(new Rewrite(EXERCISE, " "), new Rewrite(EXPECTED, "?"),
            new Rewrite(FILTERED_BY, "by"), new Rewrite(CRITERIA, " "),
            new Rewrite(ROLE, " "), new Rewrite(GIVEN, " "), new Rewrite(EACH_SHOWS, " "), new Rewrite(SHOWN_ON, " "),
            new Rewrite(PLACE, " "));

    private RequestFraming() {
    }

    /** The request without its framing; a question framed no such way comes back as it is. */
    static String unframed(String question) {
        return Rewrite.inTurn(FRAMING, question);
    }
}
