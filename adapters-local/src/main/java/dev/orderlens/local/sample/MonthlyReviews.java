package dev.orderlens.local.sample;

import static dev.orderlens.local.sample.OrdersQueries.placedBetween;
import static dev.orderlens.local.sample.OrdersQueries.range;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One business review per month of the sample period, every figure measured over the orders placed that month. */
final class MonthlyReviews {

    private static final int TOP_CATEGORIES = 3;

    private final OrdersQueries q;
    private final IncidentReports incidents;
    private Map<YearMonth, Kpis> months;
    private Map<YearMonth, List<OrdersQueries.Group>> categories;
    private Map<YearMonth, List<OrdersQueries.Group>> products;
    private Map<YearMonth, List<OrdersQueries.Group>> days;
    private Map<YearMonth, List<OrdersQueries.Group>> carriers;

    MonthlyReviews(OrdersQueries q, IncidentReports incidents) {
        this.q = q;
        this.incidents = incidents;
    }

    List<AnalyticsDocument> write() throws SQLException {
        // One grouped query per breakdown for all months at once: a query per month is ten times slower.
        months = new LinkedHashMap<>();
        perMonth(null, "true", "1").forEach((month, groups) -> months.put(month, groups.get(0).kpis()));
        categories = perMonth("category", "true", "3 DESC, 1");
        products = perMonth("product_name", "true", "4 DESC, 1");
        days = perMonth("CAST(CAST(order_ts AS DATE) AS VARCHAR)", "true", "2 DESC, 1");
        carriers = perMonth("carrier", "carrier IS NOT NULL", "1");
        List<AnalyticsDocument> reviews = new ArrayList<>();
        for (YearMonth month : months.keySet()) {
            reviews.add(review(month));
        }
        return reviews;
    }

    /** The groups of {@code dimension} (or the whole month when null) per month over the orders matching {@code where}, each month's list ordered by {@code orderBy}. */
    private Map<YearMonth, List<OrdersQueries.Group>> perMonth(String dimension, String where, String orderBy) throws SQLException {
        String month = "strftime(order_ts, '%Y-%m')";
        String label = dimension == null ? month : month + " || '|' || " + dimension;
        Map<YearMonth, List<OrdersQueries.Group>> byMonth = new LinkedHashMap<>();
        for (OrdersQueries.Group g : q.groups(label, where, "substr(label, 1, 7), " + orderBy)) {
            YearMonth key = YearMonth.parse(g.label().substring(0, 7));
            String rest = g.label().length() > 7 ? g.label().substring(8) : g.label();
            byMonth.computeIfAbsent(key, k -> new ArrayList<>()).add(new OrdersQueries.Group(rest, g.kpis()));
        }
        return byMonth;
    }

    private AnalyticsDocument review(YearMonth month) throws SQLException {
        Kpis k = months.get(month);
        String name = Figures.month(month);
        StringBuilder text = new StringBuilder("# Monthly business review: ").append(name).append("\n\n");
        text.append("In ").append(name).append(" the store received ").append(Figures.count(k.orders()))
                .append(" orders from ").append(Figures.count(k.customers())).append(" customers")
                .append(comparisons(month, k)).append(". The store booked ")
                .append(Figures.money(k.revenue())).append(" in revenue over the ").append(Figures.count(k.keptOrders()))
                .append(" orders that were not cancelled, net revenue after refunds was ")
                .append(Figures.money(k.netRevenue()))
                .append(", and the average order value was ").append(Figures.money(k.averageOrderValue()))
                .append(". Customers bought ").append(Figures.count(k.units())).append(" units.\n\n");
        text.append(categories(month, k)).append("\n\n");
        text.append(fulfilment(month, k)).append("\n\n");
        List<String> events = new ArrayList<>(seasonalNotes(month, k));
        events.addAll(incidents.notesFor(month));
        text.append("**Notable events.** ").append(events.isEmpty()
                ? "No incidents or campaigns this month; operations ran at their usual levels."
                : String.join(" ", events));
        return new AnalyticsDocument("monthly-review-" + month, AnalyticsDocument.MONTHLY_REVIEW,
                "Monthly business review: " + name, text.toString(),
                Map.of("month", month.toString(), "year", Integer.toString(month.getYear())));
    }

    private String comparisons(YearMonth month, Kpis k) {
        List<String> parts = new ArrayList<>();
        for (YearMonth earlier : List.of(month.minusMonths(1), month.minusYears(1))) {
            if (months.containsKey(earlier)) {
                parts.add(Figures.change(k.orders(), months.get(earlier).orders()) + " on " + Figures.month(earlier));
            }
        }
        return parts.isEmpty() ? "" : " (orders " + String.join(", ", parts) + ")";
    }

    private String categories(YearMonth month, Kpis k) {
        String top = categories.get(month).stream().limit(TOP_CATEGORIES)
                .map(g -> g.label() + " (" + Figures.money(g.kpis().revenue()) + ", " + share(g.kpis().revenue(), k.revenue())
                        + " of revenue)")
                .collect(Collectors.joining(", "));
        OrdersQueries.Group product = products.get(month).get(0);
        OrdersQueries.Group busiest = days.get(month).get(0);
        return "**Top categories by revenue:** " + top + ". The best-selling product was the " + product.label() + " ("
                + Figures.count(product.kpis().keptOrders()) + " orders) and the busiest day was "
                + Figures.day(LocalDate.parse(busiest.label())) + " (" + Figures.count(busiest.kpis().orders()) + " orders).";
    }

    private String fulfilment(YearMonth month, Kpis k) {
        OrdersQueries.Group worst = carriers.get(month).stream()
                .filter(g -> g.kpis().delivered() > 0)
                .max((a, b) -> Double.compare(a.kpis().lateRate(), b.kpis().lateRate())).orElseThrow();
        return "**Fulfilment and service.** The late delivery rate was " + Figures.percent(k.lateRate()) + " ("
                + Figures.count(k.late()) + " of " + Figures.count(k.delivered()) + " deliveries arrived after the promised date); "
                + "the slowest carrier against its promise was " + worst.label() + " at " + Figures.percent(worst.kpis().lateRate())
                + ". The average delivery took " + Figures.decimal(k.deliveryDays() == null ? 0 : k.deliveryDays())
                + " days. The return rate was " + Figures.percent(k.returnRate()) + " (" + Figures.count(k.returns())
                + " returns) and refunds totalled " + Figures.money(k.refunds()) + ". There were "
                + Figures.count(k.cancellations()) + " cancellations (cancellation rate " + Figures.percent(k.cancellationRate())
                + "). Customers opened " + Figures.count(k.tickets()) + " support tickets and the average CSAT was "
                + IncidentReports.csat(k) + ".";
    }

    private List<String> seasonalNotes(YearMonth month, Kpis k) throws SQLException {
        List<String> notes = new ArrayList<>();
        double dailyAverage = (double) k.orders() / month.lengthOfMonth();
        for (LocalDate day : List.of(SampleEvents.blackFriday(month.getYear()), SampleEvents.cyberMonday(month.getYear()))) {
            if (YearMonth.from(day).equals(month)) {
                Kpis d = q.kpis("CAST(order_ts AS DATE) = CAST(? AS DATE)", day.toString());
                String label = day.equals(SampleEvents.blackFriday(month.getYear())) ? "Black Friday" : "Cyber Monday";
                notes.add(label + " (" + Figures.day(day) + ") brought " + Figures.count(d.orders()) + " orders and "
                        + Figures.money(d.revenue()) + " in revenue, " + Figures.decimal(d.orders() / dailyAverage)
                        + " times an average day of the month.");
            }
        }
        if (month.getMonthValue() == 12) {
            Kpis peak = q.kpis(placedBetween(), range(month.atDay(1), month.atDay(19)));
            notes.add("Holiday peak: orders placed December 1 to 18 averaged " + Figures.decimal(peak.orders() / 18.0)
                    + " a day, and the late delivery rate of those orders was " + Figures.percent(peak.lateRate()) + ".");
        }
        if (month.equals(YearMonth.from(SampleEvents.PERIOD.last()))) {
            Object[] range = range(month.atDay(1), month.plusMonths(1).atDay(1));
            long open = q.count(placedBetween() + " AND status IN ('pending', 'processing', 'shipped')", range);
            notes.add("At the end of the year " + Figures.count(open)
                    + " orders were still open (pending, processing or in transit).");
        }
        return notes;
    }

    private static String share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? Figures.percent(0)
                : Figures.percent(part.divide(whole, 6, RoundingMode.HALF_UP).doubleValue());
    }
}
