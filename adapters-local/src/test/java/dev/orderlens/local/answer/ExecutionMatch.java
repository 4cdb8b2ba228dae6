package dev.orderlens.local.answer;

import dev.orderlens.core.domain.SqlResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Whether a result holds the gold rows: every gold value appears in a matching row, numbers within a relative
 * tolerance (percentages also as fractions), labels case-insensitively; for a "top" key only the first gold row's
 * label must lead.
 */
final class ExecutionMatch {

    private ExecutionMatch() {
    }

    static boolean holds(SqlResult answer, SqlResult gold, EvalCase evalCase) {
        if (gold.rows().isEmpty()) {
            return answer.rows().isEmpty() || answer.rows().stream().allMatch(r -> r.stream().allMatch(
                    v -> v == null || (v instanceof Number n && n.doubleValue() == 0)));
        }
        if (answer.rows().isEmpty()) {
            return false;
        }
        if (evalCase.topOnly()) {
            Object label = gold.rows().get(0).get(0);
            return answer.rows().get(0).stream().anyMatch(v -> same(v, label, evalCase));
        }
        for (List<Object> goldRow : gold.rows()) {
            boolean found = answer.rows().stream().anyMatch(row -> goldRow.stream()
                    .allMatch(g -> g == null || row.stream().anyMatch(v -> same(v, g, evalCase))));
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Object value, Object gold, EvalCase evalCase) {
        if (value == null) {
            return false;
        }
        if (gold instanceof Number g && value instanceof Number v) {
            double expected = g instanceof BigDecimal d ? d.doubleValue() : g.doubleValue();
            double actual = v.doubleValue();
            if (close(actual, expected, evalCase.tolerance())) {
                return true;
            }
            return evalCase.percent() && (close(actual, expected * 100, evalCase.tolerance())
                    || close(actual, expected / 100, evalCase.tolerance()));
        }
        return text(value).equals(text(gold));
    }

    private static boolean close(double actual, double expected, double tolerance) {
        return Math.abs(actual - expected) <= Math.max(1e-9, Math.abs(expected) * tolerance);
    }

    private static String text(Object value) {
        if (value instanceof LocalDateTime time && time.toLocalTime().toSecondOfDay() == 0) {
            return time.toLocalDate().toString();
        }
        if (value instanceof LocalDate day) {
            return day.toString();
        }
        return String.valueOf(value).toLowerCase(Locale.ROOT).strip();
    }
}
