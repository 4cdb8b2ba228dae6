package dev.orderlens.answering;

import dev.orderlens.answering.semantic.TimeGrain;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a question asks, in terms of the semantic model; compiled to SQL by {@link SqlCompiler}.
 *
 * @param measures what to compute, empty for a look-up of rows
 * @param filters conditions every row must meet
 * @param period the time span, or {@code null} for all time
 * @param compared the periods compared side by side (two or more), empty otherwise
 * @param groupBy dimension columns to group by
 * @param grain the time bucket of a trend, or {@code null}
 * @param ascending whether a ranking puts the lowest first ({@code null} when no order was asked for)
 * @param limit how many groups a top/bottom N keeps, or {@code null}
 * @param limitPer the group within which {@link #limit} counts ("the top 3 products in each category": a
 *     {@link #groupBy} column, or the {@link #grain}'s column name such as {@code month}), or {@code null} when the
 *     limit counts over all groups
 * @param shareOf the filters that pick the part of a share ("share of revenue from mobile"; with groups, the part of
 *     each group's own figure: "what share of orders had a ticket, by channel"), empty for each group's share of the
 *     total ("revenue by channel as a share"), or {@code null}
 * @param versusRest the filter that picks one group set against all other rows together ("the West vs the rest of
 *     the country"), or {@code null}
 * @param perEntity the rows of the entities whose own figure meets a comparison ("customers who ordered more than
 *     once"), or {@code null}
 * @param change whether each of the {@link #compared} periods is set against the one before it, its difference and
 *     percent change beside its figure ("the delta", "YoY growth")
 * @param bands ranges of one number column the rows are counted in, one group per range ("orders under $50, $50 to
 *     $200 and over $200"; see {@link ValueBands}), empty otherwise
 * @param without periods left out of the rows ("2025 excluding Black Friday", "March without the 14th"), empty
 *     otherwise
 */
record QuerySpec(List<MeasureRef> measures, List<Filter> filters, Period period, List<Period> compared,
        List<String> groupBy, TimeGrain grain, Boolean ascending, Integer limit, String limitPer,
        List<Filter> shareOf, Filter versusRest, EntityFilter perEntity, boolean change, List<List<Filter>> bands,
        List<Period> without) {

    /** The label of the rows a {@link #versusRest} group is set against. */
    static final String REST = "all others";

    QuerySpec {
        measures = List.copyOf(measures);
        filters = List.copyOf(filters);
        compared = Period.innerFirst(compared);
        groupBy = List.copyOf(groupBy);
        shareOf = shareOf == null ? null : List.copyOf(shareOf);
        bands = bands == null ? List.of() : bands.stream().map(List::copyOf).toList();
        without = without == null ? List.of() : List.copyOf(without);
        if (!bands.isEmpty() && !bandsFit(bands)) {
            throw new IllegalArgumentException("bands need two or more ranges of one column, each of comparisons");
        }
        if (limitPer != null && (limit == null || !countsWithin(limitPer, groupBy, grain))) {
            throw new IllegalArgumentException("limitPer needs a limit and must name one of two or more groups of the"
                    + " query: " + limitPer);
        }
        if (change && !changeFits(compared, grain, measures)) {
            throw new IllegalArgumentException("change needs two or more compared periods, a measure and no grain");
        }
    }

    /** The groups a limit may count within: the group-by columns and the grain's column name. */
    private static List<String> groups(List<String> groupBy, TimeGrain grain) {
        return grain == null ? groupBy : Stream.concat(Stream.of(grain.columnName()), groupBy.stream()).toList();
    }

    /** Whether a limit may count within {@code group}: one of two or more groups, so that something is ranked in it. */
    static boolean countsWithin(String group, List<String> groupBy, TimeGrain grain) {
        List<String> groups = groups(groupBy, grain);
        return groups.size() >= 2 && groups.contains(group);
    }

    /** Whether a change between periods can be set beside them: two or more compared, a measure, no time buckets. */
    static boolean changeFits(List<Period> compared, TimeGrain grain, List<MeasureRef> measures) {
        return compared.size() >= 2 && grain == null && !measures.isEmpty();
    }

    /** Whether bands can be counted in: two or more, each of comparisons of a number, all of one column. */
    static boolean bandsFit(List<List<Filter>> bands) {
        return bands.size() >= 2 && bands.stream().allMatch(band -> !band.isEmpty()
                && band.stream().allMatch(f -> f.comparesOneNumber()
                        && f.column().equals(bands.get(0).get(0).column())));
    }

    boolean isLookup() {
        return measures.isEmpty();
    }

    boolean isShare() {
        return shareOf != null;
    }
}
