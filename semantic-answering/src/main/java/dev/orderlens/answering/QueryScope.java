package dev.orderlens.answering;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The period and filters a query applied, in words a reader can repeat ("Scope: 2025; carrier FedEx or UPS."), so
 * that an answer never leaves out what its numbers were restricted to. Written from the query that ran, not from
 * the question, so that a follow-up's inherited filters are stated too.
 */
final class QueryScope {

    private QueryScope() {
    }

    /** The scope sentence, or blank for a look-up of rows, whose identifiers already say what it covers. */
    static String describe(QuerySpec spec) {
        if (spec.isLookup()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parts.add(period(spec));
        spec.filters().stream().map(QueryScope::filter).forEach(parts::add);
        if (spec.isShare() && !spec.shareOf().isEmpty()) {
            parts.add("share: " + spec.shareOf().stream().map(QueryScope::filter).collect(Collectors.joining(" and ")));
        }
        if (spec.versusRest() != null) {
            parts.add(filter(spec.versusRest()) + " against " + QuerySpec.REST);
        }
        if (spec.perEntity() != null) {
            EntityFilter entity = spec.perEntity();
            parts.add(filter(new Filter(entity.column().replaceFirst("_id$", "") + "s with " + entity.metric(),
                    entity.op(), List.of(entity.value()))));
        }
        if (spec.limitPer() != null) {
            String ranked = Boolean.TRUE.equals(spec.ascending()) ? "bottom " : "top ";
            parts.add(ranked + spec.limit() + " in each " + spec.limitPer().replace('_', ' '));
        }
        return "Scope: " + String.join("; ", parts) + ".";
    }

    private static String period(QuerySpec spec) {
        if (!spec.compared().isEmpty()) {
            return spec.compared().stream().map(Period::label).collect(Collectors.joining(" vs "));
        }
        return spec.period() == null ? "all dates" : spec.period().label();
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
}
