package dev.orderlens.local.sample;

import static dev.orderlens.local.sample.OrdersQueries.placedBetween;
import static dev.orderlens.local.sample.OrdersQueries.range;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A yearly scorecard per carrier: volume, late delivery rate, delivery days, tickets and CSAT, by half-year and region. */
final class CarrierScorecards {

    /** Late delivery rates up to this are on target; up to {@link #WATCH_LIMIT} worth watching; above, at risk. */
    private static final double TARGET = 0.07;
    private static final double WATCH_LIMIT = 0.09;

    private final OrdersQueries q;

    CarrierScorecards(OrdersQueries q) {
        this.q = q;
    }

    List<AnalyticsDocument> write() throws SQLException {
        List<AnalyticsDocument> cards = new ArrayList<>();
        for (int year = SampleEvents.PERIOD.first().getYear(); year <= SampleEvents.PERIOD.last().getYear(); year++) {
            for (Carrier carrier : Carrier.values()) {
                cards.add(scorecard(carrier.label(), year));
            }
        }
        return cards;
    }

    private AnalyticsDocument scorecard(String carrier, int year) throws SQLException {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate middle = LocalDate.of(year, 7, 1);
        LocalDate end = start.plusYears(1);
        String ofCarrier = placedBetween() + " AND carrier = ?";
        Kpis k = q.kpis(ofCarrier, range(start, end, carrier));
        Kpis firstHalf = q.kpis(ofCarrier, range(start, middle, carrier));
        Kpis secondHalf = q.kpis(ofCarrier, range(middle, end, carrier));
        List<OrdersQueries.Group> all = q.groups("carrier", placedBetween() + " AND carrier IS NOT NULL", "1", range(start, end));
        long shipped = all.stream().mapToLong(g -> g.kpis().orders()).sum();
        List<OrdersQueries.Group> ranking = all.stream()
                .sorted(Comparator.comparingDouble((OrdersQueries.Group g) -> g.kpis().lateRate())).toList();
        int rank = 1 + ranking.stream().map(OrdersQueries.Group::label).toList().indexOf(carrier);
        List<OrdersQueries.Group> regions = q.groups("ship_region", ofCarrier, "1", range(start, end, carrier));
        OrdersQueries.Group worstRegion = regions.stream()
                .max(Comparator.comparingDouble(g -> g.kpis().lateRate())).orElseThrow();
        String byRegion = regions.stream()
                .map(g -> g.label() + " " + Figures.percent(g.kpis().lateRate()))
                .collect(Collectors.joining(", "));

        StringBuilder text = new StringBuilder();
        text.append("# ").append(carrier).append(" carrier scorecard ").append(year).append("\n\n");
        text.append(carrier).append(" shipped ").append(Figures.count(k.orders())).append(" of the ")
                .append(Figures.count(shipped)).append(" orders placed in ").append(year).append(" that left our warehouse (")
                .append(Figures.percent((double) k.orders() / shipped)).append(" of shipments) and delivered ")
                .append(Figures.count(k.delivered())).append(" of them. The late delivery rate was ")
                .append(Figures.percent(k.lateRate())).append(" (").append(Figures.count(k.late()))
                .append(" deliveries after the promised date), rank ").append(rank).append(" of ").append(ranking.size())
                .append(" carriers (best: ").append(ranking.get(0).label()).append(" at ")
                .append(Figures.percent(ranking.get(0).kpis().lateRate())).append("). Average delivery time was ")
                .append(Figures.decimal(k.deliveryDays() == null ? 0 : k.deliveryDays())).append(" days from order to doorstep.\n\n");
        text.append("**By half-year.** January to June: late delivery rate ").append(Figures.percent(firstHalf.lateRate()))
                .append(" over ").append(Figures.count(firstHalf.delivered())).append(" deliveries; July to December: ")
                .append(Figures.percent(secondHalf.lateRate())).append(" over ").append(Figures.count(secondHalf.delivered()))
                .append(" deliveries.\n\n");
        text.append("**By region.** Late delivery rates: ").append(byRegion).append(". The weakest region was ")
                .append(worstRegion.label()).append(".\n\n");
        text.append("**Customer experience.** Customers opened ").append(Figures.count(k.tickets()))
                .append(" support tickets about orders shipped with ").append(carrier).append(", and the average CSAT on them was ")
                .append(IncidentReports.csat(k)).append(". Returns of ").append(carrier).append(" deliveries: ")
                .append(Figures.percent(k.returnRate())).append(".\n\n");
        text.append(yearOnYear(carrier, year, k));
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

    private String yearOnYear(String carrier, int year, Kpis k) throws SQLException {
        LocalDate previousStart = LocalDate.of(year - 1, 1, 1);
        if (previousStart.isBefore(SampleEvents.PERIOD.first())) {
            return "";
        }
        Kpis previous = q.kpis(placedBetween() + " AND carrier = ?", range(previousStart, previousStart.plusYears(1), carrier));
        return "Compared with " + (year - 1) + ", the late delivery rate moved from " + Figures.percent(previous.lateRate())
                + " to " + Figures.percent(k.lateRate()) + " and volume was " + Figures.change(k.orders(), previous.orders())
                + ". ";
    }

    private static String verdict(double lateRate) {
        if (lateRate <= TARGET) {
            return "on target (late delivery rate at or below " + Figures.percent(TARGET) + ")";
        }
        return lateRate <= WATCH_LIMIT ? "watch (late delivery rate above the " + Figures.percent(TARGET) + " target)"
                : "at risk (late delivery rate above " + Figures.percent(WATCH_LIMIT) + "); review the contract terms";
    }
}
