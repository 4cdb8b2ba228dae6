package dev.orderlens.answering;

import dev.orderlens.core.semantic.DisplayFormats;
import dev.orderlens.core.semantic.MetricFormat;
import dev.orderlens.core.semantic.SemanticModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * Writes numbers for people, per the format of the metric they measure, in the model's locale; money as the
 * result tables write it, in the model's currency ({@code R$ 1.234,56} for BRL in pt-BR).
 */
final class Figures {

    private final DisplayFormats display;
    private final DecimalFormatSymbols symbols;

    Figures(SemanticModel model) {
        this.display = DisplayFormats.of(model);
        this.symbols = DecimalFormatSymbols.getInstance(model.locale());
    }

    String format(double value, MetricFormat format) {
        switch (format) {
            case CURRENCY:
                return display.column("amount", MetricFormat.CURRENCY).text(value);
            case PERCENT:
                return pattern("#,##0.0").format(value) + "%";
            case COUNT:
                return pattern("#,##0").format(value);
            case DAYS:
                return pattern("#,##0.0").format(value) + " days";
            case SCORE:
                return pattern("0.00").format(value);
            default:
                return pattern("#,##0.##").format(value);
        }
    }

    /** A change between two values: a relative change for amounts, a change in points for percentages. */
    String change(double from, double to, MetricFormat format) {
        double difference = to - from;
        String absolute = (difference >= 0 ? "+" : "-") + difference(difference, format);
        if (format == MetricFormat.PERCENT || from == 0) {
            return absolute;
        }
        return absolute + " (" + (difference >= 0 ? "+" : "-")
                + pattern("#,##0.0").format(Math.abs(difference / from * 100.0)) + "%)";
    }

    /** The size of a gap between two values: in points for percentages, else in the metric's own format. */
    String difference(double gap, MetricFormat format) {
        if (format == MetricFormat.PERCENT) {
            return pattern("#,##0.0").format(Math.abs(gap)) + " points";
        }
        return format(Math.abs(gap), format);
    }

    static double toDouble(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.setScale(6, RoundingMode.HALF_UP).doubleValue();
        }
        return ((Number) value).doubleValue();
    }

    private DecimalFormat pattern(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
