package dev.orderlens.bootstrap.eval;

import dev.orderlens.core.domain.table.SqlResult;
import dev.orderlens.core.sql.WhereConditions;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Why an answer's rows are not the gold rows. A difference in what the two queries filter on explains the most,
 * so it comes first (a column only one of them filters on); otherwise the row counts tell a result cut short
 * from one split too finely, and equal counts mean the values themselves differ.
 */
final class SqlMissDiagnosis {

    /** A reason and the words that go with it. */
    record Diagnosis(MissReason reason, String detail) {
    }

    private final Set<String> columns;

    /** @param columns the names of the table's columns, which are what a filter is told apart by */
    SqlMissDiagnosis(Set<String> columns) {
        this.columns = columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    Diagnosis diagnose(String goldSql, String answerSql, SqlResult gold, SqlResult answer, boolean keyTop,
            String mismatch) {
        Set<String> goldFilters = filteredColumns(goldSql);
        Set<String> answerFilters = filteredColumns(answerSql);
        Set<String> extra = new TreeSet<>(answerFilters);
        extra.removeAll(goldFilters);
        Set<String> missing = new TreeSet<>(goldFilters);
        missing.removeAll(answerFilters);
        if (!missing.isEmpty()) {
            return new Diagnosis(MissReason.MISSING_FILTER, "the answer does not filter on " + String.join(", ", missing)
                    + " as the gold query does; " + mismatch);
        }
        if (!extra.isEmpty()) {
            return new Diagnosis(MissReason.EXTRA_FILTER, "the answer filters on " + String.join(", ", extra)
                    + ", the gold query does not; " + mismatch);
        }
        if (keyTop) {
            return new Diagnosis(MissReason.WRONG_VALUES, "another row leads; " + mismatch);
        }
        long goldRows = gold.totalRows();
        long answerRows = answer.totalRows();
        String counts = " (" + answerRows + " rows, gold " + goldRows + "); " + mismatch;
        if (answerRows < goldRows) {
            return new Diagnosis(MissReason.MISSING_ROWS, "fewer rows than the gold query" + counts);
        }
        if (answerRows > goldRows) {
            return new Diagnosis(MissReason.EXTRA_ROWS, "more rows than the gold query" + counts);
        }
        return new Diagnosis(MissReason.WRONG_VALUES, "other values in as many rows as the gold query" + counts);
    }

    private Set<String> filteredColumns(String sql) {
        Set<String> filtered = new TreeSet<>();
        for (WhereConditions.Condition condition : WhereConditions.of(sql)) {
            condition.names().stream().filter(columns::contains).forEach(filtered::add);
        }
        return filtered;
    }
}
