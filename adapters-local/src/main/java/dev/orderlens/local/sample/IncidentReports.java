package dev.orderlens.local.sample;

import static dev.orderlens.local.sample.OrdersQueries.placedBetween;
import static dev.orderlens.local.sample.OrdersQueries.range;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The incident reports of the four events planted in the sample data, with their figures measured
 * from the orders table, plus a one-line summary of each for the monthly reviews of the months it touched.
 */
final class IncidentReports {

    private final OrdersQueries q;
    private final List<AnalyticsDocument> reports = new ArrayList<>();
    private final Map<YearMonth, List<String>> monthlyNotes = new LinkedHashMap<>();

    private IncidentReports(OrdersQueries q) {
        this.q = q;
    }

    static IncidentReports measure(OrdersQueries q) throws SQLException {
        IncidentReports incidents = new IncidentReports(q);
        incidents.klarnaOutage();
        incidents.springRefresh();
        incidents.batteryDefect();
        incidents.fedexDisruption();
        return incidents;
    }

    List<AnalyticsDocument> reports() {
        return List.copyOf(reports);
    }

    List<String> notesFor(YearMonth month) {
        return monthlyNotes.getOrDefault(month, List.of());
    }

    private void note(YearMonth month, String text) {
        monthlyNotes.computeIfAbsent(month, m -> new ArrayList<>()).add(text);
    }

    private void fedexDisruption() throws SQLException {
        DateWindow window = SampleEvents.FEDEX_SOUTHEAST_DISRUPTION;
        String carrier = SampleEvents.DISRUPTED_CARRIER;
        String region = SampleEvents.DISRUPTED_REGION;
        String inWindow = placedBetween() + " AND carrier = ? AND ship_region = ?";
        Kpis hit = q.kpis(inWindow, range(window.first(), window.end(), carrier, region));
        Kpis baseline = q.kpis("year(order_ts) = ? AND NOT (" + placedBetween() + ") AND carrier = ? AND ship_region = ?",
                window.first().getYear(), window.first().toString(), window.end().toString(), carrier, region);
        List<OrdersQueries.Group> others = q.groups("carrier", placedBetween() + " AND carrier <> ? AND ship_region = ?",
                "1", range(window.first(), window.end(), carrier, region));
        Kpis elsewhere = q.kpis(placedBetween() + " AND carrier = ? AND ship_region <> ?",
                range(window.first(), window.end(), carrier, region));
        long notes = q.count(inWindow + " AND support_note ILIKE '%hurricane%'", range(window.first(), window.end(), carrier, region));
        String otherRates = others.stream()
                .map(g -> g.label() + " " + Figures.percent(g.kpis().lateRate()))
                .collect(Collectors.joining(", "));
        String period = Figures.day(window.first()) + " to " + Figures.day(window.last());
        String text = """
                # Incident report: %1$s delivery disruption in the %2$s (%3$s)

                **What happened.** %4$s made landfall on the Southeast coast in early September 2025. %1$s closed two \
                regional hubs and suspended pickups and deliveries across the %2$s for several days, and its network \
                needed more than a week to clear the backlog. Orders placed from %3$s and shipped with %1$s to the \
                %2$s were hit hardest.

                **Impact in figures.** %1$s delivered %5$s orders placed in the window to the %2$s; %6$s of them \
                arrived after the promised date (late delivery rate %7$s), against %8$s for %1$s in the %2$s over \
                the rest of 2025. Other carriers serving the %2$s in the same window stayed close to normal: %9$s. \
                %1$s deliveries to other regions in the window were late %10$s of the time. The average delivery \
                time of the affected orders was %11$s days. Customers opened %12$s support tickets on these orders \
                (%13$s notes mention the hurricane), and the average CSAT on them was %14$s.

                **Customer handling.** Agents explained the weather delay, shared %1$s tracking and refunded the \
                shipping fee on late deliveries that had paid shipping, as the shipping policy provides; refunds \
                on the affected orders totalled %15$s.

                **Follow-up.** While a carrier declares a regional service disruption, new Southeast orders are \
                routed to UPS or USPS, and promised dates for the region are extended by three days.
                """.formatted(carrier, region, period, SampleEvents.HURRICANE_NAME, Figures.count(hit.delivered()),
                Figures.count(hit.late()), Figures.percent(hit.lateRate()), Figures.percent(baseline.lateRate()), otherRates,
                Figures.percent(elsewhere.lateRate()), Figures.decimal(orZero(hit.deliveryDays())),
                Figures.count(hit.tickets()), Figures.count(notes), csat(hit), Figures.money(hit.refunds()));
        reports.add(new AnalyticsDocument("incident-fedex-southeast-2025-09", AnalyticsDocument.INCIDENT_REPORT,
                carrier + " Southeast delivery disruption (" + SampleEvents.HURRICANE_NAME + "), September 2025", text,
                window(window, Map.of("carrier", carrier, "region", region))));
        note(YearMonth.from(window.first()), "%s: %s deliveries to the %s for orders placed %s were late %s of the time "
                .formatted(SampleEvents.HURRICANE_NAME, carrier, region, period, Figures.percent(hit.lateRate()))
                + "(%s in the rest of 2025), with %s support tickets; see the incident report."
                .formatted(Figures.percent(baseline.lateRate()), Figures.count(hit.tickets())));
    }

    private void batteryDefect() throws SQLException {
        DateWindow window = SampleEvents.BATTERY_DEFECT;
        String product = SampleEvents.RECALLED_PRODUCT;
        String ofProduct = " AND product_name = ?";
        Kpis hit = q.kpis(placedBetween() + ofProduct, range(window.first(), window.end(), product));
        Kpis baseline = q.kpis("NOT (" + placedBetween() + ")" + ofProduct, range(window.first(), window.end(), product));
        long defective = q.count(placedBetween() + ofProduct + " AND return_reason = 'defective'",
                range(window.first(), window.end(), product));
        long soldDuringStop = q.count(placedBetween() + ofProduct,
                range(SampleEvents.RECALL_SALES_STOP.first(), SampleEvents.RECALL_SALES_STOP.end(), product));
        List<OrdersQueries.Group> byMonth = q.groups("strftime(order_ts, '%Y-%m')", placedBetween() + ofProduct,
                "1", range(window.first(), window.end(), product));
        String monthly = byMonth.stream()
                .map(g -> Figures.monthName(YearMonth.parse(g.label())) + " " + Figures.percent(g.kpis().returnRate()) + " (" + Figures.count(g.kpis().returns())
                        + " returns)")
                .collect(Collectors.joining(", "));
        String text = """
                # Incident report: defective batteries in the %1$s (May to July 2025)

                **What happened.** A battery cell batch used in the %1$s from spring 2025 lost capacity within days: \
                customers reported cases that would not hold a charge, buds dying after 40 minutes, and in a few cases \
                a swollen battery or a case that got warm while charging.

                **Impact in figures.** Of the %2$s orders of the earbuds placed from May 1 to July 31, 2025 that were \
                delivered, %3$s were returned: a return rate of %4$s, against %5$s for the same product in all other \
                months. %6$s of the returns in the window gave the reason "defective" (%7$s of them). By month: %8$s. \
                Refunds on these orders came to %9$s, customers opened %10$s support tickets about them, and their \
                average CSAT fell to %11$s.

                **Recall notice (issued %12$s).** We are recalling the %1$s sold between May 1 and July 31, 2025. \
                Customers should stop using and charging the earbuds and their case. Every affected customer gets a \
                full refund including shipping, or a free replacement from the revised battery batch, and a prepaid \
                return label; no proof of the fault is needed. Sales were stopped from %12$s until %13$s \
                (%14$s orders were taken in that period) and resumed with the revised battery.

                **Agent guidance.** Treat any battery complaint about the %1$s as a recall case: no troubleshooting, \
                no return window limit, full refund or replacement, and log the order in the recall tracker.
                """.formatted(product, Figures.count(hit.completed()), Figures.count(hit.returns()),
                Figures.percent(hit.returnRate()), Figures.percent(baseline.returnRate()), Figures.count(defective),
                Figures.percent(hit.returns() == 0 ? 0 : (double) defective / hit.returns()), monthly,
                Figures.money(hit.refunds()), Figures.count(hit.tickets()), csat(hit), Figures.day(SampleEvents.RECALL_NOTICE),
                Figures.day(SampleEvents.RECALL_SALES_STOP.last()), Figures.count(soldDuringStop));
        reports.add(new AnalyticsDocument("incident-nimbus-x2-battery-recall-2025", AnalyticsDocument.INCIDENT_REPORT,
                "Recall of the " + product + ": defective batteries, May to July 2025", text,
                window(window, Map.of("product", product, "recall_date", SampleEvents.RECALL_NOTICE.toString()))));
        for (OrdersQueries.Group g : byMonth) {
            YearMonth month = YearMonth.parse(g.label());
            note(month, "%s: %s of delivered orders were returned this month (%s returns), mostly as defective because of "
                    .formatted(product, Figures.percent(g.kpis().returnRate()), Figures.count(g.kpis().returns()))
                    + "a battery fault" + (month.equals(YearMonth.from(SampleEvents.RECALL_NOTICE))
                    ? "; a recall notice was issued on " + Figures.day(SampleEvents.RECALL_NOTICE) + " and sales were stopped."
                    : "."));
        }
        note(YearMonth.from(SampleEvents.RECALL_SALES_STOP.last()), "The %s stayed off sale all month after the July recall (%s orders)."
                .formatted(product, Figures.count(soldDuringStop)));
    }

    private void klarnaOutage() throws SQLException {
        LocalDate day = SampleEvents.KLARNA_OUTAGE;
        String method = SampleEvents.OUTAGE_PAYMENT_METHOD;
        String onDay = "CAST(order_ts AS DATE) = CAST(? AS DATE)";
        Kpis all = q.kpis(onDay, day.toString());
        Kpis klarna = q.kpis(onDay + " AND payment_method = ?", day.toString(), method);
        long klarnaCancelledOtherDays = q.count("NOT (" + onDay + ") AND payment_method = ? AND status = 'cancelled'",
                day.toString(), method);
        long days = SampleEvents.PERIOD.days() - 1;
        BigDecimal lostRevenue = q.number("sum(order_total)", onDay + " AND payment_method = ? AND status = 'cancelled'",
                day.toString(), method);
        String text = """
                # Incident report: Klarna payment outage on %1$s

                **What happened.** On %1$s our payment partner Klarna had an outage of its authorisation service for \
                most of the day. Checkouts with Klarna's pay-in-4 option timed out or returned a payment error; the \
                orders were created but cancelled automatically when the payment could not be authorised. Many \
                shoppers retried several times, so Klarna orders were far more frequent than on a usual day.

                **Impact in figures.** The store received %2$s orders that day, %3$s of them with Klarna. %4$s Klarna \
                orders were cancelled (%5$s of the Klarna orders), against %6$s Klarna cancellations a day on average \
                over the rest of 2024 and 2025. In total %7$s orders were cancelled that day, a cancellation rate of \
                %8$s. The cancelled Klarna orders were worth %9$s. Customers opened %10$s support tickets about \
                orders placed that day.

                **Customer handling.** No money was taken for the failed orders. Agents apologised for the payment \
                problem, confirmed that nothing was charged and helped customers reorder with a card, PayPal or \
                Apple Pay. Klarna confirmed the fix the same evening.

                **Follow-up.** The checkout now hides the Klarna option when Klarna's status page reports an incident, \
                and the payment team gets an alert when more than five Klarna authorisations fail within ten minutes.
                """.formatted(Figures.day(day), Figures.count(all.orders()), Figures.count(klarna.orders()),
                Figures.count(klarna.cancellations()), Figures.percent(klarna.cancellationRate()),
                Figures.decimal((double) klarnaCancelledOtherDays / days), Figures.count(all.cancellations()),
                Figures.percent(all.cancellationRate()), Figures.money(lostRevenue), Figures.count(all.tickets()));
        reports.add(new AnalyticsDocument("incident-klarna-outage-2025-03-14", AnalyticsDocument.INCIDENT_REPORT,
                "Klarna payment outage, " + Figures.day(day), text,
                window(new DateWindow(day, day), Map.of("payment_method", method))));
        note(YearMonth.from(day), "Klarna payment outage on %s: %s Klarna orders were cancelled that day (%s cancellations in all); see the incident report."
                .formatted(Figures.day(day), Figures.count(klarna.cancellations()), Figures.count(all.cancellations())));
    }

    private void springRefresh() throws SQLException {
        DateWindow window = SampleEvents.SPRING_REFRESH;
        String category = SampleEvents.SPRING_REFRESH_CATEGORY;
        LocalDate before = window.first().minusDays(28);
        Kpis sale = q.kpis(placedBetween(), range(window.first(), window.end()));
        Kpis prior = q.kpis(placedBetween(), range(before, window.first()));
        Kpis saleCategory = q.kpis(placedBetween() + " AND category = ?", range(window.first(), window.end(), category));
        Kpis priorCategory = q.kpis(placedBetween() + " AND category = ?", range(before, window.first(), category));
        BigDecimal discounts = q.number("sum(discount_amount)", placedBetween() + " AND category = ?",
                range(window.first(), window.end(), category));
        double saleDaily = (double) sale.orders() / window.days();
        double priorDaily = prior.orders() / 28.0;
        double saleCategoryDaily = (double) saleCategory.orders() / window.days();
        double priorCategoryDaily = priorCategory.orders() / 28.0;
        String period = Figures.day(window.first()) + " to " + Figures.day(window.last());
        String text = """
                # Event report: "Spring Refresh" sale (%1$s)

                **What it was.** From %1$s every %2$s product was %3$d%% off: the discount was applied to the full \
                item price (quantity times unit price) at checkout, with no code needed and no minimum order.

                **Results in figures.** The store received %4$s orders during the seven days, %5$s a day against %6$s \
                a day in the four weeks before (%7$s). %2$s orders rose to %8$s (%9$s a day against %10$s, %11$s) \
                and brought %12$s of revenue; the sale discounts on them totalled %13$s. The return rate of the sale's \
                %2$s orders was %14$s and their average order value %15$s.

                **Notes.** Orders of other categories grew too, as sale shoppers added items to their baskets. \
                Support saw few questions, mostly about whether the discount could be combined with a coupon (it cannot).
                """.formatted(period, category, SampleEvents.SPRING_REFRESH_PERCENT_OFF, Figures.count(sale.orders()),
                Figures.decimal(saleDaily), Figures.decimal(priorDaily), Figures.change(saleDaily, priorDaily),
                Figures.count(saleCategory.orders()), Figures.decimal(saleCategoryDaily),
                Figures.decimal(priorCategoryDaily), Figures.change(saleCategoryDaily, priorCategoryDaily),
                Figures.money(saleCategory.revenue()), Figures.money(discounts), Figures.percent(saleCategory.returnRate()),
                Figures.money(saleCategory.averageOrderValue()));
        reports.add(new AnalyticsDocument("incident-spring-refresh-sale-2025-04", AnalyticsDocument.INCIDENT_REPORT,
                "\"Spring Refresh\" sale: " + SampleEvents.SPRING_REFRESH_PERCENT_OFF + "% off " + category + ", April 2025",
                text, window(window, Map.of("category", category,
                        "percent_off", Integer.toString(SampleEvents.SPRING_REFRESH_PERCENT_OFF)))));
        note(YearMonth.from(window.first()), "\"Spring Refresh\" sale, %s: %d%% off %s lifted orders to %s a day (%s) and %s orders to %s; see the event report."
                .formatted(period, SampleEvents.SPRING_REFRESH_PERCENT_OFF, category, Figures.decimal(saleDaily),
                        Figures.change(saleDaily, priorDaily), category, Figures.count(saleCategory.orders())));
    }

    private static Map<String, String> window(DateWindow window, Map<String, String> more) {
        Map<String, String> metadata = new LinkedHashMap<>(more);
        metadata.put("start_date", window.first().toString());
        metadata.put("end_date", window.last().toString());
        return metadata;
    }

    static String csat(Kpis kpis) {
        return kpis.csat() == null ? "not available (no surveys)" : Figures.decimal(kpis.csat()) + " out of 5";
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
