package dev.orderlens.bootstrap.eval;

import java.util.Locale;

/** Why an answer was not the right one, in words a person can act on. */
public enum MissReason {
    /** Answered from documents where a query was needed, or by a query where documents were. */
    WRONG_ROUTE,
    /** As many rows as the gold query, with other values (or another row first for a "top" question). */
    WRONG_VALUES,
    /** Fewer rows than the gold query: some gold rows are not in the answer. */
    MISSING_ROWS,
    /** More rows than the gold query, and not the gold ones: grouped more finely, or not filtered. */
    EXTRA_ROWS,
    /** The answer filters on a column the gold query does not. */
    EXTRA_FILTER,
    /** The gold query filters on a column the answer does not. */
    MISSING_FILTER,
    /** A phrase that changes the meaning was neither asked about nor mentioned in the answer. */
    DROPPED_PHRASE,
    /** Answered with figures where it should have asked back or said the question is out of scope. */
    GUESSED,
    /** Asked back or refused, but offered no choice to pick where a clarifying question was due. */
    NO_CHOICES,
    /** None of the expected strings is in the answer or the passages it cites. */
    NOT_FOUND,
    /** No answer: asking failed or the query did not run. */
    NO_ANSWER,
    /** The evaluation file's gold query failed, so the answer could not be judged. */
    GOLD_FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
