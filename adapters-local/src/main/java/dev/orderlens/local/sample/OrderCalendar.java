package dev.orderlens.local.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;

/**
 * How many orders the sample store gets each day: a growing business with a slow start of the year,
 * holiday peaks (Black Friday, Cyber Monday, early December) and the planned events.
 */
final class OrderCalendar {

    private static final double YEARLY_GROWTH = 0.12;
    private static final double[] MONTH_FACTORS = {0.86, 0.84, 0.95, 0.98, 1.0, 0.96, 1.0, 1.02, 0.95, 1.0, 1.12, 1.45};
    private static final double[] WEEKDAY_FACTORS = {1.05, 1.0, 1.0, 0.98, 0.95, 0.96, 1.06};

    private OrderCalendar() {
    }

    /** Orders per day of {@link SampleEvents#PERIOD}, summing exactly to {@code orderCount}. */
    static int[] ordersPerDay(int orderCount) {
        int days = (int) SampleEvents.PERIOD.days();
        double[] weights = new double[days];
        double total = 0;
        for (int i = 0; i < days; i++) {
            weights[i] = weight(SampleEvents.PERIOD.first().plusDays(i));
            total += weights[i];
        }
        int[] counts = new int[days];
        double cumulative = 0;
        int assigned = 0;
        for (int i = 0; i < days; i++) {
            cumulative += weights[i];
            int target = (int) Math.round(orderCount * cumulative / total);
            counts[i] = target - assigned;
            assigned = target;
        }
        return counts;
    }

    static double weight(LocalDate day) {
        double growth = 1 + YEARLY_GROWTH * ChronoUnit.DAYS.between(SampleEvents.PERIOD.first(), day) / 365.0;
        return growth * MONTH_FACTORS[day.getMonthValue() - 1] * WEEKDAY_FACTORS[day.getDayOfWeek().getValue() - 1]
                * peak(day);
    }

    private static double peak(LocalDate day) {
        LocalDate blackFriday = SampleEvents.blackFriday(day.getYear());
        if (day.equals(blackFriday)) {
            return 3.4;
        }
        if (day.equals(SampleEvents.cyberMonday(day.getYear()))) {
            return 3.0;
        }
        if (day.isAfter(blackFriday) && day.isBefore(SampleEvents.cyberMonday(day.getYear()))) {
            return 1.9;
        }
        if (!day.isBefore(blackFriday.minusDays(7)) && day.isBefore(blackFriday)) {
            return day.getDayOfWeek() == DayOfWeek.THURSDAY ? 0.8 : 1.25;
        }
        if (day.getMonth() == Month.DECEMBER) {
            return decemberPeak(day.getDayOfMonth());
        }
        if (day.equals(SampleEvents.KLARNA_OUTAGE)) {
            return 1.3;
        }
        if (SampleEvents.SPRING_REFRESH.contains(day)) {
            return 1.45;
        }
        return 1.0;
    }

    /** The month factor already lifts December; these shape it: busy to the 20th, quiet over Christmas. */
    private static double decemberPeak(int dayOfMonth) {
        if (dayOfMonth <= 18) {
            return 1.12;
        }
        if (dayOfMonth <= 22) {
            return 0.95;
        }
        if (dayOfMonth == 24 || dayOfMonth == 25) {
            return 0.45;
        }
        return 0.7;
    }
}
