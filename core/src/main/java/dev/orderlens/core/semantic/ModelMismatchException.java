package dev.orderlens.core.semantic;

import java.util.List;

/**
 * A semantic model does not fit the data it describes: every problem found, one sentence each ("column
 * order_total: 'abc' is not a number"), so that one attempt shows everything to fix. The message is the problem
 * itself when there is one, else a summary line followed by one indented line per problem. It is an
 * {@link IllegalArgumentException} because the model and the data are arguments their user can fix.
 */
public class ModelMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ModelMismatchException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, one sentence each, in the order they were found. */
    public List<String> problems() {
        return problems;
    }

    /** The line that stands for all the problems. */
    public String summary() {
        return problems.size() == 1 ? problems.get(0)
                : "the model does not match the data (" + problems.size() + " problems):";
    }

    private static String message(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a mismatch needs at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0);
        }
        StringBuilder message = new StringBuilder("the model does not match the data (" + problems.size()
                + " problems):");
        problems.forEach(problem -> message.append("\n  ").append(problem));
        return message.toString();
    }
}
