package dev.orderlens.local.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats figures the way the analytics documents print them: "$1,234,567.89", "7.4%", "12,345". */
final class Figures {

    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private Figures() {
    }

    static String money(BigDecimal amount) {
        return String.format(Locale.US, "$%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    static String cents(long cents) {
        return money(BigDecimal.valueOf(cents, 2));
    }

    /** A ratio (0.074) as a percentage with one decimal ("7.4%"). */
    static String percent(double ratio) {
        return String.format(Locale.US, "%.1f%%", ratio * 100);
    }

    static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    static String decimal(double value) {
        return String.format(Locale.US, "%.1f", value);
    }

    static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.US);
    }

    /** "December 2025". */
    static String month(YearMonth month) {
        return monthName(month) + " " + month.getYear();
    }

    static String day(LocalDate date) {
        return LONG_DAY.format(date);
    }

    /** A change between two values as "up 12.3%" or "down 4.5%". */
    static String change(double current, double previous) {
        double ratio = previous == 0 ? 0 : current / previous - 1;
        return (ratio >= 0 ? "up " : "down ") + percent(Math.abs(ratio));
    }
}
