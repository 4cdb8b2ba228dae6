package dev.orderlens.core.semantic;

import java.util.HashSet;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The metrics a query computes with their own expression under their own name ({@code <expression> AS <name>}):
 * only their values are known to be in the metric's unit. A column that merely shares a metric's name may hold
 * anything (a rate as a fraction where the metric's is in percent).
 */
final class ComputedMetrics {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern SPACE_BY_PUNCTUATION = Pattern.compile(" ?([(,*/+=<>-]) ?");
    private static final Pattern SPACE_BEFORE_CLOSE = Pattern.compile(" \\)");
    private static final String FILTER = " filter(where ";

    private ComputedMetrics() {
    }

    /** The metrics of {@code model} that {@code sql} computes; none for no SQL. */
    static Set<Metric> in(String sql, SemanticModel model) {
        Set<Metric> computed = new HashSet<>();
        if (sql == null || model == null) {
            return computed;
        }
        String query = withoutFilters(normalised(sql));
        for (Metric metric : model.metrics()) {
            boolean ownExpression = Stream.concat(Stream.of(metric.expression()),
                    metric.dialectExpressions().values().stream())
                    .anyMatch(expression -> aliased(query, normalised(expression), metric.name()));
            if (ownExpression) {
                computed.add(metric);
            }
        }
        return computed;
    }

    /** The expression as a whole select item (not the tail of a longer one) named {@code name}. */
    private static boolean aliased(String query, String expression, String name) {
        return Pattern.compile("(?:(?<![a-z0-9_])select (?:distinct )?|,)" + Pattern.quote(expression) + " as [\"`]?"
                + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "[\"`]?(?![a-z0-9_])").matcher(query).find();
    }

    /**
     * One way of writing the same SQL: lower case, single spaces, none around commas and operators nor inside
     * parentheses (the space after a closing one stays, as it parts an expression from its {@code AS}).
     */
    private static String normalised(String sql) {
        String spaced = SPACE.matcher(sql.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        return SPACE_BEFORE_CLOSE.matcher(SPACE_BY_PUNCTUATION.matcher(spaced).replaceAll("$1")).replaceAll(")");
    }

    /**
     * The query without its aggregates' {@code FILTER (WHERE …)} clauses: a metric compiled to count only some rows
     * (one of several measures with filters of their own) is still written in the metric's unit.
     */
    private static String withoutFilters(String query) {
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int start = query.indexOf(FILTER); start >= 0; start = query.indexOf(FILTER, copied)) {
            OptionalInt close = Parentheses.closing(query, query.indexOf('(', start));
            if (close.isEmpty()) {
                break;
            }
            out.append(query, copied, start);
            copied = close.getAsInt() + 1;
        }
        return out.append(query.substring(copied)).toString();
    }
}
