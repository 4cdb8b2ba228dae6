package dev.orderlens.bootstrap.eval;

import dev.orderlens.core.domain.route.Route;
import java.util.List;
import java.util.Objects;

/**
 * One labelled question of an evaluation file: either an in-domain question with the route a good router picks
 * (and a gold query or expected strings), or a question that should not be answered with a figure, with what
 * should happen instead ({@link Expectation}).
 *
 * @param id the question's id, unique within its file
 * @param route the route a good router picks; {@code null} for an {@code expect} question
 * @param expect what a question outside the data or too vague to answer should get; {@code null} in-domain
 * @param phrase for {@link Expectation#MENTION}, the words the answer must own up to; else {@code null}
 * @param turns the conversation, the scored question last (one turn for a single question)
 * @param gold for SQL questions, a query whose result is the right answer; {@code null} otherwise
 * @param keyTop whether only the first gold row's label must lead the answer ({@code "key": "top"})
 * @param percentage whether gold numbers are percentages, so that 12.5 and 0.125 both match 12.5
 * @param tolerance how far a number may be from the gold one, relative (0.005 is 0.5%)
 * @param expectAny for RAG questions, strings of which at least one must appear in the answer or its sources
 */
public record EvalQuestion(String id, Route route, Expectation expect, String phrase, List<String> turns,
        String gold, boolean keyTop, boolean percentage, double tolerance, List<String> expectAny) {

    public static final double DEFAULT_TOLERANCE = 0.005;

    public EvalQuestion {
        Objects.requireNonNull(id, "id");
        if ((route == null) == (expect == null)) {
            throw new IllegalArgumentException("give either 'route' or 'expect'");
        }
        turns = List.copyOf(turns);
        if (turns.isEmpty()) {
            throw new IllegalArgumentException("a question needs at least one turn");
        }
        expectAny = expectAny == null ? List.of() : List.copyOf(expectAny);
        if (route == Route.SQL && (gold == null || gold.isBlank())) {
            throw new IllegalArgumentException("an sql question needs a gold query");
        }
        if (route == Route.RAG && expectAny.isEmpty()) {
            throw new IllegalArgumentException("a rag question needs expect_any strings");
        }
        if (expect != null && (gold != null || !expectAny.isEmpty())) {
            throw new IllegalArgumentException("an 'expect' question takes no 'gold' or 'expect_any'");
        }
        if ((expect == Expectation.MENTION) != (phrase != null && !phrase.isBlank())) {
            throw new IllegalArgumentException("'phrase' goes with \"expect\": \"mention\", and only there");
        }
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tol must be a fraction between 0 and 1 (was " + tolerance + ")");
        }
    }

    public static EvalQuestion sql(String id, String question, String gold) {
        return new EvalQuestion(id, Route.SQL, null, null, List.of(question), gold, false, false, DEFAULT_TOLERANCE,
                List.of());
    }

    public static EvalQuestion rag(String id, String question, List<String> expectAny) {
        return new EvalQuestion(id, Route.RAG, null, null, List.of(question), null, false, false, DEFAULT_TOLERANCE,
                expectAny);
    }

    /** A question whose right outcome is a clarifying answer ({@code phrase} only for {@code MENTION}). */
    public static EvalQuestion expecting(String id, Expectation expect, String phrase, String... turns) {
        return new EvalQuestion(id, null, expect, phrase, List.of(turns), null, false, false, DEFAULT_TOLERANCE,
                List.of());
    }

    /** The scored question: the last turn. */
    public String question() {
        return turns.get(turns.size() - 1);
    }

    public ResultComparison.Rules comparisonRules() {
        return new ResultComparison.Rules(keyTop, percentage, tolerance);
    }
}
