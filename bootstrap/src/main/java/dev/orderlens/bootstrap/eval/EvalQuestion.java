package dev.orderlens.bootstrap.eval;

import dev.orderlens.core.domain.route.Route;
import java.util.List;
import java.util.Objects;

/**
 * One labelled question of an evaluation file.
 *
 * @param id the question's id, unique within its file
 * @param route the route a good router picks
 * @param turns the conversation, the scored question last (one turn for a single question)
 * @param gold for SQL questions, a query whose result is the right answer; {@code null} for RAG
 * @param keyTop whether only the first gold row's label must lead the answer ({@code "key": "top"})
 * @param percentage whether gold numbers are percentages, so that 12.5 and 0.125 both match 12.5
 * @param tolerance how far a number may be from the gold one, relative (0.005 is 0.5%)
 * @param expectAny for RAG questions, strings of which at least one must appear in the answer or its sources
 */
public record EvalQuestion(String id, Route route, List<String> turns, String gold, boolean keyTop,
        boolean percentage, double tolerance, List<String> expectAny) {

    public static final double DEFAULT_TOLERANCE = 0.005;

    public EvalQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(route, "route");
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
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tol must be a fraction between 0 and 1 (was " + tolerance + ")");
        }
    }

    public static EvalQuestion sql(String id, String question, String gold) {
        return new EvalQuestion(id, Route.SQL, List.of(question), gold, false, false, DEFAULT_TOLERANCE, List.of());
    }

    public static EvalQuestion rag(String id, String question, List<String> expectAny) {
        return new EvalQuestion(id, Route.RAG, List.of(question), null, false, false, DEFAULT_TOLERANCE, expectAny);
    }

    /** The scored question: the last turn. */
    public String question() {
        return turns.get(turns.size() - 1);
    }

    public ResultComparison.Rules comparisonRules() {
        return new ResultComparison.Rules(keyTop, percentage, tolerance);
    }
}
