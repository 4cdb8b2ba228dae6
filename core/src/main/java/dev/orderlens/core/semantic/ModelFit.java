package dev.orderlens.core.semantic;

import dev.orderlens.core.domain.table.SqlDialect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a semantic model fits the data it describes, wherever that data is: a file about to be loaded into the
 * embedded database, or a table a warehouse already holds. Each kind of data says how its columns are named, how
 * their values or types are checked and how a statement is tried; the rules are the same for all: every column
 * of the model is in the data (matched ignoring case and surrounding blanks, with the nearest name as a hint when
 * it is not), the time column is a date or timestamp, and every metric's expression and filter run over the
 * table. Every problem is collected, so that one attempt shows all there is to fix.
 *
 * @param <C> how the data describes one of its columns
 */
public final class ModelFit<C> {

    /** The data a model is checked against. */
    public interface Data<C> {

        /** The column's name as the data spells it. */
        String nameOf(C column);

        /** Adds a problem for each matched column whose values or type do not fit the model's type. */
        void checkColumns(Map<SemanticColumn, C> matches, List<String> problems);

        /** A relation shaped like the table, named as the model names it, to try the metrics over. */
        String metricRelation();

        /** The dialect the metrics are tried in, which picks their {@code dialectExpressions}. */
        SqlDialect dialect();

        /** The first line of the error {@code sql} fails with, or empty when it runs. */
        Optional<String> failureOf(String sql);
    }

    /**
     * What a check found.
     *
     * @param matches where each model column found is among the data's columns
     * @param problems every way the model does not fit, in the order found; empty when it fits
     * @param ignoredColumns the data's columns the model does not describe, as the data names them
     */
    public record Result<C>(Map<SemanticColumn, C> matches, List<String> problems, List<String> ignoredColumns) {
        public Result {
            matches = Collections.unmodifiableMap(new LinkedHashMap<>(matches));
            ignoredColumns = List.copyOf(ignoredColumns);
        }

        /**
         * @throws ModelMismatchException naming every problem, when there is one
         */
        public Result<C> requireFit() {
            if (!problems.isEmpty()) {
                throw new ModelMismatchException(problems);
            }
            return this;
        }
    }

    private final SemanticModel model;

    private ModelFit(SemanticModel model) {
        this.model = model;
    }

    public static <C> ModelFit<C> of(SemanticModel model) {
        return new ModelFit<>(model);
    }

    /**
     * Checks the model against {@code columns} of {@code data}. The problems are returned rather than thrown, so
     * that a load can add what it finds while copying before it refuses. The matches keep the model's order.
     */
    public Result<C> check(List<C> columns, Data<C> data) {
        List<String> problems = new ArrayList<>();
        Map<SemanticColumn, C> matches = match(columns, data, problems);
        timeColumnProblem().ifPresent(problems::add);
        metricProblems(data, problems);
        data.checkColumns(matches, problems);
        List<String> ignored = columns.stream().map(data::nameOf)
                .filter(name -> model.column(name).isEmpty())
                .toList();
        return new Result<>(matches, problems, ignored);
    }

    /** Where each model column is in the data; a problem for each one missing or named twice. */
    private Map<SemanticColumn, C> match(List<C> columns, Data<C> data, List<String> problems) {
        Map<SemanticColumn, C> matches = new LinkedHashMap<>();
        List<String> names = columns.stream().map(data::nameOf).toList();
        for (SemanticColumn column : model.columns()) {
            List<C> same = columns.stream()
                    .filter(candidate -> data.nameOf(candidate).strip().equalsIgnoreCase(column.name())).toList();
            if (same.isEmpty()) {
                problems.add("column " + column.name() + " of the semantic model is not in the data"
                        + ClosestName.among(column.name(), names).map(name -> " (closest: " + name + ")").orElse(""));
            } else if (same.size() > 1) {
                problems.add("column " + column.name() + " appears " + same.size() + " times in the data");
            } else {
                matches.put(column, same.get(0));
            }
        }
        return matches;
    }

    private Optional<String> timeColumnProblem() {
        SemanticColumn time = model.column(model.timeColumn()).orElseThrow();
        return time.type().isTemporal() ? Optional.empty()
                : Optional.of("timeColumn " + time.name() + " is " + time.type() + ", not a DATE or TIMESTAMP");
    }

    /**
     * Runs each metric's expression and filter over the data's relation, so that a metric that names a missing
     * column or does not parse is found now rather than by the first question.
     */
    private void metricProblems(Data<C> data, List<String> problems) {
        String relation = data.metricRelation();
        for (Metric metric : model.metrics()) {
            data.failureOf("SELECT " + metric.expressionFor(data.dialect()) + " FROM " + relation)
                    .ifPresent(error -> problems.add("metric " + metric.name() + ": its expression does not run: "
                            + error));
            if (metric.filter() != null) {
                data.failureOf("SELECT count(*) FROM " + relation + " WHERE " + metric.filter())
                        .ifPresent(error -> problems.add("metric " + metric.name() + ": its filter does not run: "
                                + error));
            }
        }
    }
}
