package dev.orderlens.core.pipeline;

import dev.orderlens.core.domain.answer.SqlAnswer;
import dev.orderlens.core.port.AnswerWriter.GroundedAnswer;

/**
 * Puts the numbers of a change and the documents' reasons for it into one answer: the rows and their summary,
 * then "Why:" and the cited sentences, with the cited passages as the answer's sources.
 */
final class ChangeExplanation {

    static final String ROUTE_REASON = "it asks why a figure changed: the numbers come from a query, the reasons"
            + " from the documents";
    static final String NO_REASONS = "The documents do not say why.";

    private ChangeExplanation() {
    }

    static SqlAnswer withReasons(SqlAnswer numbers, GroundedAnswer reasons) {
        // A writer with nothing to cite says so in its own words, which would read as if the numbers were missing.
        String why = reasons.cited().isEmpty() ? NO_REASONS : "**Why:** " + reasons.text().strip();
        return new SqlAnswer(numbers.messageId(), numbers.sessionId(), numbers.question(),
                numbers.text() + "\n\n" + why, numbers.sql(), numbers.result(), numbers.resultId(), numbers.error(),
                reasons.cited(), numbers.verification(),
                numbers.route(), numbers.followUps(), numbers.timings());
    }
}
