package dev.orderlens.local.sample;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import java.util.stream.Collectors;

/** A yearly scorecard per carrier: volume, late delivery rate, delivery days, tickets and CSAT, by half-year and region. */
final class CarrierScorecards {

    /** Late delivery rates up to this are on target; up to {@link #WATCH_LIMIT} worth watching; above, at risk. */
    private static final double TARGET = 0.07;
    private static final double WATCH_LIMIT = 0.09;
    private static final String YEAR = "CAST(year(order_ts) AS VARCHAR)";
    private static final String HALF = "CASE WHEN month(order_ts) <= 6 THEN 'H1' ELSE 'H2' END";

    private final OrdersQueries q;
    /** Keyed "2025|UPS", "2025|H1|UPS" and "2025|UPS|West": one query each instead of one per card. */
    private Map<String, Kpis> byYear;
    private Map<String, Kpis> byHalf;
    private Map<String, Kpis> byRegion;

    CarrierScorecards(OrdersQueries q) {
        this.q = q;
    }

    List<AnalyticsDocument> write() throws SQLException {
        byYear = q.byKey(YEAR + " || '|' || carrier", "carrier IS NOT NULL");
        byHalf = q.byKey(YEAR + " || '|' || " + HALF + " || '|' || carrier", "carrier IS NOT NULL");
        byRegion = q.byKey(YEAR + " || '|' || carrier || '|' || ship_region", "carrier IS NOT NULL");
        List<AnalyticsDocument> cards = new ArrayList<>();
        for (int year = SampleEvents.PERIOD.first().getYear(); year <= SampleEvents.PERIOD.last().getYear(); year++) {
            for (Carrier carrier : Carrier.values()) {
                cards.add(scorecard(carrier.label(), year));
            }
        }
        return cards;
    }

    private AnalyticsDocument scorecard(String carrier, int year) {
        Kpis k = byYear.get(year + "|" + carrier);
        Kpis firstHalf = byHalf.get(year + "|H1|" + carrier);
        Kpis secondHalf = byHalf.get(year + "|H2|" + carrier);
        List<Entry<String, Kpis>> ranking = withPrefix(byYear, year + "|").stream()
                .sorted(Comparator.comparingDouble((Entry<String, Kpis> e) -> e.getValue().lateRate())).toList();
        long shipped = ranking.stream().mapToLong(e -> e.getValue().orders()).sum();
        int rank = 1 + ranking.stream().map(Entry::getKey).toList().indexOf(carrier);
        List<Entry<String, Kpis>> regions = withPrefix(byRegion, year + "|" + carrier + "|");
        String worstRegion = regions.stream()
                .max(Comparator.comparingDouble(e -> e.getValue().lateRate())).map(Entry::getKey).orElseThrow();
        String lateByRegion = regions.stream()
                .map(e -> e.getKey() + " " + Figures.percent(e.getValue().lateRate()))
                .collect(Collectors.joining(", "));

        StringBuilder text = new StringBuilder();
        text.append("# ").append(carrier).append(" carrier scorecard ").append(year).append("\n\n");
        text.append(carrier).append(" shipped ").append(Figures.count(k.orders())).append(" of the ")
                .append(Figures.count(shipped)).append(" orders placed in ").append(year).append(" that left our warehouse (")
                .append(Figures.percent((double) k.orders() / shipped)).append(" of shipments) and delivered ")
                .append(Figures.count(k.delivered())).append(" of them. The late delivery rate was ")
                .append(Figures.percent(k.lateRate())).append(" (").append(Figures.count(k.late()))
                .append(" deliveries after the promised date), rank ").append(rank).append(" of ").append(ranking.size())
                .append(" carriers (best: ").append(ranking.get(0).getKey()).append(" at ")
                .append(Figures.percent(ranking.get(0).getValue().lateRate())).append("). Average delivery time was ")
                .append(Figures.decimal(k.deliveryDays() == null ? 0 : k.deliveryDays())).append(" days from order to doorstep.\n\n");
        text.append("**By half-year.** January to June: late delivery rate ").append(Figures.percent(firstHalf.lateRate()))
                .append(" over ").append(Figures.count(firstHalf.delivered())).append(" deliveries; July to December: ")
                .append(Figures.percent(secondHalf.lateRate())).append(" over ").append(Figures.count(secondHalf.delivered()))
                .append(" deliveries.\n\n");
        text.append("**By region.** Late delivery rates: ").append(lateByRegion).append(". The weakest region was ")
                .append(worstRegion).append(".\n\n");
        text.append("**Customer experience.** Customers opened ").append(Figures.count(k.tickets()))
                .append(" support tickets about orders shipped with ").append(carrier).append(", and the average CSAT on them was ")
                .append(IncidentReports.csat(k)).append(". Returns of ").append(carrier).append(" deliveries: ")
                .append(Figures.percent(k.returnRate())).append(".\n\n");
        Kpis previous = byYear.get((year - 1) + "|" + carrier);
        if (previous != null) {
            text.append("Compared with ").append(year - 1).append(", the late delivery rate moved from ")
                    .append(Figures.percent(previous.lateRate())).append(" to ").append(Figures.percent(k.lateRate()))
                    .append(" and volume was ").append(Figures.change(k.orders(), previous.orders())).append(". ");
        }
        if (carrier.equals(SampleEvents.DISRUPTED_CARRIER)
                && year == SampleEvents.FEDEX_SOUTHEAST_DISRUPTION.first().getYear()) {
            text.append("The second half includes the ").append(SampleEvents.HURRICANE_NAME)
                    .append(" disruption in the Southeast in September; see the incident report. ");
        }
        text.append("**Verdict:** ").append(verdict(k.lateRate())).append('.');
        String id = "carrier-scorecard-" + carrier.toLowerCase(Locale.ROOT) + "-" + year;
        return new AnalyticsDocument(id, AnalyticsDocument.CARRIER_SCORECARD, carrier + " carrier scorecard " + year,
                text.toString(), Map.of("carrier", carrier, "year", Integer.toString(year)));
    }

    /** The entries whose key starts with {@code prefix}, with the prefix taken off the key. */
    private static List<Entry<String, Kpis>> withPrefix(Map<String, Kpis> map, String prefix) {
        return map.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .map(e -> Map.entry(e.getKey().substring(prefix.length()), e.getValue()))
                .toList();
    }

    private static String verdict(double lateRate) {
        if (lateRate <= TARGET) {
            return "on target (late delivery rate at or below " + Figures.percent(TARGET) + ")";
        }
        return lateRate <= WATCH_LIMIT ? "watch (late delivery rate above the " + Figures.percent(TARGET) + " target)"
                : "at risk (late delivery rate above " + Figures.percent(WATCH_LIMIT) + "); review the contract terms";
    }
}
