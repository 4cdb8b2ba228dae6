package dev.orderlens.answering;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The framing of a request written as a user story or its acceptance criteria ("As a product owner I want to
 * know…", "AC: the channel widget shows…", "Given Q2 2024, when I filter the dashboard by payment method, then each
 * method shows its cancellation rate"), or as an exercise for new staff ("Exercise 6: … Expected answer: three dollar
 * amounts."): words about who asks, where the figures go or what the answer should look like, which say nothing of
 * the rows, taken away before the question is read. So is the courtesy of a formal letter ("Dear colleagues, I should
 * be most grateful if you would let me know … With kind regards."): its greeting, its sign-off and the polite words
 * that lead into what it asks.
 */
final class RequestFraming {

    /** "Story:", "User story -", "New story, same acceptance criteria, but…": the label of a user story. */
    private static final Pattern STORY = Pattern.compile("(?i)^\\s*(?:(?:new|another|next)\\s+)?(?:user\\s+)?story"
            + "\\s*[:\\-,]\\s*(?:same\\s+(?:acceptance\\s+criteri(?:a|on)|ac\\b)\\s*,?\\s*)?");
    /** "As a product owner I want to know", "As a support lead, I want", "as pricing owner I need". */
    private static final Pattern ROLE = Pattern.compile("(?i)^\\s*as\\s+(?:(?:a|an|the)\\s+)?(?:[\\p{L}-]+,?\\s+){1,3}?"
            + "(?:i|we)\\s+(?:want|need|would\\s+like)(?:\\s+to\\s+(?:know|see|get|have|understand|check))?\\s+");
    /** "AC:", "Acceptance criteria -", "… in 2025. Acceptance: …": the label of what the answer must meet. */
    private static final Pattern CRITERIA = Pattern.compile("(?i)(?:^|(?<=[.!?;]))\\s*(?:ac|acceptance"
            + "(?:\\s+criteri(?:a|on))?)\\s*[:\\-]\\s*");
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
    /** Where a letter's greeting, sign-off or lead may stand: at the start or after the end of a clause. */
    private static final String CLAUSE_START = "(?:^|(?<=[.!?,;:]))\\s*";
    /** "Dear colleagues,", "Dear Support Team -": the greeting a letter opens with. */
    private static final Pattern SALUTATION = Pattern.compile("(?i)^\\s*dear\\s+(?:[\\p{L}.'-]+\\s*){1,3}[,:\\-]\\s*");
    /** "With kind regards.", "I remain, yours faithfully, A. Smith": how a letter signs off, with the name after it. */
    private static final Pattern VALEDICTION = Pattern.compile("(?i)" + CLAUSE_START + "(?:(?:with\\s+)?(?:very\\s+)?"
            + "(?:kind(?:est)?|best|warm(?:est)?)\\s+regards|regards(?!\\s+to\\b)|(?:i\\s+remain,?\\s+)?yours\\s+"
            + "(?:faithfully|sincerely|truly|respectfully)|thanking\\s+you(?:\\s+in\\s+advance)?)\\b[\\s\\p{L}.,']*$");
    /**
     * "I should be most grateful if you would let me know", "It would oblige me greatly to learn", "Might I trouble
     * you for", "Would you be so kind as to set out", "I should be obliged to know", "Pray,": a formal request's
     * lead into what it asks.
     */
    private static final Pattern COURTEOUS_LEAD = Pattern.compile("(?i)" + CLAUSE_START + "(?:i\\s+(?:should|would)\\s+"
            + "(?:be\\s+(?:(?:most|very|much|greatly|extremely|so|truly)\\s+)?(?:grateful|obliged|glad|pleased)"
            + "(?:\\s+if\\s+you\\s+(?:would|could|might)|\\s+to)|like\\s+to)|it\\s+would\\s+oblige\\s+me"
            + "(?:\\s+(?:greatly|much|very\\s+much))?\\s+to|(?:might|may|could)\\s+i\\s+trouble\\s+you(?=\\s+for)"
            + "|(?:might|may|could)\\s+i\\s+trouble\\s+you\\s+to|would\\s+you\\s+be\\s+so\\s+(?:kind|good)\\s+as\\s+to"
            + "|pray(?:\\s+tell(?:\\s+me)?)?\\s*,)(?:\\s+kindly)?"
            + "(?:\\s+(?:let\\s+me\\s+know|tell\\s+me|inform\\s+me\\s+of"
            + "|provide(?:\\s+me\\s+with)?|send\\s+me|give\\s+me|set\\s+out|know|learn|see|have|receive|be\\s+told"
            + "|for))?(?![\\p{L}])\\s*");
    /** The breakdown first, then each piece of framing taken away, in the order it stands in a request. */
    private static final List<Rewrite> FRAMING = List.of(new Rewrite(EXERCISE, " "), new Rewrite(EXPECTED, "?"),
            new Rewrite(SALUTATION, " "), new Rewrite(VALEDICTION, ""), new Rewrite(COURTEOUS_LEAD, " "),
            new Rewrite(FILTERED_BY, "by"), new Rewrite(CRITERIA, " "), new Rewrite(STORY, " "),
            new Rewrite(ROLE, " "), new Rewrite(GIVEN, " "), new Rewrite(EACH_SHOWS, " "), new Rewrite(SHOWN_ON, " "),
            new Rewrite(PLACE, " "));

    private RequestFraming() {
    }

    /** The request without its framing; a question framed no such way comes back as it is. */
    static String unframed(String question) {
        return Rewrite.inTurn(FRAMING, question);
    }
}
