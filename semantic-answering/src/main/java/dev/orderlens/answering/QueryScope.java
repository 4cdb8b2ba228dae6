package dev.orderlens.answering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The period and filters a query applied, in words a reader can repeat ("Scope: 2025; carrier FedEx or UPS."), so
 * that an answer never leaves out what its numbers were restricted to. Written from the query that ran, not from
 * the question, so that a follow-up's inherited filters are stated too.
 */
final class QueryScope {

    private static final Pattern NOT_EQUAL = Pattern.compile("\\s*(\\w+)\\s*(?:<>|!=)\\s*'([^']*)'\\s*");
    private static final Pattern KNOWN = Pattern.compile("(?i)\\s*(\\w+)\\s+IS\\s+NOT\\s+NULL\\s*");
    private static final Pattern ONE_OF = Pattern.compile("(?i)\\s*(\\w+)\\s+IN\\s*\\(((?:\\s*'[^']*'\\s*,?)+)\\)\\s*");

    private QueryScope() {
    }

    /**
     * The scope sentence, with the rows its metrics count beside the filters asked for ("Scope: 2025; status not
     * cancelled." for revenue, so that a figure is never read as one over rows it left out); blank for a look-up of
     * rows, whose identifiers already say what it covers.
     *
     * @param metricRows the conditions of the query's metrics; one on a column the query filters already is left to
     *     that filter ("status returned")
     */
    static String describe(QuerySpec spec, List<Filter> metricRows) {
        if (spec.isLookup()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parts.add(period(spec));
        spec.filters().stream().map(QueryScope::filter).forEach(parts::add);
        metricRows.stream().filter(rows -> spec.filters().stream().noneMatch(f -> f.column().equals(rows.column())))
                .map(QueryScope::filter).distinct().forEach(parts::add);
        if (spec.isShare() && !spec.shareOf().isEmpty()) {
            parts.add("share: " + spec.shareOf().stream().map(QueryScope::filter).collect(Collectors.joining(" and ")));
        }
        if (spec.versusRest() != null) {
            parts.add(filter(spec.versusRest()) + " against " + QuerySpec.REST);
        }
        if (spec.perEntity() != null) {
            EntityFilter entity = spec.perEntity();
            String entities = ResultSummary.plural(entityNoun(entity.column()), 2);
            parts.add(filter(new Filter(entities + " with " + entity.metric(), entity.op(),
                    List.of(entity.value()))));
        }
        if (spec.limitPer() != null) {
            String ranked = Boolean.TRUE.equals(spec.ascending()) ? "bottom " : "top ";
            parts.add(ranked + spec.limit() + " in each " + spec.limitPer().replace('_', ' '));
        }
        return "Scope: " + String.join("; ", parts) + ".";
    }

    /**
     * A metric's condition on its rows as a filter, when it is a plain one: "status <> 'cancelled'" (said "status not
     * cancelled"), "delivered_at IS NOT NULL" ("delivered at known"), "status IN ('delivered', 'returned')" ("status
     * delivered or returned"); empty for anything else, which is better left unsaid than said in SQL.
     */
    static Optional<Filter> rows(String condition) {
        Matcher not = NOT_EQUAL.matcher(condition);
        if (not.matches()) {
            return Optional.of(new Filter(not.group(1), Filter.Op.NOT_IN, List.of(not.group(2))));
        }
        Matcher known = KNOWN.matcher(condition);
        if (known.matches()) {
            return Optional.of(new Filter(known.group(1), Filter.Op.PRESENT, List.of()));
        }
        Matcher in = ONE_OF.matcher(condition);
        if (in.matches()) {
            return Optional.of(Filter.in(in.group(1), Arrays.stream(in.group(2).split(","))
                    .map(v -> v.strip().replaceAll("^'|'$", "")).toList()));
        }
        return Optional.empty();
    }

    private static String period(QuerySpec spec) {
        String periods = !spec.compared().isEmpty()
                ? String.join(" vs ", Period.comparedLabels(spec.compared()))
                : spec.period() == null ? "all dates" : spec.period().label();
        return spec.without().isEmpty() ? periods : periods + " excluding "
                + spec.without().stream().map(Period::label).collect(Collectors.joining(" and "));
    }

    /**
     * The label of the group a {@link QuerySpec#versusRest} filter picks: its values ("West"), a flag's name ("late"),
     * else the filter in words ("discount amount over 0").
     */
    static String group(Filter filter) {
        return switch (filter.op()) {
            case IN -> String.join(" and ", filter.values());
            case TRUE -> flag(filter);
            default -> filter(filter);
        };
    }

    private static String flag(Filter filter) {
        return filter.column().replaceFirst("^(is|has)_", "").replace('_', ' ');
    }

    private static String filter(Filter filter) {
        String column = filter.column().replace('_', ' ');
        String values = String.join(" or ", filter.values());
        String flag = flag(filter);
        return switch (filter.op()) {
            case IN -> column + " " + values;
            case NOT_IN -> column + " not " + values;
            case PRESENT -> column + " known";
            case ABSENT, NONE -> "no " + column;
            case TRUE -> flag + " only";
            case FALSE -> "not " + flag;
            case EQ -> column + " of " + values;
            case GT -> column + " over " + values;
            case GE -> column + " at least " + values;
            case LT -> column + " under " + values;
            case LE -> column + " at most " + values;
        };
    }

    /** What a column of ids names, in words: "customer" for {@code customer_id}, "order" for {@code order_id}. */
    static String entityNoun(String column) {
        return column.replaceFirst("_id$", "").replace('_', ' ');
    }
}
