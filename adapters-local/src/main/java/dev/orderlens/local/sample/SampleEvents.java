package dev.orderlens.local.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * The calendar of the sample business: the period it covers, its "today" and the events the data
 * carries. The generator plants the events and the analytics documents report them, so both read them here.
 */
final class SampleEvents {

    static final DateWindow PERIOD = new DateWindow(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
    /** The sample's "today": nothing is shipped, delivered or returned at or after it. */
    static final LocalDateTime TODAY = LocalDateTime.of(2026, 1, 1, 0, 0);

    static final DateWindow FEDEX_SOUTHEAST_DISRUPTION =
            new DateWindow(LocalDate.of(2025, 9, 8), LocalDate.of(2025, 9, 19));
    static final String HURRICANE_NAME = "Hurricane Delia";
    static final String DISRUPTED_CARRIER = "FedEx";
    static final String DISRUPTED_REGION = "Southeast";

    static final String RECALLED_PRODUCT = "Nimbus X2 wireless earbuds";
    static final DateWindow BATTERY_DEFECT = new DateWindow(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 31));
    static final LocalDate RECALL_NOTICE = LocalDate.of(2025, 7, 22);
    /** Sales of the recalled earbuds stopped with the recall notice and resumed with the revised battery. */
    static final DateWindow RECALL_SALES_STOP = new DateWindow(RECALL_NOTICE, LocalDate.of(2025, 8, 31));

    static final LocalDate KLARNA_OUTAGE = LocalDate.of(2025, 3, 14);
    static final String OUTAGE_PAYMENT_METHOD = "klarna";

    static final DateWindow SPRING_REFRESH = new DateWindow(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 7));
    static final String SPRING_REFRESH_CATEGORY = "Home & Kitchen";
    static final int SPRING_REFRESH_PERCENT_OFF = 20;

    private SampleEvents() {
    }

    static LocalDate blackFriday(int year) {
        return LocalDate.of(year, Month.NOVEMBER, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)).plusDays(1);
    }

    static LocalDate cyberMonday(int year) {
        return blackFriday(year).plusDays(3);
    }

    static boolean isBlackFridayOrCyberMonday(LocalDate day) {
        return day.equals(blackFriday(day.getYear())) || day.equals(cyberMonday(day.getYear()));
    }
}
