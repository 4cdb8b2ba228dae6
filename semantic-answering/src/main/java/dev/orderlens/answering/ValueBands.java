package dev.orderlens.answering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Ranges of one number column that no row can be in at once, read as bands to count rows in rather than as one
 * filter: "orders under $50, between $50 and $200 and over $200", "orders under $50 vs over $200". Taken in the order
 * they are said, each condition joins the band before it while the two can hold together ("at least 50" and "at most
 * 200") and starts a band of its own when they cannot.
 */
final class ValueBands {

    private ValueBands() {
    }

    /** The bands the conditions on one column make, in the order said, or an empty list when they can all hold. */
    static List<List<Filter>> of(List<Filter> said) {
        List<List<Filter>> bands = new ArrayList<>();
        Range range = null;
        for (Filter filter : said) {
            Range next = Range.of(filter);
            Range joined = range == null ? null : range.and(next);
            if (joined != null && !joined.isEmpty()) {
                bands.get(bands.size() - 1).add(filter);
                range = joined;
            } else {
                bands.add(new ArrayList<>(List.of(filter)));
                range = next;
            }
        }
        return bands.size() >= 2 ? bands.stream().map(List::copyOf).toList() : List.of();
    }


    /**
     * A band in words, without its column: "under $50", "$50 to $200", "over $200", "at least 3".
     *
     * @param sign written before each number: the currency symbol for money, else empty
     */
    static String label(List<Filter> band, String sign) {
        if (band.size() == 2 && band.get(0).op() == Filter.Op.GE && band.get(1).op() == Filter.Op.LE) {
            return sign + band.get(0).values().get(0) + " to " + sign + band.get(1).values().get(0);
        }
        return String.join(" and ", band.stream().map(filter -> bound(filter, sign)).toList());
    }

    private static String bound(Filter filter, String sign) {
        String value = sign + filter.values().get(0);
        return switch (filter.op()) {
            case GT -> "over " + value;
            case GE -> "at least " + value;
            case LT -> "under " + value;
            case LE -> "at most " + value;
            default -> value;
        };
    }

    /** The numbers a condition lets through, each end open or closed; {@code null} ends are unbounded. */
    private record Range(BigDecimal low, boolean lowIn, BigDecimal high, boolean highIn) {

        static Range of(Filter filter) {
            BigDecimal value = new BigDecimal(filter.values().get(0));
            return switch (filter.op()) {
                case GT -> new Range(value, false, null, false);
                case GE -> new Range(value, true, null, false);
                case LT -> new Range(null, false, value, false);
                case LE -> new Range(null, false, value, true);
                default -> new Range(value, true, value, true);
            };
        }

        Range and(Range other) {
            boolean otherLow = low == null || other.low != null && other.low.compareTo(low) > 0
                    || other.low != null && other.low.compareTo(low) == 0 && !other.lowIn;
            boolean otherHigh = high == null || other.high != null && other.high.compareTo(high) < 0
                    || other.high != null && other.high.compareTo(high) == 0 && !other.highIn;
            return new Range(otherLow ? other.low : low, otherLow ? other.lowIn : lowIn,
                    otherHigh ? other.high : high, otherHigh ? other.highIn : highIn);
        }

        boolean isEmpty() {
            if (low == null || high == null) {
                return false;
            }
            int order = low.compareTo(high);
            return order > 0 || order == 0 && !(lowIn && highIn);
        }
    }
}
