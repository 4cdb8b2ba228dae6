package dev.orderlens.core.semantic;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * How one result column is shown: its label, the metric format it is written in ({@code null} for a column that
 * is not a metric) and the unit its values are in.
 */
public final class ColumnFormat {

    private static final int DECIMALS = 2;

    private final String label;
    private final MetricFormat format;
    private final Currency currency;
    private final Locale locale;

    ColumnFormat(String label, MetricFormat format, Currency currency, Locale locale) {
        this.label = label;
        this.format = format;
        this.currency = currency;
        this.locale = locale;
    }

    public String label() {
        return label;
    }

    /** The metric format, or {@code null} when the column is not a metric. */
    public MetricFormat format() {
        return format;
    }

    /** {@code %} for percentages, the currency code for money, {@code days} for durations, else {@code null}. */
    public String unit() {
        if (format == null) {
            return null;
        }
        return switch (format) {
            case PERCENT -> "%";
            case CURRENCY -> currency.getCurrencyCode();
            case DAYS -> "days";
            case COUNT, NUMBER, SCORE -> null;
        };
    }

    /**
     * A number as people read it: a percentage (the model's rates are already in percent) with one decimal and
     * {@code %}, money in the model's currency and locale, a count as a grouped whole number; anything else with at
     * most two decimals. Whole numbers of columns that are not metrics (a year) are written as they are, their
     * decimals keep up to two places of their scale, and a fraction below one shows two digits of it (0.074).
     */
    public String text(Number value) {
        if (value instanceof Double || value instanceof Float) {
            double number = value.doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                return value.toString();
            }
            // rounds the decimal people see (7.35), not the binary fraction just below it
            return text(new BigDecimal(value.toString()));
        }
        if (format == null) {
            if (isWhole(value)) {
                return value.toString();
            }
            // a DECIMAL(10,2) column keeps its cents: 13.50, not 13.5
            int scale = value instanceof BigDecimal decimal ? Math.max(0, Math.min(decimal.scale(), DECIMALS)) : 0;
            return decimals(scale, plainDecimals(value)).format(value);
        }
        return switch (format) {
            case PERCENT -> decimals(1, 1).format(value) + "%";
            case CURRENCY -> money().format(value);
            case COUNT -> decimals(0, 0).format(value);
            case NUMBER, DAYS, SCORE -> decimals(0, DECIMALS).format(value);
        };
    }

    /**
     * Two decimals, or more for a number below one so that two digits of it show: a fraction a query computed
     * (0.0739) reads 0.074, not 0.07.
     */
    private static int plainDecimals(Number value) {
        double magnitude = Math.abs(value.doubleValue());
        if (magnitude == 0 || magnitude >= 1) {
            return DECIMALS;
        }
        int leadingZeros = (int) Math.floor(-Math.log10(magnitude));
        return Math.max(DECIMALS, leadingZeros + DECIMALS);
    }

    private NumberFormat decimals(int min, int max) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(min);
        format.setMaximumFractionDigits(max);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    private NumberFormat money() {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int cents = Math.max(0, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(cents);
        format.setMaximumFractionDigits(cents);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    private static boolean isWhole(Number value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger;
    }
}
